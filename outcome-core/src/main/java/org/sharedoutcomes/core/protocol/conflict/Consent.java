package org.sharedoutcomes.core.protocol.conflict;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.PartyId;

/**
 * The {@value #ID} protocol: a proposal passes unless a reasoned objection stands.
 *
 * <ul>
 *   <li>Parties state positions and make proposals; a new (amended) proposal replaces the old
 *       one and the objections to it lapse.
 *   <li>Any party but the proposer may raise a reasoned objection, or cast
 *       {@link Stance#BLOCK} with a reason, which counts as one. Casting any other stance
 *       withdraws the party's objection.
 *   <li>Anyone may record the decision ({@link DecisionBasis#CONSENT}) once a proposal is on
 *       the table, no objection stands, and every other party has cast a stance on it.
 *   <li>When the time box ends, a proposal with no standing objection passes
 *       ({@link DecisionBasis#CONSENT}); otherwise the status quo stands.
 *   <li>Escalations are rejected.
 * </ul>
 *
 * <p>Default time box: 14 days, which is also the maximum duration. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Consent implements ConflictResolutionProtocol {
  /** This protocol's id: {@value}. */
  public static final String ID = "consent";
  /** Its one stage: {@value}. */
  public static final String ROUND = "consent round";

  private final Duration timeBox;

  /** A 14-day time box. */
  public Consent() {
    this(Duration.ofDays(14));
  }

  /**
   * A configured time box.
   *
   * @param timeBox the time box, positive
   */
  public Consent(Duration timeBox) {
    this.timeBox = Moves.positive(timeBox, ID + " time box");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "consent within " + timeBox.toDays() + " days: passes unless a reasoned objection"
        + " stands";
  }

  @Override
  public Duration maximumDuration() {
    return timeBox;
  }

  @Override
  public ProcessState start(ConflictSetting setting) {
    return ProcessState.opened(ROUND, setting.conflict().raisedAt().plus(timeBox));
  }

  @Override
  public ProcessState apply(ConflictSetting setting, ProcessState s, ConflictEvent e) {
    if (e instanceof ConflictEvent.Escalated) {
      throw Moves.reject(e, ID + " has no escalation");
    }
    if (e instanceof ConflictEvent.StanceCast c) {
      Proposal p = s.proposal().orElseThrow(() -> Moves.reject(e,
          "there is no proposal to take a stance on; make a proposal first"));
      if (c.stance() == Stance.BLOCK) {
        if (p.by().equals(c.party())) {
          throw Moves.reject(e, "'" + c.party() + "' made the proposal and cannot block it");
        }
        return s.withStance(c.party(), c.stance()).withObjection(c.party(), c.reason());
      }
      return s.withStance(c.party(), c.stance()).withoutObjection(c.party());
    }
    var common = Moves.common(s, e);
    if (common.isPresent()) {
      return common.get();
    }
    if (e instanceof ConflictEvent.DecisionRecorded d) {
      Proposal p = s.proposal().orElseThrow(() -> Moves.reject(e, "no proposal is on the table"));
      if (!s.objections().isEmpty()) {
        throw Moves.reject(e, "objections by " + s.objections().keySet()
            + " stand; amend the proposal or wait for them to be withdrawn");
      }
      List<PartyId> silent = new ArrayList<>();
      for (PartyId party : setting.conflict().parties()) {
        if (!party.equals(p.by()) && !s.stances().containsKey(party)) {
          silent.add(party);
        }
      }
      if (!silent.isEmpty()) {
        throw Moves.reject(e, silent + " have not responded to the proposal yet; wait for them"
            + " or for the deadline " + s.requireDeadline());
      }
      return s.decided(new Decision(d.decision(), DecisionBasis.CONSENT, Optional.of(d.by()),
          d.at(), s.stage()));
    }
    if (e instanceof ConflictEvent.DeadlinePassed) {
      Instant deadline = s.requireDeadline();
      if (s.proposal().isPresent() && s.objections().isEmpty()) {
        return s.decided(new Decision(s.proposal().get().text(), DecisionBasis.CONSENT,
            Optional.empty(), deadline, s.stage()));
      }
      return s.decided(Decision.statusQuo(deadline, s.stage()));
    }
    throw Moves.reject(e, ID + " does not handle " + e.kind().label());
  }
}
