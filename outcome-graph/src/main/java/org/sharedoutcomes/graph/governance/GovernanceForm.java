package org.sharedoutcomes.graph.governance;

import org.apiguardian.api.API;

/** The forms of network governance of Provan and Kenis (2008). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum GovernanceForm {
  /** Shared governance: the members govern together; no member dominates. */
  PARTICIPANT_GOVERNED,
  /** One member, itself a main deliverer, governs the network. */
  LEAD_ORGANIZATION,
  /** A separate administrative entity (a delivery unit) governs but does not itself deliver. */
  NETWORK_ADMINISTRATIVE_ORGANIZATION,
  /**
   * The evidence cannot decide: no commitments, fewer than two agencies, no centre agency and no
   * leading member, or a tie for the governing role; the classification says why.
   */
  UNDETERMINED
}
