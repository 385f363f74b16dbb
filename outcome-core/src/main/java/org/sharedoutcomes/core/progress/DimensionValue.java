package org.sharedoutcomes.core.progress;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Baseline;
import org.sharedoutcomes.core.internal.Checks;

/**
 * The actual value of an indicator for one value of a dimension (one region, one cohort), in a
 * {@link Disaggregation}. Immutable and thread-safe.
 *
 * @param value the dimension's value, such as {@code "ON"}
 * @param actual the actual value under the indicator's time aggregation, if there is data
 * @param dataState whether there is current data for this value
 * @param lastData the last day of the latest period used, if any
 * @param periodsUsed how many periods the actual value aggregates
 * @param baseline the baseline of this dimension value (the latest baseline whose dimensions
 *     are exactly this one), if the indicator has one; never the whole indicator's (since 0.2)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DimensionValue(
    String value,
    OptionalDouble actual,
    DataState dataState,
    Optional<LocalDate> lastData,
    int periodsUsed,
    Optional<Baseline> baseline) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public DimensionValue {
    Checks.notNull(value, "dimension value");
    // the context is built only if a check fails
    Supplier<String> where = () -> "dimension value '" + value + "' ";
    Checks.notNull(actual, where, "actual");
    Checks.notNull(dataState, where, "dataState");
    Checks.optional(lastData, where, "lastData");
    Checks.optional(baseline, where, "baseline");
  }

  /**
   * A dimension value without a baseline.
   *
   * @param value the dimension's value
   * @param actual the actual value
   * @param dataState the data state
   * @param lastData the last day of data
   * @param periodsUsed the periods used
   */
  public DimensionValue(String value, OptionalDouble actual, DataState dataState,
      Optional<LocalDate> lastData, int periodsUsed) {
    this(value, actual, dataState, lastData, periodsUsed, Optional.empty());
  }
}
