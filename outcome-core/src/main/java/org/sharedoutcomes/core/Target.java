package org.sharedoutcomes.core;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * A target of an {@link Indicator}: a value to reach by a date, exactly (within a tolerance), at
 * least, at most, within a range, or "reach" in the indicator's direction; optionally for a
 * period (as IATI result periods), in which case the value compared with it is the time
 * aggregation of the measurements inside the period. Immutable and thread-safe.
 *
 * <pre>{@code
 * Target t = Target.atMost(LocalDate.of(2030, 12, 31), 5.0);   // e.g. poverty rate <= 5%
 * Target r = Target.reach(LocalDate.of(2026, 3, 31), 95);      // >= 95 if ascending, <= if descending
 * Target e = Target.exactly(LocalDate.of(2026, 3, 31), 100, 0.5);  // 99.5 to 100.5 attain it
 * Target y = Target.atMost(LocalDate.of(2020, 12, 31), 80)
 *     .withPeriodStart(LocalDate.of(2020, 1, 1));              // at most 80 in 2020
 * }</pre>
 *
 * <p>Every comparison ({@link #isAttainedBy(double, Direction)}) allows, beyond the target's own
 * {@link #tolerance() tolerance}, a relative {@value #RELATIVE_TOLERANCE} of the larger
 * magnitude, so that a bound documented as inclusive is inclusive for decimal figures
 * ({@code docs/progress.md}, rule 2).
 *
 * @param date the date the target is due; for a target with a period, the period's last day
 * @param kind how it is attained
 * @param low the target value, or the range's lower bound (for {@link TargetKind#RANGE})
 * @param high the target value again, or the range's upper bound (for {@link TargetKind#RANGE})
 * @param tolerance an absolute tolerance, 0 or more: a value this far on the wrong side of a
 *     bound still attains it (0 unless given, as to {@link #exactly(LocalDate, double, double)})
 * @param periodStart the first day of the target's period, if the target is for a period
 *     (since 0.2)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Target(LocalDate date, TargetKind kind, double low, double high, double tolerance,
    Optional<LocalDate> periodStart) {
  /** The relative tolerance of every comparison with a target: {@value}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final double RELATIVE_TOLERANCE = 1e-9;

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if the date, kind or period start is null
   * @throws IllegalArgumentException if a bound or the tolerance is not finite, the tolerance
   *     is negative, the range is empty, a target that is not a range has two different bounds,
   *     the period starts after the date, or a date is outside the supported dates (about 5.8
   *     million years either side of 1970)
   *
   * <p><b>Not part of the stable API:</b> this canonical constructor gains a parameter whenever
   * the target gains a field. Use the factories ({@link #atLeast}, {@link #reach}...), the
   * four-value constructor, or {@link #builder}.
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public Target {
    Checks.epochDay(date, "target date");
    Checks.notNull(kind, "target kind");
    Checks.finite(low, "target low");
    Checks.finite(high, "target high");
    Checks.finite(tolerance, "target tolerance");
    if (tolerance < 0) {
      throw new IllegalArgumentException(
          "target on " + date + " has a negative tolerance " + tolerance);
    }
    Checks.optional(periodStart, "target periodStart");
    if (periodStart.isPresent()) {
      Checks.epochDay(periodStart.get(), "target periodStart");
      if (periodStart.get().isAfter(date)) {
        throw new IllegalArgumentException("target on " + date + " has a period starting after"
            + " it, on " + periodStart.get());
      }
    }
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
   * A target without tolerance or period.
   *
   * @param date the date the target is due
   * @param kind how it is attained
   * @param low the value, or a range's lower bound
   * @param high the value again, or a range's upper bound
   * @throws IllegalArgumentException as the canonical constructor
   */
  public Target(LocalDate date, TargetKind kind, double low, double high) {
    this(date, kind, low, high, 0.0, Optional.empty());
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
   * A target to equal within an absolute tolerance: values from {@code value - tolerance} to
   * {@code value + tolerance}, both included, attain it.
   *
   * @param date the date
   * @param value the value
   * @param tolerance the tolerance, finite and 0 or more
   * @return the target
   * @throws IllegalArgumentException if the tolerance is negative or not finite
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Target exactly(LocalDate date, double value, double tolerance) {
    return new Target(date, TargetKind.EXACT, value, value, tolerance, Optional.empty());
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
   * A target to reach in the indicator's direction: at least the value for an ascending
   * indicator, at most it for a descending one ({@link TargetKind#REACH}).
   *
   * @param date the date
   * @param value the value
   * @return the target
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Target reach(LocalDate date, double value) {
    return new Target(date, TargetKind.REACH, value, value);
  }

  /**
   * This target for the period from {@code start} to its date, both included.
   *
   * @param start the period's first day, not after the date
   * @return a copy with the period
   * @throws IllegalArgumentException if the start is after the target's date
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Target withPeriodStart(LocalDate start) {
    return new Target(date, kind, low, high, tolerance,
        Optional.of(Checks.notNull(start, "target periodStart")));
  }

  /**
   * A builder of a target with the given value, for its optional fields (tolerance, period).
   *
   * @param date the date the target is due (a period's last day)
   * @param kind how it is attained
   * @param low the value, or a range's lower bound
   * @param high the value again, or a range's upper bound
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Builder builder(LocalDate date, TargetKind kind, double low, double high) {
    return new Builder(date, kind, low, high);
  }

  /**
   * A builder holding this target's fields; its tolerance and period may each be replaced once.
   *
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Builder toBuilder() {
    Builder b = new Builder(date, kind, low, high);
    b.tolerance = tolerance;
    b.periodStart = periodStart;
    return b;
  }

  /**
   * A builder of {@link Target}s for the optional fields. Not thread-safe. Each field is set at
   * most once: a second call throws {@link IllegalStateException} naming it.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private static final long TOLERANCE = 1;
    private static final long PERIOD_START = 1 << 1;
    private final LocalDate date;
    private final TargetKind kind;
    private final double low;
    private final double high;
    private long set;
    private double tolerance;
    private Optional<LocalDate> periodStart = Optional.empty();

    private Builder(LocalDate date, TargetKind kind, double low, double high) {
      this.date = Checks.notNull(date, "target date");
      this.kind = Checks.notNull(kind, "target kind");
      this.low = low;
      this.high = high;
    }

    /**
     * Sets the absolute tolerance.
     *
     * @param value the tolerance, finite and 0 or more
     * @return this builder
     * @throws IllegalStateException if the tolerance is already set
     */
    public Builder tolerance(double value) {
      set = org.sharedoutcomes.core.internal.SetOnce.mark(set, TOLERANCE,
          () -> "target on " + date + " ", "tolerance");
      this.tolerance = value;
      return this;
    }

    /**
     * Sets the first day of the target's period.
     *
     * @param value the day, not after the target's date
     * @return this builder
     * @throws IllegalStateException if the period start is already set
     */
    public Builder periodStart(LocalDate value) {
      set = org.sharedoutcomes.core.internal.SetOnce.mark(set, PERIOD_START,
          () -> "target on " + date + " ", "periodStart");
      this.periodStart = Optional.of(Checks.notNull(value, "target periodStart"));
      return this;
    }

    /**
     * Builds the target.
     *
     * @return the target
     * @throws IllegalArgumentException as {@link Target}'s constructor
     */
    public Target build() {
      return new Target(date, kind, low, high, tolerance, periodStart);
    }
  }

  /**
   * Whether the target is for a period (it has a {@link #periodStart()}).
   *
   * @return true if it has a period
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public boolean hasPeriod() {
    return periodStart.isPresent();
  }

  /**
   * The kind this target has for an indicator of the given direction: {@link TargetKind#REACH}
   * resolves to {@link TargetKind#AT_LEAST} (ascending) or {@link TargetKind#AT_MOST}
   * (descending); every other kind is itself.
   *
   * @param direction the indicator's direction
   * @return the kind, never {@code REACH}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public TargetKind kindFor(Direction direction) {
    Checks.notNull(direction, "direction");
    if (kind != TargetKind.REACH) {
      return kind;
    }
    return direction == Direction.ASCENDING ? TargetKind.AT_LEAST : TargetKind.AT_MOST;
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
   * Whether a value attains this target, for a target whose kind does not depend on the
   * indicator's direction; see {@link #isAttainedBy(double, Direction)}.
   *
   * @param value the value
   * @return true if attained
   * @throws IllegalStateException if the target is {@link TargetKind#REACH}, which needs the
   *     indicator's direction
   */
  public boolean isAttainedBy(double value) {
    if (kind == TargetKind.REACH) {
      throw new IllegalStateException("a REACH target on " + date + " is attained in the"
          + " indicator's direction: call isAttainedBy(value, direction)");
    }
    return isAttainedBy(value, Direction.ASCENDING);
  }

  /**
   * Whether a value attains this target for an indicator of the given direction: equal for an
   * exact target, at least or at most the value, within a range (bounds included); a
   * {@link TargetKind#REACH} target by {@link #kindFor(Direction)}. Each bound is widened by the
   * target's {@link #tolerance()} and by {@value #RELATIVE_TOLERANCE} of the larger magnitude.
   *
   * @param value the value
   * @param direction the indicator's direction
   * @return true if attained
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public boolean isAttainedBy(double value, Direction direction) {
    return switch (kindFor(direction)) {
      case EXACT -> atLeast(value, low) && atMost(value, low);
      case AT_LEAST -> atLeast(value, low);
      case AT_MOST -> atMost(value, high);
      case RANGE -> atLeast(value, low) && atMost(value, high);
      case REACH -> throw new AssertionError("REACH is resolved by kindFor");
    };
  }

  private double slack(double a, double b) {
    return tolerance + RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  }

  private boolean atMost(double a, double b) {
    return a <= b + slack(a, b);
  }

  private boolean atLeast(double a, double b) {
    return a + slack(a, b) >= b;
  }
}
