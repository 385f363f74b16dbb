package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** A rating of the likelihood of delivery, after Barber's assessment framework and the UK IPA's Delivery Confidence Assessment. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Rating {
  /** Delivery is highly likely. */
  GREEN,
  /** Delivery is probable; attention needed. */
  AMBER_GREEN,
  /** Delivery is feasible but significant issues exist. */
  AMBER,
  /** Delivery is in doubt. */
  AMBER_RED,
  /** Delivery appears unachievable. */
  RED,
  /** Exempt from assessment. */
  EXEMPT
}
