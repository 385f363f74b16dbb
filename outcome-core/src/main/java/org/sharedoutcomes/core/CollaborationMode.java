package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** How tightly the parties to a {@link Commitment} work together, from the lightest to the tightest; use the lightest mode that suffices. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CollaborationMode {
  /** Exchanging information. */
  NETWORKING,
  /** Aligning activities. */
  COORDINATION,
  /** Sharing resources. */
  COOPERATION,
  /** Working jointly towards a shared outcome. */
  COLLABORATION,
  /** Merged delivery. */
  INTEGRATION
}
