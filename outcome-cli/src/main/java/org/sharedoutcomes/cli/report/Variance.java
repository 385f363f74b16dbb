package org.sharedoutcomes.cli.report;

import java.util.Locale;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Direction;

/**
 * A relative variance said as ahead or behind the trajectory, by the indicator's direction:
 * on a lower-is-better indicator a value above the plan is behind it. Stateless.
 *
 * <pre>{@code
 * Variance.describe(Direction.DESCENDING, OptionalDouble.of(0.058));  // "5.8% behind"
 * Variance.describe(Direction.ASCENDING, OptionalDouble.of(0.015));   // "1.5% ahead"
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Variance {
  private Variance() {}

  /**
   * The variance in words: {@code "5.8% behind"}, {@code "1.5% ahead"}, {@code "on plan"}
   * (below 0.05%), or empty when there is none.
   *
   * @param direction whether higher or lower is better
   * @param relative {@code (actual - expected) / |expected|}, if known
   * @return the words
   */
  public static String describe(Direction direction, OptionalDouble relative) {
    if (relative.isEmpty()) {
      return "";
    }
    double g = goodness(direction, relative.getAsDouble());
    if (Math.abs(g) < 0.0005) {
      return "on plan";
    }
    return String.format(Locale.ROOT, "%.1f%% %s", Math.abs(g) * 100, g > 0 ? "ahead" : "behind");
  }

  /**
   * The variance signed so that positive is ahead of the plan whatever the direction.
   *
   * @param direction whether higher or lower is better
   * @param relative {@code (actual - expected) / |expected|}
   * @return the relative variance, negated for a lower-is-better indicator
   */
  public static double goodness(Direction direction, double relative) {
    return direction == Direction.ASCENDING ? relative : -relative;
  }
}
