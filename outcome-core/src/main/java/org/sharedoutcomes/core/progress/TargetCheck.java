package org.sharedoutcomes.core.progress;

import org.apiguardian.api.API;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.internal.Checks;

/**
 * Whether the actual value of an indicator attains one of its targets, by
 * {@link Target#isAttainedBy(double)} within the progress tolerance (1e-9 relative, see
 * {@code docs/progress.md}): equal for an exact target, at least or at most the value, within
 * a range (bounds included). A target is due on its date. Immutable and thread-safe.
 *
 * @param target the target
 * @param attained whether the actual value attains it
 * @param due whether its date is on or before the date of the assessment
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TargetCheck(Target target, boolean attained, boolean due) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if the target is null
   */
  public TargetCheck {
    Checks.notNull(target, "target check target");
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
