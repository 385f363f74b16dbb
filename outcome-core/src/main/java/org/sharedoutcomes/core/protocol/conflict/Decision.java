package org.sharedoutcomes.core.protocol.conflict;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.internal.Checks;

/**
 * The decision that resolves a conflict. Immutable and thread-safe.
 *
 * @param text what was decided, not blank
 * @param basis on what grounds
 * @param decidedBy who recorded or ruled it; empty for decisions the protocol reached by itself
 *     (a vote tally at closing time, a default when time ran out)
 * @param at when it was reached
 * @param stage the stage of the process in which it was reached
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Decision(
    String text, DecisionBasis basis, Optional<PartyId> decidedBy, Instant at, String stage) {

  /** The text of a default decision. */
  public static final String STATUS_QUO = "no decision within the time box: the status quo stands";

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the text or stage is blank, or a ruling has no decider
   */
  public Decision {
    Checks.text(text, "decision text");
    Checks.notNull(basis, "decision basis");
    Checks.optional(decidedBy, "decision decidedBy");
    Checks.notNull(at, "decision at");
    Checks.text(stage, "decision stage");
    if (basis.isRuling() && decidedBy.isEmpty()) {
      throw new IllegalArgumentException("a ruling must name who decided: " + text);
    }
  }

  /**
   * A ruling by one decider.
   *
   * @param text what was decided
   * @param by who ruled
   * @param at when
   * @param stage in which stage
   * @return the decision
   */
  public static Decision ruling(String text, PartyId by, Instant at, String stage) {
    return new Decision(text, DecisionBasis.RULING, Optional.of(by), at, stage);
  }

  /**
   * The default decision when time ran out.
   *
   * @param at when the last time box ended
   * @param stage the stage whose time box ended
   * @return the decision
   */
  public static Decision statusQuo(Instant at, String stage) {
    return new Decision(STATUS_QUO, DecisionBasis.DEFAULT, Optional.empty(), at, stage);
  }
}
