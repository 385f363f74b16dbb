package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** Whether a {@link Measurement} is final. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum MeasurementStatus {
  /** A provisional value that may be revised. */
  PROVISIONAL,
  /** A final value; the default. */
  FINAL
}
