package org.sharedoutcomes.core.protocol.conflict;

import org.apiguardian.api.API;

/** A party's stance on a proposal (Loomio's options). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Stance {
  /** Supports the proposal (a yes vote). */
  AGREE,
  /** Stands aside: neither for nor against, but counted as having voted. */
  ABSTAIN,
  /** Opposes the proposal (a no vote). */
  DISAGREE,
  /** Opposes it so strongly that it must not pass (stops consensus; an objection in consent). */
  BLOCK
}
