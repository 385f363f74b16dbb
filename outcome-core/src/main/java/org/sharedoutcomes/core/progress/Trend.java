package org.sharedoutcomes.core.progress;

import org.apiguardian.api.API;

/** How a commitment's derived status moved since the previous {@link Stocktake}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Trend {
  /** Its status got better (for example from at risk to on track). */
  IMPROVING,
  /** Same status as before. */
  STEADY,
  /** Its status got worse. */
  WORSENING,
  /** Not comparable: new in this stocktake, or no data now or before. */
  UNKNOWN
}
