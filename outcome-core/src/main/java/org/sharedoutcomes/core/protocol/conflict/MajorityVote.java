package org.sharedoutcomes.core.protocol.conflict;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.protocol.Fraction;

/**
 * The {@value #ID} protocol: one proposal is put to a (possibly weighted) vote of the parties,
 * which closes at a closing time, or as soon as every party has voted.
 *
 * <ul>
 *   <li>A party makes the proposal (one per process); parties cast stances and may change
 *       them until the vote closes. {@link Stance#AGREE} is a yes, {@link Stance#DISAGREE} and
 *       {@link Stance#BLOCK} are a no, {@link Stance#ABSTAIN} counts only towards the quorum.
 *       Weights come from the setting (a party without one has weight one).
 *   <li>At closing (the {@code votingPeriod} after the conflict was raised): without a
 *       proposal, or if the weight of those who voted is below {@code quorum} times the total
 *       weight, the status quo stands ({@link DecisionBasis#DEFAULT}); if yes outweighs no the
 *       proposal is adopted, if no outweighs yes it is rejected ({@link DecisionBasis#VOTE});
 *       a tie follows the {@link TieRule}. With {@link TieRule#ARBITER} the setting's arbiter
 *       rules in a {@code tie-break} stage (an escalation) within {@code arbiterTimeBox}, after
 *       which the status quo stands.
 *   <li>Objections, escalations and recorded decisions (except the arbiter's in a tie-break)
 *       are rejected: the vote decides.
 * </ul>
 *
 * <p>Defaults: 14 days, quorum 1/2, ties reject, 7 days for the arbiter. Maximum duration: the
 * voting period, plus the arbiter's time box under {@link TieRule#ARBITER}. Immutable and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MajorityVote implements ConflictResolutionProtocol {
  /** This protocol's id: {@value}. */
  public static final String ID = "majority-vote";
  /** The voting stage: {@value}. */
  public static final String VOTING = "voting";
  /** The tie-break stage: {@value}. */
  public static final String TIE_BREAK = "tie-break";

  private final Duration votingPeriod;
  private final Fraction quorum;
  private final TieRule tieRule;
  private final Duration arbiterTimeBox;

  /** The defaults: 14 days, quorum 1/2, ties reject. */
  public MajorityVote() {
    this(Duration.ofDays(14), Fraction.of(1, 2), TieRule.REJECT, Duration.ofDays(7));
  }

  /**
   * A configured vote.
   *
   * @param votingPeriod from the conflict being raised to the closing time, positive
   * @param quorum the share of the total weight that must vote, 0 to 1
   * @param tieRule what a tie does
   * @param arbiterTimeBox how long the arbiter has after a tie, positive
   * @throws IllegalArgumentException if a value is out of range
   */
  public MajorityVote(Duration votingPeriod, Fraction quorum, TieRule tieRule,
      Duration arbiterTimeBox) {
    this.votingPeriod = Moves.positive(votingPeriod, ID + " voting period");
    Checks.notNull(quorum, ID + " quorum");
    if (quorum.signum() < 0 || quorum.compareTo(Fraction.ONE) > 0) {
      throw new IllegalArgumentException(ID + " quorum is " + quorum + "; it must be 0 to 1");
    }
    this.quorum = quorum;
    this.tieRule = Checks.notNull(tieRule, ID + " tie rule");
    this.arbiterTimeBox = Moves.positive(arbiterTimeBox, ID + " arbiter time box");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "majority vote closing after " + votingPeriod.toDays() + " days, quorum " + quorum
        + ", ties " + tieRule.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public Duration maximumDuration() {
    return tieRule == TieRule.ARBITER ? votingPeriod.plus(arbiterTimeBox) : votingPeriod;
  }

  @Override
  public ProcessState start(ConflictSetting setting) {
    if (tieRule == TieRule.ARBITER && setting.arbiter().isEmpty()) {
      throw new IllegalArgumentException("conflict '" + setting.conflict().id() + "': " + ID
          + " with tie rule ARBITER needs an arbiter in the setting");
    }
    return ProcessState.opened(VOTING, setting.conflict().raisedAt().plus(votingPeriod));
  }

  @Override
  public ProcessState apply(ConflictSetting setting, ProcessState s, ConflictEvent e) {
    boolean voting = s.stage().equals(VOTING);
    if (e instanceof ConflictEvent.ProposalMade && s.proposal().isPresent()) {
      throw Moves.reject(e, "a vote is already open on the proposal by '"
          + s.proposal().get().by() + "'; " + ID + " takes one proposal");
    }
    if (!voting && (e instanceof ConflictEvent.ProposalMade
        || e instanceof ConflictEvent.StanceCast)) {
      throw Moves.reject(e, "the vote has closed; the arbiter breaks the tie");
    }
    if (e instanceof ConflictEvent.ObjectionRaised) {
      throw Moves.reject(e, ID + " takes no objections; vote DISAGREE or BLOCK instead");
    }
    if (e instanceof ConflictEvent.Escalated) {
      throw Moves.reject(e, ID + " has no escalation; a tie goes to the arbiter only under the"
          + " ARBITER tie rule");
    }
    var common = Moves.common(s, e);
    if (common.isPresent()) {
      ProcessState next = common.get();
      if (e instanceof ConflictEvent.StanceCast && next.stances().keySet()
          .containsAll(setting.conflict().parties())) {
        return close(setting, next, e.at());
      }
      return next;
    }
    if (e instanceof ConflictEvent.DeadlinePassed) {
      Instant deadline = s.requireDeadline();
      return voting ? close(setting, s, deadline)
          : s.decided(Decision.statusQuo(deadline, s.stage()));
    }
    if (e instanceof ConflictEvent.DecisionRecorded d) {
      if (voting) {
        throw Moves.reject(e, "the vote decides at its closing time " + s.requireDeadline()
            + " or when every party has voted; nobody records a decision");
      }
      PartyId arbiter = setting.arbiter().orElseThrow();
      if (!d.by().equals(arbiter)) {
        throw Moves.reject(e, "only the arbiter '" + arbiter + "' breaks the tie");
      }
      return s.decided(Decision.ruling(d.decision(), d.by(), d.at(), s.stage()));
    }
    throw Moves.reject(e, ID + " does not handle " + e.kind().label());
  }

  private ProcessState close(ConflictSetting setting, ProcessState s, Instant at) {
    if (s.proposal().isEmpty()) {
      return s.decided(new Decision("no proposal was put to the vote: the status quo stands",
          DecisionBasis.DEFAULT, Optional.empty(), at, s.stage()));
    }
    Fraction total = Fraction.ZERO;
    Fraction voted = Fraction.ZERO;
    Fraction yes = Fraction.ZERO;
    Fraction no = Fraction.ZERO;
    for (PartyId p : setting.conflict().parties()) {
      Fraction w = setting.weight(p);
      total = total.plus(w);
      Stance st = s.stances().get(p);
      if (st == null) {
        continue;
      }
      voted = voted.plus(w);
      if (st == Stance.AGREE) {
        yes = yes.plus(w);
      } else if (st == Stance.DISAGREE || st == Stance.BLOCK) {
        no = no.plus(w);
      }
    }
    String proposal = s.proposal().get().text();
    String tally = " (yes " + yes + ", no " + no + ", voted " + voted + " of " + total + ")";
    if (voted.compareTo(total.times(quorum)) < 0 || voted.signum() == 0) {
      return s.decided(new Decision("quorum of " + quorum + " not reached" + tally
          + ": the status quo stands", DecisionBasis.DEFAULT, Optional.empty(), at, s.stage()));
    }
    int c = yes.compareTo(no);
    if (c == 0 && tieRule == TieRule.ARBITER) {
      return s.escalatedTo(TIE_BREAK, at.plus(arbiterTimeBox));
    }
    boolean adopted = c > 0 || (c == 0 && tieRule == TieRule.ADOPT);
    String text = (adopted ? "adopted: " : "rejected: ") + proposal + tally
        + (c == 0 ? ", a tie" : "");
    return s.decided(new Decision(text, DecisionBasis.VOTE, Optional.empty(), at, s.stage()));
  }
}
