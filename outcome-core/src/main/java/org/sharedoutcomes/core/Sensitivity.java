package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** Who may see an {@link Indicator}'s measurements. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Sensitivity {
  /** Anyone. */
  PUBLIC,
  /** The parties to the commitments and outcomes it measures, and parties to a data-sharing agreement that covers it. */
  PARTNERS,
  /** Only its data owner, and parties to a data-sharing agreement that covers it. */
  OWNER_ONLY
}
