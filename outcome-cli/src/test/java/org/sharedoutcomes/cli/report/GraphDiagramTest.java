package org.sharedoutcomes.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.cli.sample.SampleModels;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.progress.ProgressTracker;
import org.sharedoutcomes.graph.AccountabilityGraph;

class GraphDiagramTest {
  private final OutcomeModel model = SampleModels.deliveryUnit();
  private final GraphDiagram diagram = new GraphDiagram(AccountabilityGraph.of(model),
      ProgressTracker.of(model, SampleModels.YEAR_END));

  private static int count(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void drawsOneNodePerAgencyPersonCommitmentAndOutcome() {
    String svg = diagram.toSvg();
    assertEquals(6 + 1 + 12 + 8, diagram.nodeCount());
    assertEquals(6, count(svg, "data-id=\"agency:"));
    assertEquals(12, count(svg, "data-id=\"commitment:"));
  }
}
