package org.sharedoutcomes.core.progress;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.internal.Checks;

/**
 * Whether an indicator attains its final target at a date, with the target compared and the
 * figures compared: one answer instead of a status, a list of target checks and the target.
 * Immutable and thread-safe.
 *
 * <p>The target compared is always the indicator's final (latest) target, the one its
 * {@link ProgressStatus#ACHIEVED} status refers to; the comparison is
 * {@link Target#isAttainedBy(double)} within the tolerance of {@code docs/progress.md}
 * (1e-9 relative, plus the target's own tolerance), in the indicator's direction for a
 * {@code REACH} target, so that every inclusive bound is inclusive for decimal figures. A target
 * is due on its date: on that date an unattained target is {@link AttainmentState#NOT_ATTAINED}.
 * A target with a period is compared with the period's figure once the period has ended (before
 * that it is {@link AttainmentState#NOT_YET_DUE}, never "already attained").
 *
 * <pre>{@code
 * Attainment a = tracker.indicator(IndicatorId.of("ae-4h")).attainment();
 * a.state();    // NOT_ATTAINED
 * a.actual();   // OptionalDouble[94.3]
 * a.target();   // Optional[Target[date=2025-12-31, kind=AT_LEAST, low=95.0, high=95.0]]
 * }</pre>
 *
 * @param state the answer
 * @param target the target compared (the final target), if the indicator has one
 * @param actual the value compared, if there is one: the indicator's current actual value, or
 *     for a target with a period the figure of that period (none before the period has ended)
 * @param asOf the date of the assessment
 * @param lastData the last day of the latest period in the actual value, if any
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Attainment(
    AttainmentState state,
    Optional<Target> target,
    OptionalDouble actual,
    LocalDate asOf,
    Optional<LocalDate> lastData) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the state needs a target and an actual value
   *     (attained, not attained) or a target (not yet due) and one is missing
   */
  public Attainment {
    Checks.notNull(state, "attainment state");
    Checks.optional(target, "attainment target");
    Checks.notNull(actual, "attainment actual");
    Checks.notNull(asOf, "attainment asOf");
    Checks.optional(lastData, "attainment lastData");
    boolean decided = state == AttainmentState.ATTAINED || state == AttainmentState.NOT_ATTAINED;
    if (decided && (target.isEmpty() || actual.isEmpty())) {
      throw new IllegalArgumentException(
          "attainment " + state + " needs a target and an actual value");
    }
    if (state == AttainmentState.NOT_YET_DUE && target.isEmpty()) {
      throw new IllegalArgumentException("attainment NOT_YET_DUE needs a target");
    }
  }

  /**
   * Whether the target is attained.
   *
   * @return true if {@link #state()} is {@link AttainmentState#ATTAINED}
   */
  public boolean attained() {
    return state == AttainmentState.ATTAINED;
  }

  /**
   * The date the compared target is due.
   *
   * @return its date, if there is a target
   */
  public Optional<LocalDate> due() {
    return target.map(Target::date);
  }
}
