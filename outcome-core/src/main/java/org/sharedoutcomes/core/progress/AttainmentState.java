package org.sharedoutcomes.core.progress;

import org.apiguardian.api.API;

/** The one answer to "is the target attained?" (see {@link Attainment}). */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum AttainmentState {
  /** The current actual value attains the final target (on, after, or already before its date). */
  ATTAINED,
  /** The final target is due (its date is on or before the assessment's) and not attained. */
  NOT_ATTAINED,
  /** The final target is not attained and not yet due. */
  NOT_YET_DUE,
  /** No target, or no current actual value to compare with it (none, stale, or not summable). */
  NO_DATA
}
