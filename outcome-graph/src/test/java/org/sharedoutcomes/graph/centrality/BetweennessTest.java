package org.sharedoutcomes.graph.centrality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.graph.Graphs;

class BetweennessTest {
  @Test
  void theMiddleOfAPathOfThreeLiesOnOnePath() {
    Betweenness<String> b = new Betweenness<>(Graphs.undirected("a-b", "b-c"));
    assertEquals(1.0, b.scores().get("b"), 1e-12);
    assertEquals(0.0, b.scores().get("a"), 1e-12);
  }

  @Test
  void theCentreOfAStarOfFourLeavesLiesOnAllSixPairs() {
    Betweenness<String> b = new Betweenness<>(Graphs.star(4));
    assertEquals(6.0, b.scores().get("c"), 1e-12);
    assertEquals(1.0, b.normalizedScores().get("c"), 1e-12);
  }

  @Test
  void twoShortestPathsShareTheirPair() {
    // square a-b-c-d-a: a and c are joined through b and through d, half each
    Betweenness<String> b = new Betweenness<>(Graphs.cycle(4));
    assertEquals(0.5, b.scores().get("v1"), 1e-12);
  }

  @Test
  void directedPathsCountOrderedPairs() {
    Betweenness<String> b = new Betweenness<>(Graphs.directed("a>b", "b>c", "c>a"));
    // each vertex lies on exactly one of the ordered pairs' shortest paths
    assertEquals(1.0, b.scores().get("a"), 1e-12);
    assertEquals(1.0, b.scores().get("b"), 1e-12);
  }

  @Test
  void exactScoresHaveNoStandardError() {
    Betweenness<String> b = new Betweenness<>(Graphs.star(4));
    assertTrue(b.isExact());
    assertEquals(0.0, b.maxStandardError());
  }

  @Test
  void sampledScoresAreUnbiasedOverSeeds() {
    // star of 9 leaves: the centre's exact score is C(9,2) = 36
    double sum = 0;
    int runs = 400;
    for (int seed = 0; seed < runs; seed++) {
      Betweenness<String> b = new Betweenness<>(Graphs.star(9), 0, 3, seed);
      assertFalse(b.isExact());
      sum += b.scores().get("c");
    }
    assertEquals(36.0, sum / runs, 36.0 * 0.05);
  }

  @Test
  void sampledScoresAreDeterministicForASeed() {
    Betweenness<String> one = new Betweenness<>(Graphs.cycle(30), 5, 7, 42L);
    Betweenness<String> two = new Betweenness<>(Graphs.cycle(30), 5, 7, 42L);
    assertEquals(one.scores(), two.scores());
    assertEquals(7, one.sources());
  }

  @Test
  void sampledScoresReportAStandardError() {
    // sampling three of ten sources: the centre's dependency is 8 from a leaf and 0 from
    // itself, so the error is positive exactly when the centre is among the sources
    int positive = 0;
    for (int seed = 0; seed < 50; seed++) {
      Betweenness<String> b = new Betweenness<>(Graphs.star(9), 0, 3, seed);
      double error = b.standardErrors().get("c");
      double estimate = b.scores().get("c");
      assertEquals(estimate < 36.0, error > 0.0, "seed " + seed);
      positive += error > 0.0 ? 1 : 0;
    }
    assertTrue(positive > 0);
  }

  @Test
  void topListsTheBrokersHighestFirst() {
    Betweenness<String> b = new Betweenness<>(Graphs.undirected("a-b", "b-c", "c-d", "d-e"));
    // path of five: c lies on 4 pairs, b and d on 3 each (ties in vertex order)
    assertEquals(List.of("c", "b", "d"), b.top(3));
    assertEquals(3, b.top(10).size());
  }

  @Test
  void rejectsZeroSamples() {
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> new Betweenness<>(Graphs.star(3), 10, 0, 1L));
    assertTrue(ex.getMessage().contains("samples"));
  }
}
