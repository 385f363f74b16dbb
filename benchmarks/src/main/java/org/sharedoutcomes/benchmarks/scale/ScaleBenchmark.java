package org.sharedoutcomes.benchmarks.scale;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.check.AccountabilityCheck;
import org.sharedoutcomes.core.check.Finding;
import org.sharedoutcomes.core.progress.ProgressTracker;

/**
 * How the core operations scale from S (500 commitments) over M (50,000) to L (1,000,000):
 * each benchmark runs at the three sizes of {@link RealisticModels}, and {@code run.sh} reports
 * the ratio time(L)/time(M) for each (target at most 24: within 1.2 times linear for twenty
 * times the size).
 *
 * <ul>
 *   <li>{@link #build}: generate the model's parts into a fresh builder and build it, the whole
 *       cost of constructing a model in code;
 *   <li>{@link #records}: the same records constructed into a fresh builder, not built: the
 *       reference of {@link #validation} (target: {@code build()} at most twice this);
 *   <li>{@link #validation}: {@code build()} of a prepared builder: validation (duplicate ids,
 *       dangling references, cycles) plus the construction of the immutable model;
 *   <li>{@link #accountabilityCheck}: {@code AccountabilityCheck.of(model).findings()} on a
 *       built model;
 *   <li>{@link #progress}: {@code ProgressTracker.of(model, asOf)}: progress of every
 *       indicator, commitment and outcome against its trajectory, computed in full.
 * </ul>
 *
 * <p>Graph scaling is in {@link GraphScaleBenchmark}; JSON scaling is in
 * {@code org.sharedoutcomes.benchmarks.jsonscale.JsonScaleBenchmark}.
 * Average time per operation; one operation of L takes seconds, so an iteration holds a single
 * operation there. Not thread-safe; JMH runs it in one thread.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScaleBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  /** Creates the benchmark; JMH does. */
  public ScaleBenchmark() {}

  /**
   * The size of the model: a {@link RealisticModels.Size} name, or a commitment count ({@code
   * -p size=200000}) for sizes between.
   */
  @State(Scope.Benchmark)
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static class Sized {
    /** The size: S, M, L or a number of commitments. */
    @Param({"S", "M", "L"})
    public String size = "S";

    /** Creates the state; JMH does. */
    public Sized() {}

    /**
     * The generator of this size.
     *
     * @return the generator
     */
    public RealisticModels generator() {
      return size.chars().allMatch(Character::isDigit)
          ? RealisticModels.withCommitments(Integer.parseInt(size))
          : RealisticModels.of(RealisticModels.Size.valueOf(size));
    }
  }

  /** A prepared, not yet built builder of the model. */
  @State(Scope.Benchmark)
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static class Prepared {
    /** The builder; {@code build()} leaves it unchanged, so it is reused. */
    public OutcomeModel.Builder builder = OutcomeModel.builder();

    /** Creates the state; JMH does. */
    public Prepared() {}

    /**
     * Generates the builder.
     *
     * @param sized the size
     */
    @Setup(Level.Trial)
    public void prepare(Sized sized) {
      builder = sized.generator().builder(RealisticModels.DEFAULT_SEED);
      settle();
    }

    /** Lets the builder go. */
    @TearDown(Level.Trial)
    public void release() {
      builder = OutcomeModel.builder();
    }
  }

  /** A built model. */
  @State(Scope.Benchmark)
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static class Built {
    /** The model. */
    public OutcomeModel model = OutcomeModel.empty();

    /** Creates the state; JMH does. */
    public Built() {}

    /**
     * Generates and builds the model.
     *
     * @param sized the size
     */
    @Setup(Level.Trial)
    public void prepare(Sized sized) {
      model = sized.generator().model(RealisticModels.DEFAULT_SEED);
      settle();
    }

    /** Lets the model go. */
    @TearDown(Level.Trial)
    public void release() {
      model = OutcomeModel.empty();
    }
  }

  /**
   * Collects the garbage of generating the state, so that every size is measured on a model
   * laid out as a long-lived one is, after a collection: at L generating already collects
   * several times, at M the model would sit among the generator's garbage until the first
   * collection in the measurement, and the same operation would run 2 to 4 times faster after
   * it than before (seen as iterations dropping from about 100 to 30 ms at M).
   */
  public static void settle() {
    System.gc();
  }

  /**
   * Generates and builds a model.
   *
   * @param sized the size
   * @return the model
   */
  @Benchmark
  public OutcomeModel build(Sized sized) {
    return sized.generator().model(RealisticModels.DEFAULT_SEED);
  }

  /**
   * Constructs the model's entity records into a fresh builder, without building it: the
   * reference of {@link #validation} ({@code build()} should cost at most twice this). The
   * same records as {@link #build}, with the generator's random draws that choose them.
   *
   * @param sized the size
   * @return the builder holding the records
   */
  @Benchmark
  public OutcomeModel.Builder records(Sized sized) {
    return sized.generator().builder(RealisticModels.DEFAULT_SEED);
  }

  /**
   * Builds (validates and constructs) a model from a prepared builder.
   *
   * @param prepared the builder
   * @return the model
   */
  @Benchmark
  public OutcomeModel validation(Prepared prepared) {
    return prepared.builder.build();
  }

  /**
   * Runs every accountability check on a built model.
   *
   * @param built the model
   * @return the findings
   */
  @Benchmark
  public List<Finding> accountabilityCheck(Built built) {
    return AccountabilityCheck.of(built.model).findings();
  }

  /**
   * Computes the progress of every indicator, commitment and outcome of a built model, as of
   * 15 January 2026 (after the 24 monthly measurements).
   *
   * @param built the model
   * @return the tracker holding the progress
   */
  @Benchmark
  public ProgressTracker progress(Built built) {
    return ProgressTracker.of(built.model, AS_OF);
  }

  // json: see jsonscale.JsonScaleBenchmark (write and read at S, M and L).
  // graph: see GraphScaleBenchmark (construction, degree centralization, articulation points
  //   and bridges); the other analyses are in graph.GraphAnalysisBenchmark.
}
