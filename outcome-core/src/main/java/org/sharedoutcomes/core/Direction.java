package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** Which way is better for an {@link Indicator}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Direction {
  /** Higher values are better. */
  ASCENDING,
  /** Lower values are better. */
  DESCENDING
}
