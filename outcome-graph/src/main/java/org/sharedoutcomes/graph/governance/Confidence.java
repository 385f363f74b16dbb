package org.sharedoutcomes.graph.governance;

import org.apiguardian.api.API;

/** How firmly the evidence supports a {@link GovernanceClassification}'s form. */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum Confidence {
  /** The deciding figure lies at least the margin away from its threshold. */
  HIGH,
  /** The deciding figure lies within the margin of its threshold: a small change flips it. */
  LOW,
  /** The form is UNDETERMINED. */
  NONE
}
