package org.sharedoutcomes.core.protocol.conflict;

import java.time.Duration;
import java.time.Instant;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.PartyId;

/**
 * The {@value #ID} protocol: a neutral arbiter decides after hearing the parties.
 *
 * <ul>
 *   <li><b>hearing</b> (default 14 days): parties state positions (and may propose, take stances
 *       or object). The arbiter may rule once every party has been heard; the parties may also
 *       settle, recording a decision when every party agrees with a proposal
 *       ({@link DecisionBasis#AGREEMENT}).
 *   <li><b>award</b> (default 14 days after the hearing): the arbiter rules
 *       ({@link DecisionBasis#RULING}); if it does not, the status quo stands.
 *   <li>Escalations are rejected: the award is final.
 * </ul>
 *
 * <p>The setting must name an arbiter who is neither a party nor part of the centre (the centre
 * decides only after escalation; use {@code negotiate-then-escalate} to reach it). Maximum
 * duration: both time boxes. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Arbitration implements ConflictResolutionProtocol {
  /** This protocol's id: {@value}. */
  public static final String ID = "arbitration";
  /** Stage: {@value}. */
  public static final String HEARING = "hearing";
  /** Stage: {@value}. */
  public static final String AWARD = "award";

  private final Duration hearing;
  private final Duration award;

  /** Default time boxes: 14 and 14 days. */
  public Arbitration() {
    this(Duration.ofDays(14), Duration.ofDays(14));
  }

  /**
   * Configured time boxes.
   *
   * @param hearing the hearing, positive
   * @param award the time the arbiter has after the hearing, positive
   */
  public Arbitration(Duration hearing, Duration award) {
    this.hearing = Moves.positive(hearing, ID + " hearing");
    this.award = Moves.positive(award, ID + " award");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "a neutral arbiter decides after hearing the parties";
  }

  @Override
  public Duration maximumDuration() {
    return hearing.plus(award);
  }

  @Override
  public ProcessState start(ConflictSetting setting) {
    String where = "conflict '" + setting.conflict().id() + "': " + ID;
    PartyId arbiter = setting.arbiter().orElseThrow(
        () -> new IllegalArgumentException(where + " needs an arbiter in the setting"));
    if (setting.isCentre(arbiter)) {
      throw new IllegalArgumentException(where + ": the arbiter '" + arbiter
          + "' belongs to the centre, which may decide only after escalation");
    }
    return ProcessState.opened(HEARING, setting.conflict().raisedAt().plus(hearing));
  }

  @Override
  public ProcessState apply(ConflictSetting setting, ProcessState s, ConflictEvent e) {
    if (e instanceof ConflictEvent.Escalated) {
      throw Moves.reject(e, "the arbiter's award is final; " + ID + " has no escalation");
    }
    var common = Moves.common(s, e);
    if (common.isPresent()) {
      return common.get();
    }
    PartyId arbiter = setting.arbiter().orElseThrow();
    if (e instanceof ConflictEvent.DecisionRecorded d) {
      if (d.by().equals(arbiter)) {
        return s.decided(Decision.ruling(d.decision(), arbiter, d.at(), s.stage()));
      }
      if (Moves.allAgree(setting, s)) {
        return s.decided(Moves.agreement(d, s));
      }
      throw Moves.reject(e, "only the arbiter '" + arbiter + "' decides, unless every party"
          + " agrees with a proposal (" + Moves.notAgreeing(setting, s) + " do not)");
    }
    if (e instanceof ConflictEvent.DeadlinePassed) {
      Instant deadline = s.requireDeadline();
      if (s.stage().equals(HEARING)) {
        return s.inStage(AWARD, deadline.plus(award));
      }
      return s.decided(Decision.statusQuo(deadline, s.stage()));
    }
    throw Moves.reject(e, ID + " does not handle " + e.kind().label());
  }
}
