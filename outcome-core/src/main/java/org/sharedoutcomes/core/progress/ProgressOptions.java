package org.sharedoutcomes.core.progress;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.internal.Checks;

/**
 * Settings of the progress calculations. Start from {@link #defaults()} and change what you
 * need with the {@code with...} methods. Immutable and thread-safe.
 *
 * <pre>{@code
 * ProgressOptions options = ProgressOptions.defaults()
 *     .withThresholds(new Thresholds(0.10, 0.20))
 *     .withWeight(CommitmentId.of("ccb"), 3.0)
 *     .withOrdinalRollup(OrdinalRollup.MEDIAN);
 * }</pre>
 *
 * @param thresholds when a shortfall is on track or at risk (default 5% and 15%)
 * @param graceDays how many days after the end of the next expected reporting period data
 *     may still arrive before the indicator counts as stale (default 31)
 * @param milestoneOffTrackDays how many days a milestone may be overdue before it makes its
 *     commitment off track rather than at risk (default 90)
 * @param disagreementSteps how many steps apart on the five-point scale (GREEN to RED) a
 *     human assessment and the derived rating must be to be flagged as a disagreement
 *     (default 2, from 1 to 4)
 * @param weights the weight of a child (commitment, outcome or indicator) in roll-ups, keyed
 *     by its id; positive and finite; children not listed weigh 1
 * @param ordinalRollup how ordinal and qualitative indicators roll up (default
 *     {@link OrdinalRollup#WORST})
 * @param averageRatios true to total a disaggregated ratio by averaging the regional ratios;
 *     by default (false) it is totalled through its numerator and denominator
 * @param knownOn the "as known on" day: figures reported after the end of this day (UTC) are
 *     ignored, and a figure without a report time counts as reported at the end of its period;
 *     empty (the default) means the date of the assessment, so that progress as of a date never
 *     uses figures reported after it (since 0.2)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ProgressOptions(
    Thresholds thresholds,
    int graceDays,
    int milestoneOffTrackDays,
    int disagreementSteps,
    Map<EntityId, Double> weights,
    OrdinalRollup ordinalRollup,
    boolean averageRatios,
    Optional<LocalDate> knownOn) {

  private static final ProgressOptions DEFAULTS = new ProgressOptions(
      Thresholds.DEFAULT, 31, 90, 2, Map.of(), OrdinalRollup.WORST, false, Optional.empty());

  /**
   * Checks and copies the settings.
   *
   * @throws NullPointerException if a field, key or weight is null
   * @throws IllegalArgumentException if a number is out of its range, naming it
   */
  public ProgressOptions {
    Checks.notNull(thresholds, "progress options thresholds");
    if (graceDays < 0) {
      throw new IllegalArgumentException(
          "progress options graceDays must be >= 0, was " + graceDays);
    }
    if (milestoneOffTrackDays < 0) {
      throw new IllegalArgumentException(
          "progress options milestoneOffTrackDays must be >= 0, was " + milestoneOffTrackDays);
    }
    if (disagreementSteps < 1 || disagreementSteps > 4) {
      throw new IllegalArgumentException(
          "progress options disagreementSteps must be from 1 to 4, was " + disagreementSteps);
    }
    Checks.notNull(weights, "progress options weights");
    TreeMap<EntityId, Double> copy = new TreeMap<>(EntityId.ORDER);
    for (Map.Entry<EntityId, Double> e : weights.entrySet()) {
      EntityId id = Checks.notNull(e.getKey(), "progress options weights key");
      Double w = Checks.notNull(e.getValue(), "progress options weight of '" + id + "'");
      if (!Double.isFinite(w) || w <= 0) {
        throw new IllegalArgumentException(
            "progress options weight of '" + id + "' must be positive and finite, was " + w);
      }
      copy.put(id, w);
    }
    weights = java.util.Collections.unmodifiableMap(copy);
    Checks.notNull(ordinalRollup, "progress options ordinalRollup");
    Checks.optional(knownOn, "progress options knownOn");
    if (knownOn.isPresent()) {
      Checks.epochDay(knownOn.get(), "progress options knownOn");
    }
  }

  /**
   * The defaults: thresholds 5% and 15%, 31 grace days, milestones off track after 90 days,
   * disagreement at 2 steps, equal weights, ordinal roll-up by worst, ratios through numerator
   * and denominator.
   *
   * @return the default options
   */
  public static ProgressOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These options with other thresholds.
   *
   * @param value the thresholds
   * @return new options
   */
  public ProgressOptions withThresholds(Thresholds value) {
    return new ProgressOptions(value, graceDays, milestoneOffTrackDays, disagreementSteps,
        weights, ordinalRollup, averageRatios, knownOn);
  }

  /**
   * These options with another grace period.
   *
   * @param days the grace period in days, at least 0
   * @return new options
   */
  public ProgressOptions withGraceDays(int days) {
    return new ProgressOptions(thresholds, days, milestoneOffTrackDays, disagreementSteps,
        weights, ordinalRollup, averageRatios, knownOn);
  }

  /**
   * These options with another milestone tolerance.
   *
   * @param days days overdue before a milestone makes its commitment off track, at least 0
   * @return new options
   */
  public ProgressOptions withMilestoneOffTrackDays(int days) {
    return new ProgressOptions(thresholds, graceDays, days, disagreementSteps, weights,
        ordinalRollup, averageRatios, knownOn);
  }

  /**
   * These options with another disagreement distance.
   *
   * @param steps steps apart on the rating scale, from 1 to 4
   * @return new options
   */
  public ProgressOptions withDisagreementSteps(int steps) {
    return new ProgressOptions(thresholds, graceDays, milestoneOffTrackDays, steps, weights,
        ordinalRollup, averageRatios, knownOn);
  }

  /**
   * These options with one more roll-up weight (replacing any for the same id).
   *
   * @param id a commitment, outcome or indicator id
   * @param weight its weight, positive and finite
   * @return new options
   */
  public ProgressOptions withWeight(EntityId id, double weight) {
    Map<EntityId, Double> copy = new TreeMap<>(EntityId.ORDER);
    copy.putAll(weights);
    copy.put(Checks.notNull(id, "weight id"), weight);
    return new ProgressOptions(thresholds, graceDays, milestoneOffTrackDays, disagreementSteps,
        copy, ordinalRollup, averageRatios, knownOn);
  }

  /**
   * These options with another ordinal roll-up rule.
   *
   * @param value the rule
   * @return new options
   */
  public ProgressOptions withOrdinalRollup(OrdinalRollup value) {
    return new ProgressOptions(thresholds, graceDays, milestoneOffTrackDays, disagreementSteps,
        weights, value, averageRatios, knownOn);
  }

  /**
   * These options, averaging regional ratios (true) or totalling them through numerator and
   * denominator (false, the default).
   *
   * @param value whether to average ratios
   * @return new options
   */
  public ProgressOptions withAverageRatios(boolean value) {
    return new ProgressOptions(thresholds, graceDays, milestoneOffTrackDays, disagreementSteps,
        weights, ordinalRollup, value, knownOn);
  }

  /**
   * These options with an "as known on" day: progress uses only the figures reported on or
   * before it (a figure without a report time counts as reported at the end of its period).
   * A day after the assessment's date gives a revised view of that date (later vintages of
   * its periods); a day before it, the view as it was known then.
   *
   * @param day the last day whose reports count (reports up to the end of the day, UTC)
   * @return new options
   * @throws NullPointerException if the day is null
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public ProgressOptions withKnownOn(LocalDate day) {
    return new ProgressOptions(thresholds, graceDays, milestoneOffTrackDays, disagreementSteps,
        weights, ordinalRollup, averageRatios, Optional.of(Checks.notNull(day, "knownOn")));
  }

  /**
   * The roll-up weight of a child.
   *
   * @param id its id
   * @return its weight, 1 unless set
   * @throws NullPointerException if the id is null
   */
  public double weightOf(EntityId id) {
    Double w = weights.get(Checks.notNull(id, "weight id"));
    return w == null ? 1.0 : w;
  }
}
