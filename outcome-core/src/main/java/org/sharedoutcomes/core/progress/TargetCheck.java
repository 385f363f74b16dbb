package org.sharedoutcomes.core.progress;

import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.internal.Checks;

/**
 * Whether the actual value of an indicator attains one of its targets, by
 * {@link Target#isAttainedBy(double, org.sharedoutcomes.core.Direction)} in the indicator's
 * direction, within the target's tolerance and the relative 1e-9 (see {@code docs/progress.md}):
 * equal for an exact target, at least or at most the value, within a range (bounds included).
 * A target with a period is compared with the figure of its period (the time aggregation of the
 * measurements inside it), available once the period has ended; any other with the indicator's
 * actual value. A target is due on its date. Immutable and thread-safe.
 *
 * @param target the target
 * @param attained whether the compared value attains it
 * @param due whether its date is on or before the date of the assessment
 * @param actual the value compared with it, if any (since 0.2)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TargetCheck(Target target, boolean attained, boolean due, OptionalDouble actual) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if the target or actual is null
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public TargetCheck {
    Checks.notNull(target, "target check target");
    Checks.notNull(actual, "target check actual");
  }

  /**
   * A check without the compared value.
   *
   * @param target the target
   * @param attained whether it is attained
   * @param due whether it is due
   */
  public TargetCheck(Target target, boolean attained, boolean due) {
    this(target, attained, due, OptionalDouble.empty());
  }

  /**
   * Whether the target's date has passed without it being attained.
   *
   * @return true if missed
   */
  public boolean missed() {
    return due && !attained;
  }
}
