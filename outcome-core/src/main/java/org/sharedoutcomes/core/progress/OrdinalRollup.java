package org.sharedoutcomes.core.progress;

import org.apiguardian.api.API;

/**
 * How ordinal, qualitative, nominal and non-aggregable indicators roll up into an outcome:
 * their values are never averaged, only their statuses combined.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum OrdinalRollup {
  /** The worst status among them (the default). */
  WORST,
  /** The weighted median status (the lower of two middle statuses on a tie). */
  MEDIAN
}
