package org.sharedoutcomes.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.internal.SetOnce;

/**
 * One observed value of an {@link Indicator} for a period, possibly reported by an agency at a
 * time and disaggregated by dimensions such as region or cohort. Immutable and thread-safe.
 *
 * <p>A model does not keep {@code Measurement} objects: it stores an indicator's measurements
 * column by column in a {@link MeasurementSeries} and hands out {@code Measurement} views.
 *
 * <pre>{@code
 * Measurement m = Measurement.of(IndicatorId.of("wait-days"), LocalDate.of(2026, 1, 1),
 *         LocalDate.of(2026, 1, 31), 42.0)
 *     .withReporter(AgencyId.of("esdc"))
 *     .withDimension("region", "ON");
 * }</pre>
 *
 * @param indicator the indicator measured
 * @param periodStart the first day of the period
 * @param periodEnd the last day of the period, not before its first
 * @param value the value, finite
 * @param reportedBy the agency that reported it, if known
 * @param reportedAt when it was reported, if known
 * @param dimensions the disaggregation (for example {@code region=ON}), sorted by key; empty
 *     for a total
 * @param status whether it is provisional or final
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Measurement(
    IndicatorId indicator,
    LocalDate periodStart,
    LocalDate periodEnd,
    double value,
    Optional<AgencyId> reportedBy,
    Optional<Instant> reportedAt,
    Map<String, String> dimensions,
    MeasurementStatus status) {

  /**
   * Checks and copies the fields.
   *
   * <p><b>Not part of the stable API:</b> this canonical constructor gains a parameter whenever
   * the measurement gains a field. Create measurements with
   * {@link #of(IndicatorId, LocalDate, LocalDate, double)} or
   * {@link #builder(IndicatorId, LocalDate, LocalDate, double)}, or derive them with
   * {@link #toBuilder()}.
   *
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if the period ends before it starts, a day is outside the
   *     supported dates (about 5.8 million years either side of 1970), or the value is NaN or
   *     infinite
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public Measurement {
    Checks.notNull(indicator, "measurement indicator");
    if (periodStart == null) {
      Checks.notNull(periodStart, "measurement of '" + indicator + "' periodStart");
    }
    // the context is built only when a check fails: millions of measurements per document
    Supplier<String> where =
        () -> "measurement of '" + indicator + "' for period starting " + periodStart + " ";
    Checks.notNull(periodEnd, where, "periodEnd");
    long start = periodStart.toEpochDay();
    long end = periodEnd.toEpochDay();
    if (start <= Integer.MIN_VALUE || start >= Integer.MAX_VALUE || end <= Integer.MIN_VALUE
        || end >= Integer.MAX_VALUE) {
      Checks.epochDay(periodStart, where.get() + "periodStart");
      Checks.epochDay(periodEnd, where.get() + "periodEnd");
    }
    if (end < start) {
      throw new IllegalArgumentException(
          where.get() + "ends (" + periodEnd + ") before it starts (" + periodStart + ")");
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          where.get() + "value must be a finite number, was " + value);
    }
    Checks.optional(reportedBy, where, "reportedBy");
    Checks.optional(reportedAt, where, "reportedAt");
    dimensions = Checks.attributes(dimensions, where, "dimensions");
    Checks.notNull(status, where, "status");
  }

  /**
   * A final total (no dimensions) with no reporter or report time.
   *
   * @param indicator the indicator
   * @param periodStart the first day
   * @param periodEnd the last day
   * @param value the value
   * @return the measurement
   */
  public static Measurement of(
      IndicatorId indicator, LocalDate periodStart, LocalDate periodEnd, double value) {
    return new Measurement(indicator, periodStart, periodEnd, value, Optional.empty(),
        Optional.empty(), Map.of(), MeasurementStatus.FINAL);
  }

  /**
   * A builder for a measurement of an indicator's value for a period: a final total, with no
   * reporter or report time, until set. The given values count as set: their setters are for
   * builders from {@link #toBuilder()}.
   *
   * @param indicator the indicator
   * @param periodStart the first day
   * @param periodEnd the last day
   * @param value the value
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Builder builder(
      IndicatorId indicator, LocalDate periodStart, LocalDate periodEnd, double value) {
    return new Builder(indicator, periodStart, periodEnd, value);
  }

  /**
   * A builder holding this measurement's fields, to derive a changed measurement: each
   * single-valued field may be replaced once; {@link Builder#dimension} adds to the dimensions.
   *
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Builder toBuilder() {
    Builder b = new Builder(indicator, periodStart, periodEnd, value);
    b.set = 0;
    b.reportedBy = reportedBy;
    b.reportedAt = reportedAt;
    b.dimensions.putAll(dimensions);
    b.status = status;
    return b;
  }

  /**
   * This measurement, reported by the given agency.
   *
   * @param agency the reporting agency
   * @return a new measurement
   */
  public Measurement withReporter(AgencyId agency) {
    return toBuilder().reportedBy(agency).build();
  }

  /**
   * This measurement, reported at the given time.
   *
   * @param at the time of the report
   * @return a new measurement
   */
  public Measurement withReportedAt(Instant at) {
    return toBuilder().reportedAt(at).build();
  }

  /**
   * This measurement with one more dimension (replacing any with the same key).
   *
   * @param key the dimension, such as {@code "region"}
   * @param dimensionValue its value, such as {@code "ON"}
   * @return a new measurement
   */
  public Measurement withDimension(String key, String dimensionValue) {
    return toBuilder().dimension(key, dimensionValue).build();
  }

  /**
   * This measurement with the given status.
   *
   * @param newStatus the status
   * @return a new measurement
   */
  public Measurement withStatus(MeasurementStatus newStatus) {
    return toBuilder().status(newStatus).build();
  }

  /**
   * Whether this is a total rather than a disaggregated value.
   *
   * @return true if it has no dimensions
   */
  public boolean isTotal() {
    return dimensions.isEmpty();
  }

  /**
   * A builder of {@link Measurement}s. Not thread-safe; each setter checks its argument at once.
   *
   * <p>A single-valued field (indicator, period start and end, value, reporter, report time,
   * status) is set at most once: a second call of its setter throws
   * {@link IllegalStateException} naming the measurement and the field; the values given to
   * {@link Measurement#builder} count as set. A builder from {@link Measurement#toBuilder()}
   * starts with the measurement's values, each of which may be replaced once.
   * {@link #dimension} adds.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private static final long INDICATOR = 1;
    private static final long PERIOD_START = 1 << 1;
    private static final long PERIOD_END = 1 << 2;
    private static final long VALUE = 1 << 3;
    private static final long REPORTED_BY = 1 << 4;
    private static final long REPORTED_AT = 1 << 5;
    private static final long STATUS = 1 << 6;

    private final Supplier<String> where;
    private long set = INDICATOR | PERIOD_START | PERIOD_END | VALUE;
    private IndicatorId indicator;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private double value;
    private Optional<AgencyId> reportedBy = Optional.empty();
    private Optional<Instant> reportedAt = Optional.empty();
    private final Map<String, String> dimensions = new TreeMap<>();
    private MeasurementStatus status = MeasurementStatus.FINAL;

    private Builder(IndicatorId indicator, LocalDate periodStart, LocalDate periodEnd,
        double value) {
      this.indicator = Checks.notNull(indicator, "measurement indicator");
      this.periodStart = Checks.notNull(periodStart,
          "measurement of '" + indicator + "' periodStart");
      this.where = () -> "measurement of '" + this.indicator + "' for period starting "
          + this.periodStart + " ";
      this.periodEnd = Checks.notNull(periodEnd, where, "periodEnd");
      this.value = value;
    }

    /** Marks a field set, after its value was checked: a setter that throws changes nothing. */
    private <T> T once(long bit, String field, T value) {
      set = SetOnce.mark(set, bit, where, field);
      return value;
    }

    /**
     * Replaces the indicator (once, in a builder from {@link Measurement#toBuilder()}).
     *
     * @param id the indicator
     * @return this builder
     * @throws IllegalStateException if the indicator is already set
     */
    public Builder indicator(IndicatorId id) {
      this.indicator = once(INDICATOR, "indicator", Checks.notNull(id, where, "indicator"));
      return this;
    }

    /**
     * Replaces the first day of the period (once, in a builder from
     * {@link Measurement#toBuilder()}).
     *
     * @param day the first day
     * @return this builder
     * @throws IllegalStateException if the period start is already set
     */
    public Builder periodStart(LocalDate day) {
      this.periodStart = once(PERIOD_START, "periodStart",
          Checks.notNull(day, where, "periodStart"));
      return this;
    }

    /**
     * Replaces the last day of the period (once, in a builder from
     * {@link Measurement#toBuilder()}).
     *
     * @param day the last day
     * @return this builder
     * @throws IllegalStateException if the period end is already set
     */
    public Builder periodEnd(LocalDate day) {
      this.periodEnd = once(PERIOD_END, "periodEnd", Checks.notNull(day, where, "periodEnd"));
      return this;
    }

    /**
     * Replaces the value (once, in a builder from {@link Measurement#toBuilder()}).
     *
     * @param newValue the value, finite
     * @return this builder
     * @throws IllegalStateException if the value is already set
     */
    public Builder value(double newValue) {
      this.value = once(VALUE, "value", newValue);
      return this;
    }

    /**
     * Sets the agency that reported the measurement.
     *
     * @param agency the reporting agency
     * @return this builder
     * @throws IllegalStateException if the reporter is already set
     */
    public Builder reportedBy(AgencyId agency) {
      this.reportedBy = once(REPORTED_BY, "reportedBy",
          Optional.of(Checks.notNull(agency, where, "reportedBy")));
      return this;
    }

    /**
     * Sets when the measurement was reported.
     *
     * @param at the time of the report
     * @return this builder
     * @throws IllegalStateException if the report time is already set
     */
    public Builder reportedAt(Instant at) {
      this.reportedAt = once(REPORTED_AT, "reportedAt",
          Optional.of(Checks.notNull(at, where, "reportedAt")));
      return this;
    }

    /**
     * Adds a dimension (replacing any with the same key).
     *
     * @param key the dimension, such as {@code "region"}
     * @param dimensionValue its value, such as {@code "ON"}
     * @return this builder
     */
    public Builder dimension(String key, String dimensionValue) {
      dimensions.put(Checks.text(key, where, "dimension key"),
          Checks.notNull(dimensionValue, where.get() + "dimension '" + key + "'"));
      return this;
    }

    /**
     * Sets whether the measurement is provisional or final (final unless set).
     *
     * @param value the status
     * @return this builder
     * @throws IllegalStateException if the status is already set
     */
    public Builder status(MeasurementStatus value) {
      this.status = once(STATUS, "status", Checks.notNull(value, where, "status"));
      return this;
    }

    /**
     * Builds the measurement.
     *
     * @return the measurement
     * @throws IllegalArgumentException if the period ends before it starts, a day is outside the
     *     supported dates, or the value is not finite
     */
    public Measurement build() {
      return new Measurement(indicator, periodStart, periodEnd, value, reportedBy, reportedAt,
          dimensions, status);
    }
  }
}
