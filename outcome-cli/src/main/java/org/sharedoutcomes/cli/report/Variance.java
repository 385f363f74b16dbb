package org.sharedoutcomes.cli.report;

import java.util.Locale;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.progress.IndicatorProgress;

/**
 * A variance said as ahead or behind the trajectory, by the indicator's direction (on a
 * lower-is-better indicator a value above the plan is behind it): first the difference in the
 * indicator's own unit, then the relative variance in brackets. Stateless.
 *
 * <p>The difference comes first because a relative variance of a percentage is easily read as
 * percentage points: numeracy at 80.2% against an expected 85% is 4.8 points behind, which is
 * 5.6% of the expected value. So a percentage indicator (measure type
 * {@link MeasureType#PERCENTAGE} or unit {@code "%"}) says {@code "4.8 points behind (5.6%)"},
 * another {@code "2.8 s/vehicle-mile behind (5.8%)"}, and one without a unit
 * {@code "2.8 behind (5.8%)"}. When the expected value is 0 there is no relative variance and
 * only the difference is given. {@code "on plan"} means the difference is 0, which the progress
 * engine makes it exactly when actual and expected agree within its tolerance (1e-9 relative, or
 * the target's own); any other difference is written out, with a relative variance below 0.05%
 * as {@code "(<0.1%)"}, so a figure a hair short of its target on the deadline never reads
 * "on plan" beside "off track".
 *
 * <pre>{@code
 * Variance.describe(indicator, progress);  // "4.8 points behind (5.6%)"
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Variance {
  private Variance() {}

  /**
   * The variance of an indicator's progress in words, or empty when there is none (no actual
   * or no expected value).
   *
   * @param indicator the indicator, for its direction, measure type and unit
   * @param progress its progress
   * @return the words
   */
  public static String describe(Indicator indicator, IndicatorProgress progress) {
    return describe(indicator.direction(), unitOf(indicator), progress.variance(),
        progress.relativeVariance());
  }

  /**
   * The variance in words.
   *
   * @param direction whether higher or lower is better
   * @param unit the unit the difference is written in ({@code "points"} for a percentage),
   *     possibly empty
   * @param variance {@code actual - expected}, if known
   * @param relative {@code (actual - expected) / |expected|}, if known
   * @return the words, empty when {@code variance} is empty
   */
  public static String describe(Direction direction, String unit, OptionalDouble variance,
      OptionalDouble relative) {
    if (variance.isEmpty()) {
      return "";
    }
    double difference = goodness(direction, variance.getAsDouble());
    if (difference == 0) {
      return "on plan";
    }
    StringBuilder s = new StringBuilder(Figures.of(Math.abs(difference)));
    if (!unit.isEmpty()) {
      s.append(' ').append(unit);
    }
    s.append(difference > 0 ? " ahead" : " behind");
    relative.ifPresent(r -> s.append(Math.abs(r) < 0.0005 ? " (<0.1%)"
        : String.format(Locale.ROOT, " (%.1f%%)", Math.abs(r) * 100)));
    return s.toString();
  }

  /**
   * The unit a difference of this indicator is written in: {@code "points"} (percentage
   * points) for a percentage, otherwise its unit.
   *
   * @param indicator the indicator
   * @return the unit, possibly empty
   */
  public static String unitOf(Indicator indicator) {
    return indicator.measureType() == MeasureType.PERCENTAGE || indicator.unit().equals("%")
        ? "points" : indicator.unit();
  }

  /**
   * The variance signed so that positive is ahead of the plan whatever the direction.
   *
   * @param direction whether higher or lower is better
   * @param variance a variance, absolute or relative
   * @return the variance, negated for a lower-is-better indicator
   */
  public static double goodness(Direction direction, double variance) {
    return direction == Direction.ASCENDING ? variance : -variance;
  }
}
