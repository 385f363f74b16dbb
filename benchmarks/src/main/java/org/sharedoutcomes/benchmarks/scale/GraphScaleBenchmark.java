package org.sharedoutcomes.benchmarks.scale;

import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.centrality.DegreeCentralization;
import org.sharedoutcomes.graph.resilience.Clusters;
import org.sharedoutcomes.graph.resilience.Connectivity;

/**
 * How the accountability graph scales from S over M to L ({@link RealisticModels}), as a user
 * meets it: {@link #endToEnd} is {@code AccountabilityGraph.of(model)} on a built model followed
 * by the three analyses of the peer comparison (Freeman degree centralization, articulation
 * points, number of connected components) on its {@code graph()}, the compact index they share
 * built on the way; {@link #graphConstruction} is {@code of(model)} alone; {@link #analysesAlone}
 * the three analyses on a graph whose index is built; {@link #degreeCentralization} and
 * {@link #articulationPointsAndBridges} one analysis each, index built. Same sizes and ratio
 * (time(L)/time(M), target at most 24) as {@link ScaleBenchmark} ({@code -p size=200000} for
 * sizes between). {@code benchmarks/scripts/graph_peers.py endtoend} times the same end to end
 * side by side with igraph and NetworkX. Not thread-safe; JMH runs it in one thread.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GraphScaleBenchmark {

  /** Creates the benchmark; JMH does. */
  public GraphScaleBenchmark() {}

  /** A built accountability graph of a generated model. */
  @State(Scope.Benchmark)
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static class Graphed {
    /** The graph. */
    public AccountabilityGraph graph = AccountabilityGraph.of(
        org.sharedoutcomes.core.OutcomeModel.empty());

    /** Creates the state; JMH does. */
    public Graphed() {}

    /**
     * Builds the graph of the model.
     *
     * @param built the model
     */
    @Setup(Level.Trial)
    public void prepare(ScaleBenchmark.Built built) {
      graph = AccountabilityGraph.of(built.model);
      // build the compact index (directed and undirected) the analyses share
      analyses(graph);
      ScaleBenchmark.settle();
    }

    /** Lets the graph go. */
    @TearDown(Level.Trial)
    public void release() {
      graph = AccountabilityGraph.of(org.sharedoutcomes.core.OutcomeModel.empty());
    }
  }

  /**
   * Builds the accountability graph of a model.
   *
   * @param built the model
   * @return the graph
   */
  @Benchmark
  public AccountabilityGraph graphConstruction(ScaleBenchmark.Built built) {
    return AccountabilityGraph.of(built.model);
  }

  /**
   * The graph of a model and the three analyses of the peer comparison, as a user meets them.
   *
   * @param built the model
   * @return a digest of the results
   */
  @Benchmark
  public double endToEnd(ScaleBenchmark.Built built) {
    return analyses(AccountabilityGraph.of(built.model));
  }

  /**
   * The three analyses of the peer comparison on a built graph whose index is built.
   *
   * @param graphed the graph
   * @return a digest of the results
   */
  @Benchmark
  public double analysesAlone(Graphed graphed) {
    return analyses(graphed.graph);
  }

  private static double analyses(AccountabilityGraph g) {
    double centralization = new DegreeCentralization<>(g.graph()).all();
    int articulation = new Connectivity<>(g.graph()).articulationPoints().size();
    int components = new Clusters<>(g.graph()).componentCount();
    return centralization + articulation + components;
  }

  /**
   * Freeman degree centralization of the whole graph.
   *
   * @param graphed the graph
   * @return the centralization
   */
  @Benchmark
  public double degreeCentralization(Graphed graphed) {
    return new DegreeCentralization<>(graphed.graph.graph()).all();
  }

  /**
   * Articulation points and bridges of the whole graph.
   *
   * @param graphed the graph
   * @return their number
   */
  @Benchmark
  public int articulationPointsAndBridges(Graphed graphed) {
    Connectivity<?> c = new Connectivity<>(graphed.graph.graph());
    return c.articulationPoints().size() + c.bridges().size();
  }
}
