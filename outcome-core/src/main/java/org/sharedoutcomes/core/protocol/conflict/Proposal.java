package org.sharedoutcomes.core.protocol.conflict;

import java.time.Instant;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.internal.Checks;

/**
 * A proposal on the table. Immutable and thread-safe.
 *
 * @param by who proposed it
 * @param at when
 * @param text the proposal, not blank
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Proposal(PartyId by, Instant at, String text) {
  /** Checks the fields. */
  public Proposal {
    Checks.notNull(by, "proposal by");
    Checks.notNull(at, "proposal at");
    Checks.text(text, "proposal text");
  }
}
