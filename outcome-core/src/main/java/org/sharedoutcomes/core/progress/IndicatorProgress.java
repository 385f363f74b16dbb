package org.sharedoutcomes.core.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.internal.Checks;

/**
 * The progress of one indicator at a date. Immutable and thread-safe.
 *
 * <p>Definitions (see {@code docs/progress.md}): the actual value is the indicator's
 * measurements aggregated over time by its time aggregation; the expected value is its
 * {@link Trajectory} at the date; the gap closed is {@code (actual - baseline) / (target -
 * baseline)} for the final target's reference value, 0 at the baseline and 1 at the target
 * whichever the direction; the variance is {@code actual - expected} and the relative variance
 * {@code (actual - expected) / |expected|}, both exactly 0 when the two are equal within the
 * tolerance of 1e-9 relative. Missing data is never a zero: without usable data
 * the actual value is empty, the {@link #dataState()} says why and the status is
 * {@link ProgressStatus#NO_DATA}.
 *
 * @param indicator the indicator
 * @param asOf the date of the assessment
 * @param status the derived status
 * @param actual the actual value, if there is data
 * @param expected the value the trajectory expects at the date, if it has points
 * @param gapClosed the share of the gap from baseline to final target closed, if defined
 * @param variance {@code actual - expected}, if both are known
 * @param relativeVariance {@code (actual - expected) / |expected|}, if both are known and the
 *     expected value is not zero
 * @param targets each target, attained or not by the actual value, by date
 * @param dataState whether there is current data
 * @param lastData the last day of the latest period used, if any
 * @param periodsUsed how many periods the actual value aggregates
 * @param ignoredBeforeBaseline measurements ignored because they start before the baseline
 * @param missingPeriods holes between consecutive periods used
 * @param derivedFromRatio true if the actual value is numerator / denominator
 * @param explanation a sentence saying why the status is what it is
 * @param attainment whether the final target is attained, not attained, not yet due, or
 *     cannot be told, with the target and figures compared (since 0.2)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record IndicatorProgress(
    IndicatorId indicator,
    LocalDate asOf,
    ProgressStatus status,
    OptionalDouble actual,
    OptionalDouble expected,
    OptionalDouble gapClosed,
    OptionalDouble variance,
    OptionalDouble relativeVariance,
    List<TargetCheck> targets,
    DataState dataState,
    Optional<LocalDate> lastData,
    int periodsUsed,
    int ignoredBeforeBaseline,
    int missingPeriods,
    boolean derivedFromRatio,
    String explanation,
    Attainment attainment) {

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a count is negative
   */
  public IndicatorProgress {
    Checks.notNull(indicator, "indicator progress indicator");
    // the context is built only when a check fails: a million of these in a model
    Supplier<String> where = () -> "progress of indicator '" + indicator + "' ";
    Checks.notNull(asOf, where, "asOf");
    Checks.notNull(status, where, "status");
    Checks.notNull(actual, where, "actual");
    Checks.notNull(expected, where, "expected");
    Checks.notNull(gapClosed, where, "gapClosed");
    Checks.notNull(variance, where, "variance");
    Checks.notNull(relativeVariance, where, "relativeVariance");
    targets = Checks.list(targets, where, "targets");
    Checks.notNull(dataState, where, "dataState");
    Checks.optional(lastData, where, "lastData");
    if (periodsUsed < 0 || ignoredBeforeBaseline < 0 || missingPeriods < 0) {
      throw new IllegalArgumentException(where.get() + "counts must be >= 0, were " + periodsUsed
          + ", " + ignoredBeforeBaseline + ", " + missingPeriods);
    }
    Checks.notNull(explanation, where, "explanation");
    Checks.notNull(attainment, where, "attainment");
  }
}
