package org.sharedoutcomes.core.protocol.conflict;

import java.time.Duration;
import java.time.Instant;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.PartyId;

/**
 * The {@value #ID} protocol: the lead agency decides after every party has been heard, and any
 * other party may appeal once to a named arbiter.
 *
 * <ul>
 *   <li><b>hearing</b> (default 7 days): parties state positions (and may propose, take stances
 *       or object). The lead may decide once every party has been heard.
 *   <li><b>lead decision</b> (default 7 days after the hearing): the lead decides; if it does
 *       not, the conflict goes to the arbiter as if appealed.
 *   <li><b>appeal window</b> (default 5 days from the lead's decision): another party may appeal
 *       (an {@link ConflictEvent.Escalated} event); if none does, the lead's decision becomes
 *       final ({@link DecisionBasis#RULING} by the lead, at the end of the window).
 *   <li><b>appeal</b> (default 10 days): the arbiter rules; if it does not, the lead's decision
 *       stands (or, if there was none, the status quo).
 * </ul>
 *
 * <p>The setting must name a lead (a party, not in the centre) and an arbiter (not a party).
 * This is the one built-in protocol where a party rules on its own case, which is why the
 * appeal exists ({@link #letsPartyRuleSubjectToAppeal()}). Maximum duration: the sum of the four
 * time boxes. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LeadDecides implements ConflictResolutionProtocol {
  /** This protocol's id: {@value}. */
  public static final String ID = "lead-decides";
  /** Stage: {@value}. */
  public static final String HEARING = "hearing";
  /** Stage: {@value}. */
  public static final String LEAD_DECISION = "lead decision";
  /** Stage: {@value}. */
  public static final String APPEAL_WINDOW = "appeal window";
  /** Stage: {@value}. */
  public static final String APPEAL = "appeal";

  private final Duration hearing;
  private final Duration leadDecision;
  private final Duration appealWindow;
  private final Duration appeal;

  /** Default time boxes: 7, 7, 5 and 10 days. */
  public LeadDecides() {
    this(Duration.ofDays(7), Duration.ofDays(7), Duration.ofDays(5), Duration.ofDays(10));
  }

  /**
   * Configured time boxes.
   *
   * @param hearing the hearing, positive
   * @param leadDecision the time the lead has after the hearing, positive
   * @param appealWindow the time to appeal after the lead's decision, positive
   * @param appeal the time the arbiter has, positive
   */
  public LeadDecides(Duration hearing, Duration leadDecision, Duration appealWindow,
      Duration appeal) {
    this.hearing = Moves.positive(hearing, ID + " hearing");
    this.leadDecision = Moves.positive(leadDecision, ID + " lead decision");
    this.appealWindow = Moves.positive(appealWindow, ID + " appeal window");
    this.appeal = Moves.positive(appeal, ID + " appeal");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "the lead decides after hearing every party; one appeal to an arbiter";
  }

  @Override
  public Duration maximumDuration() {
    return hearing.plus(leadDecision).plus(appealWindow).plus(appeal);
  }

  @Override
  public boolean letsPartyRuleSubjectToAppeal() {
    return true;
  }

  @Override
  public ProcessState start(ConflictSetting setting) {
    String where = "conflict '" + setting.conflict().id() + "': " + ID;
    PartyId lead = setting.lead().orElseThrow(
        () -> new IllegalArgumentException(where + " needs a lead in the setting"));
    if (setting.isCentre(lead)) {
      throw new IllegalArgumentException(where + ": the lead '" + lead
          + "' belongs to the centre, which may decide only after escalation");
    }
    if (setting.arbiter().isEmpty()) {
      throw new IllegalArgumentException(where + " needs an arbiter for the appeal");
    }
    return ProcessState.opened(HEARING, setting.conflict().raisedAt().plus(hearing));
  }

  @Override
  public ProcessState apply(ConflictSetting setting, ProcessState s, ConflictEvent e) {
    PartyId lead = setting.lead().orElseThrow();
    PartyId arbiter = setting.arbiter().orElseThrow();
    String stage = s.stage();
    var common = Moves.common(s, e);
    if (common.isPresent()) {
      return common.get();
    }
    if (e instanceof ConflictEvent.DecisionRecorded d) {
      if (stage.equals(HEARING) || stage.equals(LEAD_DECISION)) {
        if (!d.by().equals(lead)) {
          throw Moves.reject(e, "only the lead '" + lead + "' decides under " + ID);
        }
        return s.withProvisionalDecision(Decision.ruling(d.decision(), lead, d.at(), stage))
            .inStage(APPEAL_WINDOW, d.at().plus(appealWindow));
      }
      if (stage.equals(APPEAL)) {
        if (!d.by().equals(arbiter)) {
          throw Moves.reject(e, "only the arbiter '" + arbiter + "' decides the appeal");
        }
        return s.decided(Decision.ruling(d.decision(), arbiter, d.at(), stage));
      }
      throw Moves.reject(e, "the lead has decided; the decision stands unless another party"
          + " appeals before " + s.requireDeadline());
    }
    if (e instanceof ConflictEvent.Escalated x) {
      if (!stage.equals(APPEAL_WINDOW)) {
        throw Moves.reject(e, stage.equals(APPEAL) ? "the one appeal has been made"
            : "there is no decision to appeal yet");
      }
      if (x.party().equals(lead)) {
        throw Moves.reject(e, "the lead '" + lead + "' cannot appeal its own decision");
      }
      return s.escalatedTo(APPEAL, e.at().plus(appeal));
    }
    if (e instanceof ConflictEvent.DeadlinePassed) {
      Instant deadline = s.requireDeadline();
      switch (stage) {
        case HEARING:
          return s.inStage(LEAD_DECISION, deadline.plus(leadDecision));
        case LEAD_DECISION:
          return s.escalatedTo(APPEAL, deadline.plus(appeal));
        case APPEAL_WINDOW:
          Decision provisional = s.decision().orElseThrow();
          return s.decided(Decision.ruling(provisional.text(), lead, deadline, stage));
        default:
          if (s.decision().isPresent()) {
            return s.decided(Decision.ruling(s.decision().get().text(), lead, deadline, stage));
          }
          return s.decided(Decision.statusQuo(deadline, stage));
      }
    }
    throw Moves.reject(e, ID + " does not handle " + e.kind().label());
  }
}
