package org.sharedoutcomes.graph;

import org.apiguardian.api.API;

/** Options of {@link AccountabilityGraph#of(org.sharedoutcomes.core.OutcomeModel, GraphOption...)}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum GraphOption {
  /**
   * Adds edges that are not facts: every agency with no parent that is not in the centre
   * ({@link org.sharedoutcomes.core.OutcomeModel#centre()}) gets an
   * {@link Relation#ASSUMED_REPORTS_TO} edge to every head of the centre
   * ({@link AccountabilityGraph#centreHeads()}) of which it is not itself an ancestor. Off by
   * default; for users who want "everyone reports to the centre". The reporting network then
   * holds these edges too.
   */
  ASSUME_ROOTS_REPORT_TO_CENTRE
}
