package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** How a {@link Target} is attained. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TargetKind {
  /** The value must equal the target. */
  EXACT,
  /** The value must be at least the target. */
  AT_LEAST,
  /** The value must be at most the target. */
  AT_MOST,
  /** The value must lie within a closed range. */
  RANGE
}
