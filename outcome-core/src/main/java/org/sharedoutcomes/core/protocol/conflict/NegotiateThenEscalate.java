package org.sharedoutcomes.core.protocol.conflict;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.internal.Checks;

/**
 * The {@value #ID} protocol: the parties negotiate within a time box; if they do not agree, the
 * conflict climbs an escalation ladder of named levels, each with its own time box (by default
 * directors 10 days, deputy heads 10 days, the delivery unit 10 days, a cabinet committee 20
 * days, after 30 days of negotiation).
 *
 * <ul>
 *   <li><b>negotiation</b>: positions, proposals, stances and objections are recorded. A
 *       decision is recorded only when every party agrees with the proposal on the table
 *       ({@link DecisionBasis#AGREEMENT}). Any party may escalate at any time.
 *   <li><b>each level</b> (stage named after it): the parties may still agree; otherwise the
 *       level's holder rules ({@link DecisionBasis#RULING}). The holder must not be a party; at
 *       a centre level the holder must belong to the centre (if the setting names one), at
 *       other levels it must not. A party may escalate to the next level.
 *   <li><b>deadlines</b>: when a time box ends the conflict moves up one level automatically;
 *       when the last level's time box ends the status quo stands ({@link DecisionBasis#DEFAULT}).
 * </ul>
 *
 * <p>Maximum duration: the negotiation time box plus every level's. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NegotiateThenEscalate implements ConflictResolutionProtocol {
  /** This protocol's id: {@value}. */
  public static final String ID = "negotiate-then-escalate";
  /** The first stage's name: {@value}. */
  public static final String NEGOTIATION = "negotiation";

  private final Duration negotiation;
  private final List<EscalationLevel> ladder;
  private final Duration maximum;

  /** The default ladder (see the type's description). */
  public NegotiateThenEscalate() {
    this(Duration.ofDays(30), List.of(
        EscalationLevel.of("directors", Duration.ofDays(10)),
        EscalationLevel.of("deputy heads", Duration.ofDays(10)),
        EscalationLevel.centre("delivery unit", Duration.ofDays(10)),
        EscalationLevel.of("cabinet committee", Duration.ofDays(20))));
  }

  /**
   * A configured ladder.
   *
   * @param negotiation the negotiation time box, positive
   * @param ladder the levels, at least one, with distinct names other than
   *     {@value #NEGOTIATION}
   * @throws IllegalArgumentException if the ladder is empty or names repeat
   */
  public NegotiateThenEscalate(Duration negotiation, List<EscalationLevel> ladder) {
    this.negotiation = Moves.positive(negotiation, ID + " negotiation time box");
    this.ladder = Checks.list(ladder, ID + " ladder");
    if (ladder.isEmpty()) {
      throw new IllegalArgumentException(ID + " needs at least one escalation level");
    }
    Duration max = negotiation;
    java.util.Set<String> names = new java.util.HashSet<>();
    names.add(NEGOTIATION);
    for (EscalationLevel l : ladder) {
      if (!names.add(l.name())) {
        throw new IllegalArgumentException(ID + " ladder names stage '" + l.name() + "' twice");
      }
      max = max.plus(l.timeBox());
    }
    this.maximum = max;
  }

  /**
   * The escalation ladder.
   *
   * @return the levels, lowest first
   */
  public List<EscalationLevel> ladder() {
    return ladder;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "negotiation for " + negotiation.toDays() + " days, then escalation through "
        + ladder.stream().map(EscalationLevel::name).toList();
  }

  @Override
  public Duration maximumDuration() {
    return maximum;
  }

  @Override
  public ProcessState start(ConflictSetting setting) {
    return ProcessState.opened(NEGOTIATION, setting.conflict().raisedAt().plus(negotiation));
  }

  @Override
  public ProcessState apply(ConflictSetting setting, ProcessState s, ConflictEvent e) {
    var common = Moves.common(s, e);
    if (common.isPresent()) {
      return common.get();
    }
    int level = s.escalationLevel();
    if (e instanceof ConflictEvent.Escalated) {
      if (level >= ladder.size()) {
        throw Moves.reject(e, "the conflict is already at the last level '"
            + ladder.get(ladder.size() - 1).name() + "'");
      }
      EscalationLevel next = ladder.get(level);
      return s.escalatedTo(next.name(), e.at().plus(next.timeBox()));
    }
    if (e instanceof ConflictEvent.DeadlinePassed) {
      Instant deadline = s.requireDeadline();
      if (level >= ladder.size()) {
        return s.decided(Decision.statusQuo(deadline, s.stage()));
      }
      EscalationLevel next = ladder.get(level);
      return s.escalatedTo(next.name(), deadline.plus(next.timeBox()));
    }
    if (e instanceof ConflictEvent.DecisionRecorded d) {
      if (Moves.allAgree(setting, s)) {
        return s.decided(Moves.agreement(d, s));
      }
      if (level == 0) {
        throw Moves.reject(e, "during negotiation only an agreement of every party decides, and "
            + Moves.notAgreeing(setting, s) + " do not agree with "
            + (s.proposal().isPresent() ? "the proposal" : "any proposal (none is on the table)")
            + "; escalate to have the conflict decided");
      }
      EscalationLevel current = ladder.get(level - 1);
      PartyId by = d.by();
      if (setting.isParty(by)) {
        throw Moves.reject(e, "'" + by + "' is a party and cannot decide its own case at level '"
            + current.name() + "'");
      }
      if (current.centre() && !setting.centre().isEmpty() && !setting.isCentre(by)) {
        throw Moves.reject(e, "level '" + current.name() + "' is decided by the centre "
            + setting.centre() + ", not '" + by + "'");
      }
      if (!current.centre() && setting.isCentre(by)) {
        throw Moves.reject(e, "'" + by + "' belongs to the centre, which does not decide at level '"
            + current.name() + "'");
      }
      return s.decided(Decision.ruling(d.decision(), by, d.at(), s.stage()));
    }
    throw Moves.reject(e, ID + " does not handle " + e.kind().label());
  }
}
