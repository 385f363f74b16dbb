package org.sharedoutcomes.benchmarks.graph;

import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sharedoutcomes.graph.GraphViews;
import org.sharedoutcomes.graph.centrality.DegreeCentralization;
import org.sharedoutcomes.graph.resilience.Clusters;
import org.sharedoutcomes.graph.resilience.Connectivity;

/**
 * The analyses of outcome-graph on a generated collaboration network
 * ({@link CollaborationNetworks}, default 100,000 agencies and 1,000,000 commitments). The
 * network's compact index is built once in setup, as igraph and NetworkX build their own
 * structures before analysing; {@link #compactIndex} times that build on its own.
 *
 * <pre>
 * java -cp ... org.openjdk.jmh.Main GraphAnalysisBenchmark -f 1 -wi 2 -w 2s -i 3 -r 2s
 * </pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1")
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GraphAnalysisBenchmark {
  /** The number of agencies. */
  @Param("100000")
  public int agencies;
  /** The number of commitments. */
  @Param("1000000")
  public int commitments;

  private Graph<Integer, DefaultWeightedEdge> graph;

  /** Generates the network and builds its compact index. */
  @Setup
  public void setUp() {
    graph = CollaborationNetworks.generate(agencies, commitments, 11L).toGraph();
    new DegreeCentralization<>(graph).all();
  }

  /**
   * Freeman degree centralization.
   *
   * @return the centralization
   */
  @Benchmark
  public double degreeCentralization() {
    return new DegreeCentralization<>(graph).all();
  }

  /**
   * Articulation points (with bridges, in the same search).
   *
   * @return their number
   */
  @Benchmark
  public int articulationPoints() {
    return new Connectivity<>(graph).articulationPoints().size();
  }

  /**
   * Connected components, as sets of vertices.
   *
   * @return their number
   */
  @Benchmark
  public int connectedComponents() {
    return new Clusters<>(graph).components().size();
  }

  /**
   * Building the compact index from the JGraphT graph, then degree centralization.
   *
   * @return the centralization
   */
  @Benchmark
  public double compactIndex() {
    return new DegreeCentralization<>(GraphViews.readOnly(new AsUnmodifiableGraph<>(graph)))
        .all();
  }
}
