package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** How a {@link Target} is attained. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TargetKind {
  /** The value must equal the target (within the target's tolerance). */
  EXACT,
  /** The value must be at least the target. */
  AT_LEAST,
  /** The value must be at most the target. */
  AT_MOST,
  /** The value must lie within a closed range. */
  RANGE,
  /**
   * The value must reach the target in the indicator's direction: at least it for an
   * {@link Direction#ASCENDING} indicator, at most it for a {@link Direction#DESCENDING} one
   * (a results framework's "min = max" target). Resolved by {@link Target#kindFor(Direction)}.
   * (Since 0.2.)
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  REACH
}
