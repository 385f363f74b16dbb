package org.sharedoutcomes.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

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
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if the period ends before it starts, a day is outside the
   *     supported dates (about 5.8 million years either side of 1970), or the value is NaN or
   *     infinite
   */
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
   * This measurement, reported by the given agency.
   *
   * @param agency the reporting agency
   * @return a new measurement
   */
  public Measurement withReporter(AgencyId agency) {
    return new Measurement(indicator, periodStart, periodEnd, value,
        Optional.of(Checks.notNull(agency, where() + "reportedBy")),
        reportedAt, dimensions, status);
  }

  /**
   * This measurement, reported at the given time.
   *
   * @param at the time of the report
   * @return a new measurement
   */
  public Measurement withReportedAt(Instant at) {
    return new Measurement(indicator, periodStart, periodEnd, value, reportedBy,
        Optional.of(Checks.notNull(at, where() + "reportedAt")), dimensions, status);
  }

  /**
   * This measurement with one more dimension (replacing any with the same key).
   *
   * @param key the dimension, such as {@code "region"}
   * @param dimensionValue its value, such as {@code "ON"}
   * @return a new measurement
   */
  public Measurement withDimension(String key, String dimensionValue) {
    Map<String, String> copy = new TreeMap<>(dimensions);
    copy.put(Checks.text(key, where() + "dimension key"),
        Checks.notNull(dimensionValue, where() + "dimension '" + key + "'"));
    return new Measurement(indicator, periodStart, periodEnd, value, reportedBy, reportedAt,
        copy, status);
  }

  /**
   * This measurement with the given status.
   *
   * @param newStatus the status
   * @return a new measurement
   */
  public Measurement withStatus(MeasurementStatus newStatus) {
    return new Measurement(indicator, periodStart, periodEnd, value, reportedBy, reportedAt,
        dimensions, newStatus);
  }

  private String where() {
    return "measurement of '" + indicator + "' for period starting " + periodStart + " ";
  }

  /**
   * Whether this is a total rather than a disaggregated value.
   *
   * @return true if it has no dimensions
   */
  public boolean isTotal() {
    return dimensions.isEmpty();
  }
}
