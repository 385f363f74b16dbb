package org.sharedoutcomes.core.protocol.conflict;

import org.apiguardian.api.API;

/** On what grounds a {@link Decision} was reached. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DecisionBasis {
  /** The parties agreed (a negotiated settlement or consensus). */
  AGREEMENT,
  /** A vote of the parties. */
  VOTE,
  /** No reasoned objection stood against a proposal. */
  CONSENT,
  /** One decider ruled: a lead, an arbiter, or the holder of an escalation level. */
  RULING,
  /** Time ran out with no decision; the protocol's default (the status quo) stands. */
  DEFAULT;

  /**
   * Whether one decider imposed the decision (so fairness asks who it was).
   *
   * @return true for {@link #RULING}
   */
  public boolean isRuling() {
    return this == RULING;
  }
}
