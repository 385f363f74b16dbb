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
import org.sharedoutcomes.graph.resilience.Connectivity;

/**
 * How the accountability graph scales from S over M to L ({@link RealisticModels}): building
 * it from a model, Freeman degree centralization, and articulation points with bridges. Same
 * sizes and ratio (time(L)/time(M), target at most 24) as {@link ScaleBenchmark}. The graph
 * engineer's {@code graph.GraphAnalysisBenchmark} covers the other analyses on its own
 * networks. Not thread-safe; JMH runs it in one thread.
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
