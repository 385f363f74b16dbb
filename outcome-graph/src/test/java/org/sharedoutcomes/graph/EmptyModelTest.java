package org.sharedoutcomes.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.graph.centrality.Betweenness;
import org.sharedoutcomes.graph.centrality.DegreeCentralization;
import org.sharedoutcomes.graph.delivery.DeliveryChains;
import org.sharedoutcomes.graph.delivery.DeliveryOrder;
import org.sharedoutcomes.graph.export.GraphExport;
import org.sharedoutcomes.graph.governance.CentreShare;
import org.sharedoutcomes.graph.governance.GovernanceClassification;
import org.sharedoutcomes.graph.governance.GovernanceForm;
import org.sharedoutcomes.graph.resilience.Clusters;
import org.sharedoutcomes.graph.resilience.Cycles;
import org.sharedoutcomes.graph.resilience.SinglePointsOfFailure;

class EmptyModelTest {
  private final AccountabilityGraph empty = AccountabilityGraph.of(OutcomeModel.empty());

  @Test
  void everyAnalysisOfAnEmptyModelIsEmptyWithAReason() {
    assertTrue(new DegreeCentralization<>(empty.collaboration()).reason().isPresent());
    assertTrue(new Betweenness<>(empty.collaboration()).scores().isEmpty());
    assertTrue(new DeliveryChains(empty).reason().isPresent());
    assertTrue(new DeliveryOrder(empty).reason().isPresent());
    assertTrue(new CentreShare(empty).reason().isPresent());
    assertEquals(GovernanceForm.UNDETERMINED, new GovernanceClassification(empty).form());
    assertTrue(new Cycles<>(empty.reporting()).reason().isPresent());
    assertTrue(new Clusters<>(empty.collaboration()).communities().isEmpty());
    assertTrue(new SinglePointsOfFailure(empty).bridges().isEmpty());
  }

  @Test
  void anEmptyModelExportsToEveryFormat() {
    GraphExport x = GraphExport.of(empty);
    assertEquals("flowchart LR\n", x.toMermaid());
    assertTrue(x.toDot().startsWith("digraph"));
    assertTrue(x.toGraphMl().contains("graphml"));
    assertTrue(x.toJson().contains("nodes"));
  }

  @Test
  void aModelWithAgenciesButNoDeliveryUnitHasNoChainsAndSaysWhy() {
    OutcomeModel m = OutcomeModel.builder()
        .agency(Fixtures.agency("x", AgencyKind.DEPARTMENT))
        .commitment(org.sharedoutcomes.core.Commitment.builder("k", "K").build())
        .assign(Fixtures.a("x"), org.sharedoutcomes.core.Role.RESPONSIBLE, Fixtures.c("k"))
        .build();
    DeliveryChains d = new DeliveryChains(AccountabilityGraph.of(m));
    assertTrue(d.chains().isEmpty());
    assertEquals(DeliveryChains.NO_DELIVERY_UNIT, d.unreached().get(Fixtures.c("k")));
    assertTrue(d.reason().isPresent());
  }

  @Test
  void aReadOnlyViewIsReturnedAsIs() {
    Graph<String, DefaultEdge> view = GraphViews.readOnly(Graphs.star(3));
    assertSame(view, GraphViews.readOnly(view));
    assertEquals(1.0, new DegreeCentralization<>(view).all(), 1e-12);
  }
}
