package org.sharedoutcomes.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.graph.centrality.Betweenness;
import org.sharedoutcomes.graph.centrality.DegreeCentralization;
import org.sharedoutcomes.graph.delivery.DeliveryChains;
import org.sharedoutcomes.graph.delivery.DeliveryOrder;
import org.sharedoutcomes.graph.export.GraphExport;
import org.sharedoutcomes.graph.governance.CentreShare;
import org.sharedoutcomes.graph.governance.GovernanceClassification;
import org.sharedoutcomes.graph.resilience.Clusters;
import org.sharedoutcomes.graph.resilience.Connectivity;
import org.sharedoutcomes.graph.resilience.Cycles;
import org.sharedoutcomes.graph.resilience.SinglePointsOfFailure;
import org.sharedoutcomes.testkit.RandomModels;
import org.sharedoutcomes.testkit.Seeds;

class GraphPropertiesTest {
  private static final RandomModels MODELS = RandomModels.withBounds(25, 30, 0);

  static LongStream seeds() {
    return Seeds.of(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void centralizationLiesBetweenZeroAndOne(long seed) {
    AccountabilityGraph g = AccountabilityGraph.of(MODELS.model(seed));
    for (DegreeCentralization<?> d : List.of(new DegreeCentralization<>(g.collaboration()),
        new DegreeCentralization<>(g.reporting()))) {
      for (double v : new double[] {d.in(), d.out(), d.all()}) {
        assertTrue(v >= 0.0 && v <= 1.0, "centralization " + v + " outside [0, 1]");
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void removingAnArticulationPointIncreasesTheNumberOfComponents(long seed) {
    AccountabilityGraph g = AccountabilityGraph.of(MODELS.model(seed));
    Connectivity<AgencyId> c = new Connectivity<>(g.collaboration());
    int before = new ConnectivityInspector<>(g.collaboration()).connectedSets().size();
    assertEquals(before, c.componentCount());
    for (AgencyId ap : c.articulationPoints()) {
      Graph<AgencyId, DefaultWeightedEdge> copy = copy(g.collaboration());
      copy.removeVertex(ap);
      int after = new ConnectivityInspector<>(copy).connectedSets().size();
      assertTrue(after > before, "removing " + ap + " left " + after + " components of " + before);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void articulationPointsAgreeWithJgrapht(long seed) {
    AccountabilityGraph g = AccountabilityGraph.of(MODELS.model(seed));
    assertEquals(new BiconnectivityInspector<>(g.collaboration()).getCutpoints(),
        new HashSet<>(new Connectivity<>(g.collaboration()).articulationPoints()));
    assertEquals(new BiconnectivityInspector<>(g.collaboration()).getBridges().size(),
        new Connectivity<>(g.collaboration()).bridges().size());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void betweennessAgreesWithJgrapht(long seed) {
    AccountabilityGraph g = AccountabilityGraph.of(MODELS.model(seed));
    // JGraphT's unweighted betweenness, an independent implementation of Brandes 2001
    Graph<AgencyId, DefaultWeightedEdge> unweighted = copyUnweighted(g.collaboration());
    Map<AgencyId, Double> expected = new BetweennessCentrality<>(unweighted).getScores();
    Map<AgencyId, Double> actual = new Betweenness<>(g.collaboration()).scores();
    for (AgencyId a : expected.keySet()) {
      assertEquals(expected.get(a), actual.get(a), 1e-9, "betweenness of " + a);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theDeliveryOrderRespectsEveryDependency(long seed) {
    OutcomeModel m = MODELS.model(seed);
    List<CommitmentId> order = new DeliveryOrder(AccountabilityGraph.of(m)).order();
    assertEquals(m.commitments().size(), order.size());
    Map<CommitmentId, Integer> position = new HashMap<>();
    for (CommitmentId c : order) {
      position.put(c, position.size());
    }
    for (Commitment c : m.commitments()) {
      for (CommitmentId d : c.dependsOn()) {
        assertTrue(position.get(d) < position.get(c.id()), d + " must come before " + c.id());
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void componentsAndCommunitiesPartitionTheAgencies(long seed) {
    AccountabilityGraph g = AccountabilityGraph.of(MODELS.model(seed));
    Clusters<AgencyId> c = new Clusters<>(g.collaboration(), seed, 100);
    int n = g.collaboration().vertexSet().size();
    assertEquals(n, c.components().stream().mapToInt(java.util.Set::size).sum());
    assertEquals(n, c.communities().stream().mapToInt(java.util.Set::size).sum());
    assertTrue(c.communities().size() >= c.components().size());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyAnalysisAndExportCompletesOnAGeneratedModel(long seed) throws Exception {
    AccountabilityGraph g = AccountabilityGraph.of(MODELS.model(seed));
    assertTrue(new Cycles<>(g.dependencies()).isAcyclic());
    new Cycles<>(g.reporting()).cycles().forEach(cycle -> assertTrue(cycle.size() >= 2));
    new DeliveryChains(g).chains().forEach(ch ->
        assertTrue(g.model().isCentre(ch.deliveryUnit())));
    assertTrue(new GovernanceClassification(g).evidence().size() >= 1);
    new CentreShare(g).periods().forEach(p -> assertTrue(!p.end().isBefore(p.start())));
    SinglePointsOfFailure s = new SinglePointsOfFailure(g);
    s.impacts().values().forEach(i -> assertTrue(!i.isHarmless()));
    GraphExport x = GraphExport.of(g);
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
        new ByteArrayInputStream(x.toGraphMl().getBytes(StandardCharsets.UTF_8)));
    assertTrue(x.toMermaid().startsWith("flowchart"));
    assertTrue(x.toDot().endsWith("}\n"));
  }

  private static Graph<AgencyId, DefaultWeightedEdge> copy(Graph<AgencyId, DefaultWeightedEdge> g) {
    SimpleWeightedGraph<AgencyId, DefaultWeightedEdge> c =
        new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    org.jgrapht.Graphs.addGraph(c, g);
    return c;
  }

  private static Graph<AgencyId, DefaultWeightedEdge> copyUnweighted(
      Graph<AgencyId, DefaultWeightedEdge> g) {
    Graph<AgencyId, DefaultWeightedEdge> c =
        new org.jgrapht.graph.SimpleGraph<>(DefaultWeightedEdge.class);
    org.jgrapht.Graphs.addGraph(c, g);
    return c;
  }
}
