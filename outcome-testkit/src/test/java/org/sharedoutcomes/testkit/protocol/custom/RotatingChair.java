package org.sharedoutcomes.testkit.protocol.custom;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.protocol.conflict.ConflictEvent;
import org.sharedoutcomes.core.protocol.conflict.ConflictResolutionProtocol;
import org.sharedoutcomes.core.protocol.conflict.ConflictSetting;
import org.sharedoutcomes.core.protocol.conflict.Decision;
import org.sharedoutcomes.core.protocol.conflict.DecisionBasis;
import org.sharedoutcomes.core.protocol.conflict.ProcessState;
import org.sharedoutcomes.core.protocol.conflict.Proposal;
import org.sharedoutcomes.core.protocol.conflict.RejectedEventException;
import org.sharedoutcomes.core.protocol.conflict.Stance;

/**
 * An integrator's protocol, found only through ServiceLoader: the chair rotates among the
 * parties (in id order), one round of 7 days each, at most 3 rounds. Only the round's chair
 * proposes; the decision is recorded by the chair when a majority of the other parties agree
 * with its proposal. When the third round ends, the status quo stands.
 */
public final class RotatingChair implements ConflictResolutionProtocol {
  static final Duration ROUND = Duration.ofDays(7);
  static final int ROUNDS = 3;

  /** The ServiceLoader constructor. */
  public RotatingChair() {}

  @Override
  public String id() {
    return "rotating-chair";
  }

  @Override
  public Duration maximumDuration() {
    return ROUND.multipliedBy(ROUNDS);
  }

  @Override
  public ProcessState start(ConflictSetting setting) {
    return ProcessState.opened("round 1", setting.conflict().raisedAt().plus(ROUND))
        .withData("round", "0");
  }

  private static PartyId chair(ConflictSetting setting, int round) {
    List<PartyId> parties = new ArrayList<>(setting.conflict().parties());
    return parties.get(round % parties.size());
  }

  @Override
  public ProcessState apply(ConflictSetting setting, ProcessState s, ConflictEvent e) {
    int round = Integer.parseInt(s.data().get("round"));
    PartyId chair = chair(setting, round);
    if (e instanceof ConflictEvent.PositionStated p) {
      return s.withPosition(p.party(), p.position());
    }
    if (e instanceof ConflictEvent.ProposalMade p) {
      if (!p.party().equals(chair)) {
        throw new RejectedEventException(e, "only this round's chair '" + chair + "' proposes");
      }
      return s.withProposal(new Proposal(p.party(), p.at(), p.proposal()));
    }
    if (e instanceof ConflictEvent.StanceCast c) {
      if (s.proposal().isEmpty()) {
        throw new RejectedEventException(e, "no proposal from the chair yet");
      }
      return s.withStance(c.party(), c.stance());
    }
    if (e instanceof ConflictEvent.Withdrawn) {
      return s.withdrawn();
    }
    if (e instanceof ConflictEvent.DecisionRecorded d) {
      if (!d.by().equals(chair)) {
        throw new RejectedEventException(e, "only the chair '" + chair + "' records decisions");
      }
      if (s.proposal().isEmpty()) {
        throw new RejectedEventException(e, "the chair has made no proposal");
      }
      int others = setting.conflict().parties().size() - 1;
      long agree = s.stances().entrySet().stream()
          .filter(x -> !x.getKey().equals(chair) && x.getValue() == Stance.AGREE).count();
      if (2 * agree <= others) {
        throw new RejectedEventException(e, "only " + agree + " of " + others
            + " other parties agree; a majority is needed");
      }
      return s.decided(new Decision(s.proposal().get().text(), DecisionBasis.AGREEMENT,
          Optional.of(chair), d.at(), s.stage()));
    }
    if (e instanceof ConflictEvent.DeadlinePassed) {
      Instant deadline = s.requireDeadline();
      if (round + 1 >= ROUNDS) {
        return s.decided(Decision.statusQuo(deadline, s.stage()));
      }
      return s.withoutProposal().inStage("round " + (round + 2), deadline.plus(ROUND))
          .withData("round", Integer.toString(round + 1));
    }
    throw new RejectedEventException(e, "rotating-chair does not take " + e.kind().label());
  }
}
