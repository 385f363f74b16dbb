package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** The phase of a collaborating group (New Zealand research on joined-up services). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Phase {
  /** Initiating: forming the group and its purpose. */
  INITIATING,
  /** Working together. */
  WORKING_TOGETHER,
  /** Sustaining the collaboration. */
  SUSTAINING
}
