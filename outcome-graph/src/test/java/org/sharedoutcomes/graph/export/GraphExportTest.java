package org.sharedoutcomes.graph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.json.JSONImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.Fixtures;
import org.w3c.dom.Document;

class GraphExportTest {
  private final GraphExport export = GraphExport.of(AccountabilityGraph.of(Fixtures.deliveryModel()));

  static Graph<String, DefaultEdge> empty() {
    return new DirectedPseudograph<>(SupplierUtil.createStringSupplier(),
        SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
  }

  @Test
  void dotShapesVerticesByTypeAndStylesEdgesByRelation() {
    String dot = export.toDot();
    assertTrue(dot.contains("\"agency:du\" [shape=box, label=\"Agency du\"]"));
    assertTrue(dot.contains("\"commitment:c1\" [shape=diamond, label=\"Clinics\", fillcolor="
        + GraphExport.colourOf(CommitmentStatus.NOT_STARTED) + "]"));
    assertTrue(dot.contains("\"commitment:c2\" -> \"commitment:c1\" [label=\"depends-on\","
        + " style=dashed, color=red]"));
  }

  @Test
  void dotIsReadBackByJgraphtWithEveryVertexAndEdge() {
    Graph<String, DefaultEdge> g = empty();
    new DOTImporter<String, DefaultEdge>().importGraph(g, new StringReader(export.toDot()));
    assertEquals(8, g.vertexSet().size());
    assertEquals(11, g.edgeSet().size());
  }

  @Test
  void graphMlIsWellFormedXmlWithEveryNodeAndEdge() throws Exception {
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
        new ByteArrayInputStream(export.toGraphMl().getBytes(StandardCharsets.UTF_8)));
    assertEquals(8, doc.getElementsByTagName("node").getLength());
    assertEquals(11, doc.getElementsByTagName("edge").getLength());
  }

  @Test
  void jsonIsReadBackByJgraphtWithEveryVertexAndEdge() {
    Graph<String, DefaultEdge> g = empty();
    new JSONImporter<String, DefaultEdge>().importGraph(g, new StringReader(export.toJson()));
    assertEquals(8, g.vertexSet().size());
    assertEquals(11, g.edgeSet().size());
  }

  @Test
  void mermaidDrawsAFlowchartWithStatusClasses() {
    String m = export.toMermaid();
    assertTrue(m.startsWith("flowchart LR\n"));
    assertTrue(m.contains("{\"Clinics\"}"));
    assertTrue(m.contains("|reports-to|"));
    assertTrue(m.contains("|delivery-unit-for|"));
    assertTrue(m.contains("classDef not_started fill:lightgrey"));
  }

  @Test
  void mermaidEscapesQuotes() {
    assertTrue(!GraphExport.of(AccountabilityGraph.of(Fixtures.deliveryModel().toBuilder()
        .replace(Fixtures.deliveryModel().commitment(Fixtures.c("c1")).orElseThrow().toBuilder()
            .title("say \"hi\"").build()).build())).toMermaid().contains("say \"hi\""));
  }
}
