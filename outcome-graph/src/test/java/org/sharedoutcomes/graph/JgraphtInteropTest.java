package org.sharedoutcomes.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.graph.centrality.Betweenness;
import org.sharedoutcomes.graph.resilience.Clusters;

/** The algorithms speak JGraphT's capability interfaces. */
class JgraphtInteropTest {
  @Test
  void betweennessIsAVertexScoringAlgorithmThatAgreesWithJgraphtsOwn() {
    Graph<String, DefaultEdge> star = Graphs.star(5);
    VertexScoringAlgorithm<String, Double> ours = new Betweenness<>(star);
    VertexScoringAlgorithm<String, Double> theirs = new BetweennessCentrality<>(star);
    Map<String, Double> expected = theirs.getScores();
    for (String v : star.vertexSet()) {
      assertEquals(expected.get(v), ours.getVertexScore(v), 1e-12, v);
    }
    assertEquals(expected.keySet(), ours.getScores().keySet());
  }

  @Test
  void betweennessRejectsAVertexNotInTheGraph() {
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> new Betweenness<>(Graphs.star(3)).getVertexScore("nowhere"));
    assertTrue(ex.getMessage().contains("'nowhere'"));
  }

  @Test
  void clustersAreAClusteringAlgorithmGivingTheCommunities() {
    Clusters<String> c = new Clusters<>(Graphs.star(4));
    ClusteringAlgorithm<String> algorithm = c;
    ClusteringAlgorithm.Clustering<String> clustering = algorithm.getClustering();
    assertEquals(c.communities().size(), clustering.getNumberClusters());
    assertEquals(c.communities(), clustering.getClusters());
  }
}
