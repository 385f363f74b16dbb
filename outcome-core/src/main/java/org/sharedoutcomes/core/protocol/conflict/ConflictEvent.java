package org.sharedoutcomes.core.protocol.conflict;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.internal.Checks;

/**
 * Something that happens in the resolution of a conflict, at a time: the events that drive a
 * {@link ConflictResolutionProtocol}'s state machine. Immutable and thread-safe.
 *
 * <pre>{@code
 * process = process
 *     .apply(ConflictEvent.position(esdc, t1, "ESDC should run the counter"))
 *     .apply(ConflictEvent.proposal(cra, t2, "joint counter, ESDC staff"))
 *     .apply(ConflictEvent.stance(esdc, t3, Stance.AGREE, ""));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface ConflictEvent {

  /**
   * When it happened.
   *
   * @return the time
   */
  Instant at();

  /**
   * Who acted, if anyone (a deadline passing has no actor).
   *
   * @return the actor
   */
  Optional<PartyId> actor();

  /**
   * The kind of event.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * A short description for messages and reports.
   *
   * @return for example {@code "StanceCast by 'cra' at 2026-01-02T00:00:00Z"}
   */
  default String describe() {
    return kind().label + actor().map(a -> " by '" + a + "'").orElse("") + " at " + at();
  }

  /** The kinds of event. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  enum Kind {
    /** {@link PositionStated}. */
    POSITION_STATED("position stated"),
    /** {@link ProposalMade}. */
    PROPOSAL_MADE("proposal made"),
    /** {@link StanceCast}. */
    STANCE_CAST("stance cast"),
    /** {@link ObjectionRaised}. */
    OBJECTION_RAISED("objection raised"),
    /** {@link DeadlinePassed}. */
    DEADLINE_PASSED("deadline passed"),
    /** {@link Escalated}. */
    ESCALATED("escalated"),
    /** {@link DecisionRecorded}. */
    DECISION_RECORDED("decision recorded"),
    /** {@link Withdrawn}. */
    WITHDRAWN("withdrawn");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /**
     * The kind in words.
     *
     * @return for example {@code "stance cast"}
     */
    public String label() {
      return label;
    }
  }

  /**
   * A party stated its position.
   *
   * @param party the party
   * @param at when
   * @param position the position, not blank
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record PositionStated(PartyId party, Instant at, String position) implements ConflictEvent {
    /** Checks the fields. */
    public PositionStated {
      Checks.notNull(party, "position party");
      Checks.notNull(at, "position at");
      Checks.text(position, "position of '" + party + "'");
    }

    @Override
    public Optional<PartyId> actor() {
      return Optional.of(party);
    }

    @Override
    public Kind kind() {
      return Kind.POSITION_STATED;
    }
  }

  /**
   * A party made a proposal (replacing any earlier one; stances and objections on the earlier
   * proposal lapse).
   *
   * @param party the proposer
   * @param at when
   * @param proposal the proposal, not blank
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record ProposalMade(PartyId party, Instant at, String proposal) implements ConflictEvent {
    /** Checks the fields. */
    public ProposalMade {
      Checks.notNull(party, "proposal party");
      Checks.notNull(at, "proposal at");
      Checks.text(proposal, "proposal of '" + party + "'");
    }

    @Override
    public Optional<PartyId> actor() {
      return Optional.of(party);
    }

    @Override
    public Kind kind() {
      return Kind.PROPOSAL_MADE;
    }
  }

  /**
   * A party cast a stance on the current proposal (replacing its earlier stance).
   *
   * @param party the party
   * @param at when
   * @param stance the stance
   * @param reason why, possibly empty; required (not blank) for {@link Stance#BLOCK}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record StanceCast(PartyId party, Instant at, Stance stance, String reason)
      implements ConflictEvent {
    /** Checks the fields. */
    public StanceCast {
      Checks.notNull(party, "stance party");
      Checks.notNull(at, "stance at");
      Checks.notNull(stance, "stance of '" + party + "'");
      Checks.notNull(reason, "stance reason of '" + party + "'");
      if (stance == Stance.BLOCK && reason.isBlank()) {
        throw new IllegalArgumentException(
            "a BLOCK by '" + party + "' must give a reason (reason is blank)");
      }
    }

    @Override
    public Optional<PartyId> actor() {
      return Optional.of(party);
    }

    @Override
    public Kind kind() {
      return Kind.STANCE_CAST;
    }
  }

  /**
   * A party raised a reasoned objection to the current proposal.
   *
   * @param party the party
   * @param at when
   * @param reason the reason, not blank
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record ObjectionRaised(PartyId party, Instant at, String reason) implements ConflictEvent {
    /** Checks the fields. */
    public ObjectionRaised {
      Checks.notNull(party, "objection party");
      Checks.notNull(at, "objection at");
      Checks.text(reason, "objection reason of '" + party + "'");
    }

    @Override
    public Optional<PartyId> actor() {
      return Optional.of(party);
    }

    @Override
    public Kind kind() {
      return Kind.OBJECTION_RAISED;
    }
  }

  /**
   * The current deadline passed (recorded at or after it).
   *
   * @param at when it was recorded
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record DeadlinePassed(Instant at) implements ConflictEvent {
    /** Checks the field. */
    public DeadlinePassed {
      Checks.notNull(at, "deadline at");
    }

    @Override
    public Optional<PartyId> actor() {
      return Optional.empty();
    }

    @Override
    public Kind kind() {
      return Kind.DEADLINE_PASSED;
    }
  }

  /**
   * A party escalated the conflict (or appealed a decision) to the next level.
   *
   * @param party who escalated
   * @param at when
   * @param reason why, possibly empty
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Escalated(PartyId party, Instant at, String reason) implements ConflictEvent {
    /** Checks the fields. */
    public Escalated {
      Checks.notNull(party, "escalation party");
      Checks.notNull(at, "escalation at");
      Checks.notNull(reason, "escalation reason");
    }

    @Override
    public Optional<PartyId> actor() {
      return Optional.of(party);
    }

    @Override
    public Kind kind() {
      return Kind.ESCALATED;
    }
  }

  /**
   * Someone recorded a decision: a ruling by a decider, or the record of what the parties
   * agreed.
   *
   * @param by who recorded it
   * @param at when
   * @param decision what was decided, not blank
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record DecisionRecorded(PartyId by, Instant at, String decision) implements ConflictEvent {
    /** Checks the fields. */
    public DecisionRecorded {
      Checks.notNull(by, "decision by");
      Checks.notNull(at, "decision at");
      Checks.text(decision, "decision recorded by '" + by + "'");
    }

    @Override
    public Optional<PartyId> actor() {
      return Optional.of(by);
    }

    @Override
    public Kind kind() {
      return Kind.DECISION_RECORDED;
    }
  }

  /**
   * A party withdrew the conflict.
   *
   * @param party who withdrew it
   * @param at when
   * @param reason why, possibly empty
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Withdrawn(PartyId party, Instant at, String reason) implements ConflictEvent {
    /** Checks the fields. */
    public Withdrawn {
      Checks.notNull(party, "withdrawal party");
      Checks.notNull(at, "withdrawal at");
      Checks.notNull(reason, "withdrawal reason");
    }

    @Override
    public Optional<PartyId> actor() {
      return Optional.of(party);
    }

    @Override
    public Kind kind() {
      return Kind.WITHDRAWN;
    }
  }

  /**
   * A position stated.
   *
   * @param party the party
   * @param at when
   * @param position the position
   * @return the event
   */
  static ConflictEvent position(PartyId party, Instant at, String position) {
    return new PositionStated(party, at, position);
  }

  /**
   * A proposal made.
   *
   * @param party the proposer
   * @param at when
   * @param proposal the proposal
   * @return the event
   */
  static ConflictEvent proposal(PartyId party, Instant at, String proposal) {
    return new ProposalMade(party, at, proposal);
  }

  /**
   * A stance cast.
   *
   * @param party the party
   * @param at when
   * @param stance the stance
   * @param reason why (required for a block)
   * @return the event
   */
  static ConflictEvent stance(PartyId party, Instant at, Stance stance, String reason) {
    return new StanceCast(party, at, stance, reason);
  }

  /**
   * An objection raised.
   *
   * @param party the party
   * @param at when
   * @param reason the reason
   * @return the event
   */
  static ConflictEvent objection(PartyId party, Instant at, String reason) {
    return new ObjectionRaised(party, at, reason);
  }

  /**
   * A deadline passed.
   *
   * @param at when it was recorded
   * @return the event
   */
  static ConflictEvent deadlinePassed(Instant at) {
    return new DeadlinePassed(at);
  }

  /**
   * An escalation or appeal.
   *
   * @param party who escalated
   * @param at when
   * @param reason why
   * @return the event
   */
  static ConflictEvent escalated(PartyId party, Instant at, String reason) {
    return new Escalated(party, at, reason);
  }

  /**
   * A decision recorded.
   *
   * @param by who recorded it
   * @param at when
   * @param decision what was decided
   * @return the event
   */
  static ConflictEvent decision(PartyId by, Instant at, String decision) {
    return new DecisionRecorded(by, at, decision);
  }

  /**
   * A withdrawal.
   *
   * @param party who withdrew
   * @param at when
   * @param reason why
   * @return the event
   */
  static ConflictEvent withdrawn(PartyId party, Instant at, String reason) {
    return new Withdrawn(party, at, reason);
  }
}
