package org.sharedoutcomes.graph.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.graph.Graphs;

class ClustersTest {
  private static final String[] TWO_CLIQUES = {
      "a-b", "a-c", "a-d", "b-c", "b-d", "c-d",
      "e-f", "e-g", "e-h", "f-g", "f-h", "g-h", "d-e"};

  @Test
  void componentsAreListedLargestFirst() {
    Clusters<String> c = new Clusters<>(Graphs.undirected("x-y", "a-b", "b-c", "z"));
    assertEquals(List.of(Set.of("a", "b", "c"), Set.of("x", "y"), Set.of("z")), c.components());
    assertEquals(3, c.componentCount());
  }

  @Test
  void labelPropagationSeparatesTwoCliquesJoinedByOneEdge() {
    Clusters<String> c = new Clusters<>(Graphs.undirected(TWO_CLIQUES), 7L, 100);
    assertEquals(Set.of(Set.of("a", "b", "c", "d"), Set.of("e", "f", "g", "h")),
        Set.copyOf(c.communities()));
  }

  @Test
  void labelPropagationIsDeterministicForASeed() {
    Clusters<String> one = new Clusters<>(Graphs.cycle(40), 3L, 100);
    Clusters<String> two = new Clusters<>(Graphs.cycle(40), 3L, 100);
    assertEquals(one.communities(), two.communities());
    assertTrue(one.rounds() >= 1);
  }

  @Test
  void everyVertexIsInExactlyOneCommunity() {
    Clusters<String> c = new Clusters<>(Graphs.cycle(25), 11L, 100);
    assertEquals(25, c.communities().stream().mapToInt(Set::size).sum());
  }

  @Test
  void anEmptyGraphHasNoClusters() {
    Clusters<String> c = new Clusters<>(Graphs.undirected());
    assertTrue(c.components().isEmpty());
    assertTrue(c.communities().isEmpty());
  }

  @Test
  void rejectsZeroRounds() {
    assertThrows(IllegalArgumentException.class,
        () -> new Clusters<>(Graphs.cycle(3), 1L, 0));
  }
}
