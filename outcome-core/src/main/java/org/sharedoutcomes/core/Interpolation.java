package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** How an indicator's trajectory runs between its points. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Interpolation {
  /** A straight line between consecutive points. */
  LINEAR,
  /** The previous point's value holds until the next point's date. */
  STEPWISE
}
