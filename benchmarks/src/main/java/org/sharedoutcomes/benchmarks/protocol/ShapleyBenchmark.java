package org.sharedoutcomes.benchmarks.protocol;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sharedoutcomes.core.protocol.responsibility.CoalitionGame;
import org.sharedoutcomes.core.protocol.responsibility.ShapleyValue;

/**
 * Shapley values: exact for 20 parties (reported per coalition evaluated, target at most 50 ns)
 * and sampled for 200 parties with 10^5 permutations.
 *
 * <p>Run: {@code java -cp ... org.openjdk.jmh.Main protocol.ShapleyBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ShapleyBenchmark {
  private static final int EXACT_PARTIES = 20;
  private static final int SAMPLED_PARTIES = 200;
  private static final int PERMUTATIONS = 100_000;

  private CoalitionGame voting20;
  private CoalitionGame additive20;
  private CoalitionGame voting200;

  /** Builds the games: weighted voting with random weights and a quota of half the total. */
  @Setup
  public void setUp() {
    SplittableRandom r = new SplittableRandom(20261123L);
    double[] w20 = new double[EXACT_PARTIES];
    double[] c20 = new double[EXACT_PARTIES];
    double total = 0;
    for (int i = 0; i < EXACT_PARTIES; i++) {
      w20[i] = 1 + r.nextInt(100);
      c20[i] = r.nextDouble();
      total += w20[i];
    }
    voting20 = CoalitionGame.weightedVoting(total / 2, w20);
    additive20 = CoalitionGame.additive(c20);
    double[] w200 = new double[SAMPLED_PARTIES];
    double total200 = 0;
    for (int i = 0; i < SAMPLED_PARTIES; i++) {
      w200[i] = 1 + r.nextInt(100);
      total200 += w200[i];
    }
    voting200 = CoalitionGame.weightedVoting(total200 / 2, w200);
  }

  /**
   * Exact Shapley values of a 20-party weighted voting game; the score is per coalition.
   *
   * @return the values
   */
  @Benchmark
  @OperationsPerInvocation(1 << EXACT_PARTIES)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public double[] exact20PerCoalition() {
    return ShapleyValue.exact(voting20).values();
  }

  /**
   * Exact Shapley values of a 20-party additive game; the score is per coalition.
   *
   * @return the values
   */
  @Benchmark
  @OperationsPerInvocation(1 << EXACT_PARTIES)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public double[] exact20AdditivePerCoalition() {
    return ShapleyValue.exact(additive20).values();
  }

  /**
   * Sampled Shapley values of a 200-party weighted voting game, 10^5 permutations.
   *
   * @return the estimates
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public double[] sampled200With100kPermutations() {
    return ShapleyValue.sampled(voting200, PERMUTATIONS, 7L).values();
  }
}
