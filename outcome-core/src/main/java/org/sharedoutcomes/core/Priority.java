package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** The priority of a {@link Commitment}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Priority {
  /** A top priority of the government. */
  CRITICAL,
  /** High priority. */
  HIGH,
  /** Medium priority. */
  MEDIUM,
  /** Low priority. */
  LOW
}
