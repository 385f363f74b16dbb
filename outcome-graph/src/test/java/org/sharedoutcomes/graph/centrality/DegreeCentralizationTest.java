package org.sharedoutcomes.graph.centrality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.graph.Graphs;

class DegreeCentralizationTest {
  @Test
  void aStarIsFullyCentralized() {
    DegreeCentralization<String> d = new DegreeCentralization<>(Graphs.star(5));
    assertEquals(1.0, d.all(), 1e-12);
    assertEquals(1.0, d.in(), 1e-12);
  }

  @Test
  void aCycleIsNotCentralizedAtAll() {
    assertEquals(0.0, new DegreeCentralization<>(Graphs.cycle(7)).all(), 1e-12);
  }

  @Test
  void aPathOfFourHasOneThird() {
    // degrees 1,2,2,1: sum of (2 - d) = 2; maximum (n-1)(n-2) = 6
    assertEquals(1.0 / 3.0,
        new DegreeCentralization<>(Graphs.undirected("a-b", "b-c", "c-d")).all(), 1e-12);
  }

  @Test
  void anInStarIsFullyInCentralizedAndNotOutCentralized() {
    DegreeCentralization<String> d =
        new DegreeCentralization<>(Graphs.directed("a>c", "b>c", "e>c", "f>c"));
    assertEquals(1.0, d.in(), 1e-12);
    // out-degrees 1,1,1,1,0: sum of (1 - d) = 1; maximum (n-1)^2 = 16
    assertEquals(1.0 / 16.0, d.out(), 1e-12);
    // total degrees 1,1,1,1,4: sum of (4 - d) = 12; maximum 2(n-1)(n-2) = 24
    assertEquals(0.5, d.all(), 1e-12);
  }

  @Test
  void aGraphOfTwoVerticesIsZeroWithAReason() {
    DegreeCentralization<String> d = new DegreeCentralization<>(Graphs.undirected("a-b"));
    assertEquals(0.0, d.all());
    assertTrue(d.reason().orElseThrow().contains("2 vertices"));
  }

  @Test
  void anEmptyGraphIsZeroWithAReason() {
    DegreeCentralization<String> d = new DegreeCentralization<>(Graphs.undirected());
    assertEquals(0.0, d.all());
    assertTrue(d.reason().isPresent());
  }

  @Test
  void aLargeEnoughGraphHasNoReason() {
    assertTrue(new DegreeCentralization<>(Graphs.star(3)).reason().isEmpty());
  }

  @Test
  void aNetworkWithVerticesButNoEdgesHasAReasonInsteadOfAFigure() {
    SimpleDirectedGraph<String, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
    for (String v : new String[] {"a", "b", "c", "d"}) {
      g.addVertex(v);
    }
    DegreeCentralization<String> d = new DegreeCentralization<>(g);
    assertEquals(0.0, d.in());
    assertTrue(d.reason().orElseThrow().contains("no edges"), d.reason().toString());
  }

  @Test
  void oneEdgeIsEnoughForTheFigureToStand() {
    SimpleDirectedGraph<String, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
    for (String v : new String[] {"a", "b", "c", "d"}) {
      g.addVertex(v);
    }
    g.addEdge("a", "b");
    assertTrue(new DegreeCentralization<>(g).reason().isEmpty());
  }
}
