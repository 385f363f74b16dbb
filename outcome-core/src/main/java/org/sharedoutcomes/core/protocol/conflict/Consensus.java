package org.sharedoutcomes.core.protocol.conflict;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.PartyId;

/**
 * The {@value #ID} protocol: a proposal passes only if everyone agrees; a block stops it.
 *
 * <ul>
 *   <li>Parties state positions, make proposals (a new proposal replaces the old one and its
 *       stances lapse) and cast stances, which they may change.
 *   <li>Consensus holds when every party has cast a stance on the proposal, none disagrees or
 *       blocks, and at least one agrees (abstaining is standing aside). Then anyone may record
 *       the decision ({@link DecisionBasis#AGREEMENT}); otherwise a recorded decision is
 *       rejected, naming who stands in the way.
 *   <li>When the time box ends, the proposal passes if consensus holds; otherwise the status
 *       quo stands ({@link DecisionBasis#DEFAULT}).
 *   <li>Objections and escalations are rejected (block instead).
 * </ul>
 *
 * <p>Default time box: 21 days, which is also the maximum duration. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Consensus implements ConflictResolutionProtocol {
  /** This protocol's id: {@value}. */
  public static final String ID = "consensus";
  /** Its one stage: {@value}. */
  public static final String DELIBERATION = "deliberation";

  private final Duration timeBox;

  /** A 21-day time box. */
  public Consensus() {
    this(Duration.ofDays(21));
  }

  /**
   * A configured time box.
   *
   * @param timeBox the time box, positive
   */
  public Consensus(Duration timeBox) {
    this.timeBox = Moves.positive(timeBox, ID + " time box");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "consensus within " + timeBox.toDays() + " days; a block stops a proposal";
  }

  @Override
  public Duration maximumDuration() {
    return timeBox;
  }

  @Override
  public ProcessState start(ConflictSetting setting) {
    return ProcessState.opened(DELIBERATION, setting.conflict().raisedAt().plus(timeBox));
  }

  @Override
  public ProcessState apply(ConflictSetting setting, ProcessState s, ConflictEvent e) {
    if (e instanceof ConflictEvent.ObjectionRaised) {
      throw Moves.reject(e, ID + " takes stances, not objections; BLOCK to stop the proposal");
    }
    if (e instanceof ConflictEvent.Escalated) {
      throw Moves.reject(e, ID + " has no escalation");
    }
    var common = Moves.common(s, e);
    if (common.isPresent()) {
      return common.get();
    }
    if (e instanceof ConflictEvent.DecisionRecorded d) {
      List<String> obstacles = obstacles(setting, s);
      if (!obstacles.isEmpty()) {
        throw Moves.reject(e, "there is no consensus: " + String.join("; ", obstacles));
      }
      return s.decided(Moves.agreement(d, s));
    }
    if (e instanceof ConflictEvent.DeadlinePassed) {
      Instant deadline = s.requireDeadline();
      if (obstacles(setting, s).isEmpty()) {
        return s.decided(new Decision(s.proposal().orElseThrow().text(),
            DecisionBasis.AGREEMENT, Optional.empty(), deadline, s.stage()));
      }
      return s.decided(Decision.statusQuo(deadline, s.stage()));
    }
    throw Moves.reject(e, ID + " does not handle " + e.kind().label());
  }

  private static List<String> obstacles(ConflictSetting setting, ProcessState s) {
    List<String> out = new ArrayList<>();
    if (s.proposal().isEmpty()) {
      out.add("no proposal is on the table");
      return out;
    }
    List<PartyId> silent = new ArrayList<>();
    List<PartyId> against = new ArrayList<>();
    boolean anyAgree = false;
    for (PartyId p : setting.conflict().parties()) {
      Stance st = s.stances().get(p);
      if (st == null) {
        silent.add(p);
      } else if (st == Stance.DISAGREE || st == Stance.BLOCK) {
        against.add(p);
      } else if (st == Stance.AGREE) {
        anyAgree = true;
      }
    }
    if (!silent.isEmpty()) {
      out.add(silent + " have cast no stance");
    }
    if (!against.isEmpty()) {
      out.add(against + " disagree or block");
    }
    if (silent.isEmpty() && against.isEmpty() && !anyAgree) {
      out.add("everyone abstained");
    }
    return out;
  }
}
