package org.sharedoutcomes.core;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * A target of an {@link Indicator}: a value to reach by a date, exactly, at least, at most, or
 * within a range. Immutable and thread-safe.
 *
 * <pre>{@code
 * Target t = Target.atMost(LocalDate.of(2030, 12, 31), 5.0);   // e.g. poverty rate <= 5%
 * }</pre>
 *
 * @param date the date the target is due
 * @param kind how it is attained
 * @param low the target value, or the range's lower bound (for {@link TargetKind#RANGE})
 * @param high the target value again, or the range's upper bound (for {@link TargetKind#RANGE})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Target(LocalDate date, TargetKind kind, double low, double high) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if the date or kind is null
   * @throws IllegalArgumentException if a bound is not finite, the range is empty, or a target
   *     that is not a range has two different bounds, or the date is outside the supported
   *     dates (about 5.8 million years either side of 1970)
   */
  public Target {
    Checks.epochDay(date, "target date");
    Checks.notNull(kind, "target kind");
    Checks.finite(low, "target low");
    Checks.finite(high, "target high");
    if (kind == TargetKind.RANGE && high < low) {
      throw new IllegalArgumentException(
          "target range on " + date + " is empty: high " + high + " < low " + low);
    }
    if (kind != TargetKind.RANGE && Double.compare(low, high) != 0) {
      throw new IllegalArgumentException("target " + kind + " on " + date
          + " has one value, but low " + low + " differs from high " + high);
    }
  }

  /**
   * A target to equal.
   *
   * @param date the date
   * @param value the value
   * @return the target
   */
  public static Target exactly(LocalDate date, double value) {
    return new Target(date, TargetKind.EXACT, value, value);
  }

  /**
   * A target to reach or exceed.
   *
   * @param date the date
   * @param value the value
   * @return the target
   */
  public static Target atLeast(LocalDate date, double value) {
    return new Target(date, TargetKind.AT_LEAST, value, value);
  }

  /**
   * A target not to exceed.
   *
   * @param date the date
   * @param value the value
   * @return the target
   */
  public static Target atMost(LocalDate date, double value) {
    return new Target(date, TargetKind.AT_MOST, value, value);
  }

  /**
   * A target range, both bounds included.
   *
   * @param date the date
   * @param low the lower bound
   * @param high the upper bound, not below {@code low}
   * @return the target
   */
  public static Target between(LocalDate date, double low, double high) {
    return new Target(date, TargetKind.RANGE, low, high);
  }

  /**
   * The single value a trajectory aims at: the value itself, or a range's midpoint.
   *
   * @return the reference value
   */
  public double reference() {
    return kind == TargetKind.RANGE ? low + (high - low) / 2 : low;
  }

  /**
   * Whether a value attains this target.
   *
   * @param value the value
   * @return true if attained
   */
  public boolean isAttainedBy(double value) {
    return switch (kind) {
      case EXACT -> Double.compare(value, low) == 0;
      case AT_LEAST -> value >= low;
      case AT_MOST -> value <= high;
      case RANGE -> value >= low && value <= high;
    };
  }
}
