package org.sharedoutcomes.benchmarks.iati;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sharedoutcomes.benchmarks.iati.IatiFiles.Generated;
import org.sharedoutcomes.benchmarks.iati.IatiRead.ChildRun;

/**
 * Reading a generated IATI 2.03 file of about 1 GiB ({@link IatiFiles}, written once per trial
 * to a temporary file) with {@code outcome-iati}'s streaming reader in a child JVM of
 * {@code -Xmx256m} ({@link IatiRead#inChild}): one operation is one whole read, so the primary
 * score is reads per second and the secondary {@code activities} is activities per second
 * (JVM start included; the child's own rate and its peak heap are printed with each read).
 * Each read is checked: the counts of activities, agencies, roles, outcomes, indicators,
 * targets, measurements, contributions and dependencies read must equal those generated, and the
 * loss report must hold exactly the entries generated (no malformed activity, warning or dropped
 * element), or the benchmark fails.
 *
 * <p>The heap is the child's, so the JMH fork's own {@code -Xmx} ({@code run.sh}'s
 * {@code HEAP}) does not matter; the child gets the fork's collector flags. Throughput, as an
 * operation (tens of seconds) is longer than an iteration, so an iteration is one read. Not
 * thread-safe; JMH runs it in one thread.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class IatiReadBenchmark {
  /** The size of the file in MiB. */
  @Param({"1024"})
  public long mib = 1024;

  /** The child JVM's {@code -Xmx} in MiB. */
  @Param({"256"})
  public long heapMib = 256;

  private Optional<Generated> generated = Optional.empty();
  private Optional<Path> dir = Optional.empty();

  /** Creates the benchmark; JMH does. */
  public IatiReadBenchmark() {}

  /** Activities read, as a rate: JMH reports activities per second. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Activities {
    /** Activities read in this iteration. */
    public long activities;

    /** Creates the counter; JMH does. */
    public Activities() {}

    /** Starts an iteration at zero. */
    @Setup(Level.Iteration)
    public void reset() {
      activities = 0;
    }
  }

  /**
   * Writes the file.
   *
   * @throws IOException if it cannot be written
   */
  @Setup(Level.Trial)
  public void generate() throws IOException {
    Path d = Files.createTempDirectory("so-iati-read-");
    dir = Optional.of(d);
    long t0 = System.nanoTime();
    Generated g = IatiFiles.write(d.resolve("activities.xml"), mib * IatiRead.MIB,
        IatiFiles.DEFAULT_SEED);
    generated = Optional.of(g);
    System.out.printf(Locale.ROOT, "%n# generated %,.1f MiB in %.1f s: %s%n",
        g.bytes() / (double) IatiRead.MIB, (System.nanoTime() - t0) / 1e9, g.counts().line());
  }

  /**
   * Deletes the file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    if (generated.isPresent()) {
      Files.deleteIfExists(generated.get().file());
    }
    if (dir.isPresent()) {
      Files.deleteIfExists(dir.get());
    }
  }

  /**
   * One read of the whole file in a child JVM, checked against what was generated.
   *
   * @param counter the activities counter
   * @return the child's figures
   * @throws Exception if the child fails or the read lost anything
   */
  @Benchmark
  public ChildRun read(Activities counter) throws Exception {
    Generated g = generated.orElseThrow();
    ChildRun run = IatiRead.inChild(g.file(), heapMib, 30);
    List<String> d = run.observed().differences(g);
    if (!d.isEmpty()) {
      throw new IllegalStateException("the read lost or changed something: " + d);
    }
    counter.activities += run.observed().counts().activities();
    System.out.printf(Locale.ROOT, "%n# %s; nothing lost%n", run.line(g.bytes()));
    return run;
  }
}
