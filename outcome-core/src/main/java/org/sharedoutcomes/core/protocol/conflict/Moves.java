package org.sharedoutcomes.core.protocol.conflict;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sharedoutcomes.core.PartyId;

/** Moves the built-in protocols share. Stateless. */
final class Moves {
  private Moves() {}

  static RejectedEventException reject(ConflictEvent e, String why) {
    return new RejectedEventException(e, why);
  }

  static Duration positive(Duration d, String what) {
    if (d == null) {
      throw new NullPointerException(what + " must not be null");
    }
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " is " + d + "; it must be positive");
    }
    return d;
  }

  /**
   * Position, proposal, stance and objection bookkeeping; withdrawal.
   *
   * @return the next state, or empty if the event is of another kind
   */
  static Optional<ProcessState> common(ProcessState s, ConflictEvent e) {
    if (e instanceof ConflictEvent.PositionStated p) {
      return Optional.of(s.withPosition(p.party(), p.position()));
    }
    if (e instanceof ConflictEvent.ProposalMade p) {
      return Optional.of(s.withProposal(new Proposal(p.party(), p.at(), p.proposal())));
    }
    if (e instanceof ConflictEvent.StanceCast c) {
      if (s.proposal().isEmpty()) {
        throw reject(e, "there is no proposal to take a stance on; make a proposal first");
      }
      return Optional.of(s.withStance(c.party(), c.stance()));
    }
    if (e instanceof ConflictEvent.ObjectionRaised o) {
      Proposal p = s.proposal().orElseThrow(
          () -> reject(e, "there is no proposal to object to; make a proposal first"));
      if (p.by().equals(o.party())) {
        throw reject(e, "'" + o.party() + "' made the proposal and cannot object to it");
      }
      return Optional.of(s.withObjection(o.party(), o.reason()));
    }
    if (e instanceof ConflictEvent.Withdrawn) {
      return Optional.of(s.withdrawn());
    }
    return Optional.empty();
  }

  /** The parties not agreeing with the current proposal (no stance, or not AGREE). */
  static List<PartyId> notAgreeing(ConflictSetting setting, ProcessState s) {
    List<PartyId> out = new ArrayList<>();
    for (PartyId p : setting.conflict().parties()) {
      if (s.stances().get(p) != Stance.AGREE) {
        out.add(p);
      }
    }
    return out;
  }

  /** Every party agrees with the current proposal. */
  static boolean allAgree(ConflictSetting setting, ProcessState s) {
    return s.proposal().isPresent() && notAgreeing(setting, s).isEmpty();
  }

  /** A decision the parties agreed on, recorded by someone. */
  static Decision agreement(ConflictEvent.DecisionRecorded d, ProcessState s) {
    return new Decision(d.decision(), DecisionBasis.AGREEMENT, Optional.of(d.by()), d.at(),
        s.stage());
  }
}
