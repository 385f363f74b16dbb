package org.sharedoutcomes.core.protocol.conflict;

import org.apiguardian.api.API;

/** What a {@link MajorityVote} does when the yes and no weights are equal. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TieRule {
  /** A tie rejects the proposal (the status quo stands). */
  REJECT,
  /** A tie adopts the proposal. */
  ADOPT,
  /** A tie goes to the setting's arbiter, who rules within a time box (an escalation). */
  ARBITER
}
