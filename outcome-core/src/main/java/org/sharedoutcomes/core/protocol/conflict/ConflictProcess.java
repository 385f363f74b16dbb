package org.sharedoutcomes.core.protocol.conflict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.internal.Checks;

/**
 * The resolution of one conflict under a protocol: immutable; {@link #apply(ConflictEvent)}
 * returns the next process, or throws {@link RejectedEventException} for an event the protocol
 * does not allow now (the process it was called on is unchanged). The {@link #trail()} keeps
 * every accepted event with its time stamp and the stages it moved between.
 *
 * <pre>{@code
 * ConflictProcess p = new Consensus().open(ConflictSetting.of(conflict));
 * p = p.apply(ConflictEvent.proposal(esdc, t1, "one counter, run by ESDC"))
 *      .apply(ConflictEvent.stance(esdc, t2, Stance.AGREE, ""))
 *      .apply(ConflictEvent.stance(cra, t3, Stance.AGREE, ""))
 *      .apply(ConflictEvent.decision(esdc, t4, "one counter, run by ESDC"));
 * p.status();   // DECIDED
 * ProtocolAudit.of(p).passed(); // true
 * }</pre>
 *
 * <p>Before handing an event to the protocol, the process checks the rules every protocol
 * shares: it must be open; events come in time order, not before the conflict was raised; no
 * event other than {@link ConflictEvent.DeadlinePassed} comes after the current deadline, and
 * that one not before it; positions, proposals, stances, objections and escalations come from
 * parties to the conflict (a withdrawal also from whoever raised it); and a decision is recorded
 * only once every party has been heard (stated a position, made a proposal, cast a stance or
 * objected) or a deadline has passed. After the protocol answers, it checks the protocol kept
 * its contract (deadline within the declared maximum duration, fair rulings) and throws
 * {@link IllegalStateException} if not.
 *
 * <p>Immutable and thread-safe. {@code apply} costs {@code O(parties)} plus the protocol's
 * work; the trail is shared between successive processes.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ConflictProcess {
  private final ConflictResolutionProtocol protocol;
  private final ConflictSetting setting;
  private final ProcessState state;
  private final @Nullable Entry last;
  private final Instant limit;
  private final Set<PartyId> heard;
  private final boolean deadlineHasPassed;

  private static final class Entry {
    final AuditEntry value;
    final @Nullable Entry previous;

    Entry(AuditEntry value, @Nullable Entry previous) {
      this.value = value;
      this.previous = previous;
    }
  }

  private ConflictProcess(ConflictResolutionProtocol protocol, ConflictSetting setting,
      ProcessState state, @Nullable Entry last, Instant limit, Set<PartyId> heard,
      boolean deadlineHasPassed) {
    this.protocol = protocol;
    this.setting = setting;
    this.state = state;
    this.last = last;
    this.limit = limit;
    this.heard = heard;
    this.deadlineHasPassed = deadlineHasPassed;
  }

  /**
   * Opens a process.
   *
   * @param protocol the protocol
   * @param setting the conflict's setting
   * @return the open process, with an empty trail
   * @throws IllegalArgumentException if the protocol cannot run in this setting
   * @throws IllegalStateException if the protocol breaks its contract when starting
   */
  public static ConflictProcess start(ConflictResolutionProtocol protocol,
      ConflictSetting setting) {
    Checks.notNull(protocol, "protocol");
    Checks.notNull(setting, "setting");
    Instant limit = setting.conflict().raisedAt().plus(protocol.maximumDuration());
    ProcessState s = protocol.start(setting);
    if (s == null || !s.isOpen()) {
      throw broken(protocol, "start must return an open state, returned " + s);
    }
    ConflictProcess p = new ConflictProcess(protocol, setting, s, null, limit, Set.of(), false);
    p.checkDeadline(s);
    return p;
  }

  /**
   * The process after an event.
   *
   * @param event the event
   * @return the next process
   * @throws RejectedEventException if the event is not allowed now; this process is unchanged
   * @throws IllegalStateException if the protocol breaks its contract
   */
  public ConflictProcess apply(ConflictEvent event) {
    Checks.notNull(event, "event");
    checkShared(event);
    ProcessState next = protocol.apply(setting, state, event);
    if (next == null) {
      throw broken(protocol, "apply returned null for " + event.describe());
    }
    checkDeadline(next);
    checkDecision(next, event);
    Set<PartyId> nowHeard = heard;
    ConflictEvent.Kind k = event.kind();
    if ((k == ConflictEvent.Kind.POSITION_STATED || k == ConflictEvent.Kind.PROPOSAL_MADE
        || k == ConflictEvent.Kind.STANCE_CAST || k == ConflictEvent.Kind.OBJECTION_RAISED)
        && !heard.contains(event.actor().orElseThrow())) {
      Set<PartyId> h = new LinkedHashSet<>(heard);
      h.add(event.actor().orElseThrow());
      nowHeard = Collections.unmodifiableSet(h);
    }
    int sequence = last == null ? 1 : last.value.sequence() + 1;
    AuditEntry entry = new AuditEntry(sequence, event, state.stage(), next.stage(),
        next.escalationLevel(), next.status(), next.deadline());
    return new ConflictProcess(protocol, setting, next, new Entry(entry, last), limit, nowHeard,
        deadlineHasPassed || k == ConflictEvent.Kind.DEADLINE_PASSED);
  }

  /**
   * The process after a sequence of events.
   *
   * @param events the events, in order
   * @return the process after the last one
   * @throws RejectedEventException at the first event not allowed (nothing is applied)
   */
  public ConflictProcess applyAll(List<? extends ConflictEvent> events) {
    ConflictProcess p = this;
    for (ConflictEvent e : events) {
      p = p.apply(e);
    }
    return p;
  }

  /**
   * Why an event would be rejected now, without applying it.
   *
   * @param event the event
   * @return the rejection's message, or empty if the event would be accepted
   */
  public Optional<String> rejection(ConflictEvent event) {
    try {
      apply(event);
      return Optional.empty();
    } catch (RejectedEventException e) {
      return Optional.of(String.valueOf(e.getMessage())); // always set by its constructor
    }
  }

  private void checkShared(ConflictEvent event) {
    Conflict c = setting.conflict();
    if (!state.isOpen()) {
      throw new RejectedEventException(event, "conflict '" + c.id() + "' is already "
          + state.status().name().toLowerCase(java.util.Locale.ROOT)
          + "; a closed process accepts no events");
    }
    Instant previous = last == null ? c.raisedAt() : last.value.at();
    if (event.at().isBefore(previous)) {
      throw new RejectedEventException(event, "it is earlier than "
          + (last == null ? "the conflict was raised" : "the last event") + " (" + previous
          + "); events must come in time order");
    }
    Instant deadline = state.requireDeadline();
    if (event instanceof ConflictEvent.DeadlinePassed) {
      if (event.at().isBefore(deadline)) {
        throw new RejectedEventException(event, "the deadline of stage '" + state.stage()
            + "' is " + deadline + ", which has not passed yet");
      }
      return;
    }
    if (event.at().isAfter(deadline)) {
      throw new RejectedEventException(event, "the deadline of stage '" + state.stage()
          + "' (" + deadline + ") has passed; record DeadlinePassed first");
    }
    PartyId actor = event.actor().orElseThrow();
    switch (event.kind()) {
      case POSITION_STATED, PROPOSAL_MADE, STANCE_CAST, OBJECTION_RAISED, ESCALATED -> {
        if (!setting.isParty(actor)) {
          throw new RejectedEventException(event, "'" + actor + "' is not a party to conflict '"
              + c.id() + "' (parties " + c.parties() + ")");
        }
      }
      case WITHDRAWN -> {
        if (!setting.isParty(actor) && !actor.equals(c.raisedBy())) {
          throw new RejectedEventException(event, "only a party to conflict '" + c.id()
              + "' or whoever raised it ('" + c.raisedBy() + "') can withdraw it");
        }
      }
      case DECISION_RECORDED -> {
        if (!deadlineHasPassed && !heard.containsAll(c.parties())) {
          List<PartyId> unheard = new ArrayList<>(c.parties());
          unheard.removeAll(heard);
          throw new RejectedEventException(event, "not every party has been heard: " + unheard
              + " stated no position and no deadline has passed yet");
        }
      }
      default -> { }
    }
  }

  private void checkDeadline(ProcessState s) {
    if (s.isOpen() && s.requireDeadline().isAfter(limit)) {
      throw broken(protocol, "the deadline " + s.requireDeadline() + " of stage '" + s.stage()
          + "' lies beyond the declared maximum duration " + protocol.maximumDuration()
          + " (limit " + limit + ")");
    }
  }

  private void checkDecision(ProcessState s, ConflictEvent event) {
    if (s.status() != ProcessStatus.DECIDED) {
      return;
    }
    Decision d = s.decision().orElseThrow();
    if (d.at().isAfter(limit)) {
      throw broken(protocol, "decision at " + d.at() + " lies beyond the declared maximum "
          + "duration (limit " + limit + ")");
    }
    if (d.at().isAfter(event.at())) {
      throw broken(protocol, "decision at " + d.at() + " is later than the event " +
          event.describe() + " that made it");
    }
    if (d.basis().isRuling()) {
      PartyId by = d.decidedBy().orElseThrow();
      if (setting.isParty(by) && !protocol.letsPartyRuleSubjectToAppeal()) {
        throw broken(protocol, "party '" + by + "' ruled on its own conflict");
      }
      if (setting.isCentre(by) && s.escalationLevel() == 0) {
        throw broken(protocol, "the centre ('" + by + "') ruled without an escalation");
      }
    }
  }

  private static IllegalStateException broken(ConflictResolutionProtocol p, String what) {
    return new IllegalStateException("protocol '" + p.id() + "' broke its contract: " + what);
  }

  /**
   * The protocol.
   *
   * @return the protocol
   */
  public ConflictResolutionProtocol protocol() {
    return protocol;
  }

  /**
   * The conflict's setting.
   *
   * @return the setting
   */
  public ConflictSetting setting() {
    return setting;
  }

  /**
   * The conflict.
   *
   * @return the conflict
   */
  public Conflict conflict() {
    return setting.conflict();
  }

  /**
   * The current state.
   *
   * @return the state
   */
  public ProcessState state() {
    return state;
  }

  /**
   * The status.
   *
   * @return open, decided or withdrawn
   */
  public ProcessStatus status() {
    return state.status();
  }

  /**
   * Whether the process is still open.
   *
   * @return true if open
   */
  public boolean isOpen() {
    return state.isOpen();
  }

  /**
   * The final decision, once decided.
   *
   * @return the decision, empty while open (even with a provisional decision) or if withdrawn
   */
  public Optional<Decision> decision() {
    return state.status() == ProcessStatus.DECIDED ? state.decision() : Optional.empty();
  }

  /**
   * When the process started: when the conflict was raised.
   *
   * @return the start
   */
  public Instant startedAt() {
    return setting.conflict().raisedAt();
  }

  /**
   * When the last accepted event happened.
   *
   * @return the last event's time, or {@link #startedAt()} if there is none
   */
  public Instant lastEventAt() {
    return last == null ? startedAt() : last.value.at();
  }

  /**
   * The latest time the process may close: {@link #startedAt()} plus the protocol's maximum
   * duration.
   *
   * @return the limit
   */
  public Instant limit() {
    return limit;
  }

  /**
   * When the process closed: the decision's time, or the withdrawal's.
   *
   * @return the closing time, empty while open
   */
  public Optional<Instant> closedAt() {
    return switch (state.status()) {
      case OPEN -> Optional.empty();
      case DECIDED -> Optional.of(state.decision().orElseThrow().at());
      case WITHDRAWN -> Optional.of(lastEventAt()); // the withdrawal is the last event
    };
  }

  /**
   * The audit trail: every accepted event, in order.
   *
   * @return the entries, unmodifiable
   */
  public List<AuditEntry> trail() {
    int n = last == null ? 0 : last.value.sequence();
    AuditEntry[] out = new AuditEntry[n];
    for (Entry e = last; e != null; e = e.previous) {
      out[e.value.sequence() - 1] = e.value;
    }
    return List.of(out);
  }

  /**
   * The number of accepted events.
   *
   * @return the trail's length
   */
  public int size() {
    return last == null ? 0 : last.value.sequence();
  }

  /**
   * The parties heard so far: those that stated a position, made a proposal, cast a stance or
   * objected.
   *
   * @return the parties, in the order they were first heard
   */
  public Set<PartyId> heard() {
    return heard;
  }

  /** Equal if the protocol id, setting, state and trail are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ConflictProcess p && protocol.id().equals(p.protocol.id())
        && setting.equals(p.setting) && state.equals(p.state) && trail().equals(p.trail());
  }

  @Override
  public int hashCode() {
    return Objects.hash(protocol.id(), setting, state, size());
  }

  @Override
  public String toString() {
    return "ConflictProcess[" + conflict().id() + " under " + protocol.id() + ": "
        + state.status() + " in stage '" + state.stage() + "', " + size() + " events]";
  }
}
