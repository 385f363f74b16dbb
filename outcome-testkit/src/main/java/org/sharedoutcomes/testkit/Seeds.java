package org.sharedoutcomes.testkit;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.apiguardian.api.API;

/**
 * Seeds for property tests written as JUnit 5 parameterized tests: many seeds a run, each
 * shown in the test's name so that a failure can be replayed.
 *
 * <pre>{@code
 * static LongStream seeds() { return Seeds.of(500); }
 *
 * @ParameterizedTest(name = "seed {0}")
 * @MethodSource("seeds")
 * void everyGeneratedModelBuilds(long seed) {
 *   OutcomeModel m = RandomModels.generate(seed);
 *   ...
 * }
 * }</pre>
 *
 * <p>The seeds are the same on every run, derived from a base seed ({@value #DEFAULT_BASE}).
 * Set the system property {@value #BASE_PROPERTY} to run another series, and
 * {@value #REPLAY_PROPERTY} to run one seed only, the one a failure printed. Maven's console
 * shows a parameterized test's index rather than its name, so add
 * {@code @ExtendWith(SeedReporter.class)} to the test class to have each failure's message name
 * its seed (see {@link SeedReporter}). Thread-safe (no state).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Seeds {
  /** The system property naming another base seed. */
  public static final String BASE_PROPERTY = "sharedoutcomes.seed.base";
  /** The system property naming the one seed to replay. */
  public static final String REPLAY_PROPERTY = "sharedoutcomes.seed";
  /** The base seed used when {@value #BASE_PROPERTY} is not set. */
  public static final long DEFAULT_BASE = 20261123L;

  private Seeds() {}

  /**
   * The seeds of one run.
   *
   * @param count how many, at least 1
   * @return {@code count} seeds, or only the replayed one if {@value #REPLAY_PROPERTY} is set
   * @throws IllegalArgumentException if {@code count} is less than 1
   */
  public static LongStream of(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    String replay = System.getProperty(REPLAY_PROPERTY);
    if (replay != null && !replay.isBlank()) {
      return LongStream.of(Long.parseLong(replay.strip()));
    }
    long base = Long.getLong(BASE_PROPERTY, DEFAULT_BASE);
    SplittableRandom r = new SplittableRandom(base);
    return LongStream.generate(r::nextLong).limit(count);
  }
}
