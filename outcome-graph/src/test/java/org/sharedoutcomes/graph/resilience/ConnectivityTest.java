package org.sharedoutcomes.graph.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.graph.Graphs;

class ConnectivityTest {
  @Test
  void twoTrianglesJoinedByABridgeHaveTwoCutVerticesAndOneBridge() {
    Connectivity<String> c = new Connectivity<>(
        Graphs.undirected("a-b", "b-c", "c-a", "c-d", "d-e", "e-f", "f-d"));
    assertEquals(Set.of("c", "d"), c.articulationPoints());
    assertEquals(List.of(new Bridge<>("c", "d")), c.bridges());
  }

  @Test
  void everyInnerVertexOfAPathIsACutVertexAndEveryEdgeABridge() {
    Connectivity<String> c = new Connectivity<>(Graphs.undirected("a-b", "b-c", "c-d"));
    assertEquals(Set.of("b", "c"), c.articulationPoints());
    assertEquals(3, c.bridges().size());
  }

  @Test
  void aCycleHasNoSinglePointOfFailure() {
    Connectivity<String> c = new Connectivity<>(Graphs.cycle(6));
    assertTrue(c.articulationPoints().isEmpty());
    assertTrue(c.bridges().isEmpty());
  }

  @Test
  void theCentreOfAStarIsItsOnlyCutVertex() {
    Connectivity<String> c = new Connectivity<>(Graphs.star(4));
    assertEquals(Set.of("c"), c.articulationPoints());
    assertEquals(4, c.bridges().size());
  }

  @Test
  void directionsAreIgnored() {
    Connectivity<String> c = new Connectivity<>(Graphs.directed("a>b", "c>b"));
    assertEquals(Set.of("b"), c.articulationPoints());
  }

  @Test
  void countsComponents() {
    assertEquals(3, new Connectivity<>(Graphs.undirected("a-b", "c-d", "e")).componentCount());
  }

  @Test
  void anEmptyGraphHasNothing() {
    Connectivity<String> c = new Connectivity<>(Graphs.undirected());
    assertEquals(0, c.componentCount());
    assertTrue(c.articulationPoints().isEmpty());
  }

  @Test
  void aDeepPathDoesNotOverflowTheStack() {
    org.jgrapht.Graph<Integer, org.jgrapht.graph.DefaultEdge> g =
        new org.jgrapht.graph.SimpleGraph<>(org.jgrapht.graph.DefaultEdge.class);
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      g.addVertex(i);
      if (i > 0) {
        g.addEdge(i - 1, i);
      }
    }
    assertEquals(n - 2, new Connectivity<>(g).articulationPoints().size());
  }
}
