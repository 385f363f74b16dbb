package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** The reported status of a {@link Commitment}, after Canada's mandate-letter tracker. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CommitmentStatus {
  /** Not started. */
  NOT_STARTED,
  /** Underway and on track. */
  UNDERWAY_ON_TRACK,
  /** Underway, with challenges. */
  UNDERWAY_WITH_CHALLENGES,
  /** Completed, fully met. */
  COMPLETED_FULLY_MET,
  /** Completed, modified. */
  COMPLETED_MODIFIED,
  /** Not being pursued. */
  NOT_BEING_PURSUED,
  /** On-going: a continuing commitment with no end state. */
  ONGOING,
  /** Superseded by another commitment. */
  SUPERSEDED
}
