package org.sharedoutcomes.core.protocol.conflict;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.internal.Checks;

/**
 * Where a conflict's resolution stands: the value a {@link ConflictResolutionProtocol} moves
 * from event to event. Built-in and custom protocols share this shape; a custom protocol keeps
 * anything else it needs in {@link #data()}.
 *
 * <p>Immutable and thread-safe; the {@code with...} methods return changed copies.
 *
 * @param status open, decided or withdrawn
 * @param stage the protocol's name for the current stage, such as {@code "negotiation"}
 * @param escalationLevel how many times the conflict has been escalated (or appealed); 0 at
 *     first
 * @param deadline when the current stage's time box ends; present while open
 * @param positions the positions stated, by party (the latest per party)
 * @param proposal the proposal on the table, if any
 * @param stances the stances on the current proposal, by party
 * @param objections the standing objections to the current proposal, by party
 * @param decision the decision: final once decided; while open, a provisional decision that can
 *     still be appealed, if any
 * @param data free protocol-specific values
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ProcessState(
    ProcessStatus status,
    String stage,
    int escalationLevel,
    Optional<Instant> deadline,
    Map<PartyId, String> positions,
    Optional<Proposal> proposal,
    Map<PartyId, Stance> stances,
    Map<PartyId, String> objections,
    Optional<Decision> decision,
    Map<String, String> data) {

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field or element is null
   * @throws IllegalArgumentException if the stage is blank, the level negative, an open state
   *     has no deadline, or a decided state no decision
   */
  public ProcessState {
    Checks.notNull(status, "process status");
    Checks.text(stage, "process stage");
    if (escalationLevel < 0) {
      throw new IllegalArgumentException(
          "escalation level is " + escalationLevel + "; it must not be negative");
    }
    Checks.optional(deadline, "process deadline");
    if (status == ProcessStatus.OPEN && deadline.isEmpty()) {
      throw new IllegalArgumentException(
          "an open process must have a deadline (stage '" + stage + "')");
    }
    positions = copy(positions, "positions");
    Checks.optional(proposal, "process proposal");
    stances = copy(stances, "stances");
    objections = copy(objections, "objections");
    Checks.optional(decision, "process decision");
    if (status == ProcessStatus.DECIDED && decision.isEmpty()) {
      throw new IllegalArgumentException("a decided process must have a decision");
    }
    data = Checks.attributes(data, "process data");
  }

  private static <V> Map<PartyId, V> copy(Map<PartyId, V> map, String field) {
    Checks.notNull(map, "process " + field);
    if (map.isEmpty()) {
      return Map.of();
    }
    Map<PartyId, V> out = new LinkedHashMap<>();
    for (Map.Entry<PartyId, V> e : map.entrySet()) {
      out.put(Checks.notNull(e.getKey(), "process " + field + " key"),
          Checks.notNull(e.getValue(), "process " + field + "['" + e.getKey() + "']"));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The state of a process that has just opened.
   *
   * @param stage the first stage
   * @param deadline when its time box ends
   * @return the state
   */
  public static ProcessState opened(String stage, Instant deadline) {
    return new ProcessState(ProcessStatus.OPEN, stage, 0, Optional.of(deadline), Map.of(),
        Optional.empty(), Map.of(), Map.of(), Optional.empty(), Map.of());
  }

  /**
   * Whether the process is open.
   *
   * @return true if open
   */
  public boolean isOpen() {
    return status == ProcessStatus.OPEN;
  }

  /**
   * This state in another stage with another deadline.
   *
   * @param newStage the stage
   * @param newDeadline its deadline
   * @return a new state
   */
  public ProcessState inStage(String newStage, Instant newDeadline) {
    return new ProcessState(status, newStage, escalationLevel, Optional.of(newDeadline),
        positions, proposal, stances, objections, decision, data);
  }

  /**
   * This state escalated one level, into another stage.
   *
   * @param newStage the stage
   * @param newDeadline its deadline
   * @return a new state with {@link #escalationLevel()} one higher
   */
  public ProcessState escalatedTo(String newStage, Instant newDeadline) {
    return new ProcessState(status, newStage, escalationLevel + 1, Optional.of(newDeadline),
        positions, proposal, stances, objections, decision, data);
  }

  /**
   * This state with a party's position.
   *
   * @param party the party
   * @param position its position
   * @return a new state
   */
  public ProcessState withPosition(PartyId party, String position) {
    Map<PartyId, String> p = new LinkedHashMap<>(positions);
    p.put(party, position);
    return new ProcessState(status, stage, escalationLevel, deadline, p, proposal, stances,
        objections, decision, data);
  }

  /**
   * This state with a new proposal on the table; stances and objections on the earlier one
   * lapse.
   *
   * @param value the proposal
   * @return a new state
   */
  public ProcessState withProposal(Proposal value) {
    return new ProcessState(status, stage, escalationLevel, deadline, positions,
        Optional.of(value), Map.of(), Map.of(), decision, data);
  }

  /**
   * This state with no proposal on the table (and no stances or objections).
   *
   * @return a new state
   */
  public ProcessState withoutProposal() {
    return new ProcessState(status, stage, escalationLevel, deadline, positions,
        Optional.empty(), Map.of(), Map.of(), decision, data);
  }

  /**
   * This state with a party's stance.
   *
   * @param party the party
   * @param stance its stance
   * @return a new state
   */
  public ProcessState withStance(PartyId party, Stance stance) {
    Map<PartyId, Stance> s = new LinkedHashMap<>(stances);
    s.put(party, stance);
    return new ProcessState(status, stage, escalationLevel, deadline, positions, proposal, s,
        objections, decision, data);
  }

  /**
   * This state with a party's objection.
   *
   * @param party the party
   * @param reason the reason
   * @return a new state
   */
  public ProcessState withObjection(PartyId party, String reason) {
    Map<PartyId, String> o = new LinkedHashMap<>(objections);
    o.put(party, reason);
    return new ProcessState(status, stage, escalationLevel, deadline, positions, proposal,
        stances, o, decision, data);
  }

  /**
   * This state without a party's objection.
   *
   * @param party the party
   * @return a new state
   */
  public ProcessState withoutObjection(PartyId party) {
    Map<PartyId, String> o = new LinkedHashMap<>(objections);
    o.remove(party);
    return new ProcessState(status, stage, escalationLevel, deadline, positions, proposal,
        stances, o, decision, data);
  }

  /**
   * This state with a provisional decision (the process stays open, e.g. for an appeal).
   *
   * @param value the provisional decision
   * @return a new state
   */
  public ProcessState withProvisionalDecision(Decision value) {
    return new ProcessState(status, stage, escalationLevel, deadline, positions, proposal,
        stances, objections, Optional.of(value), data);
  }

  /**
   * This state, decided: closed with a final decision and no deadline.
   *
   * @param value the decision
   * @return a new state
   */
  public ProcessState decided(Decision value) {
    return new ProcessState(ProcessStatus.DECIDED, stage, escalationLevel, Optional.empty(),
        positions, proposal, stances, objections, Optional.of(value), data);
  }

  /**
   * This state, withdrawn: closed with no decision and no deadline.
   *
   * @return a new state
   */
  public ProcessState withdrawn() {
    return new ProcessState(ProcessStatus.WITHDRAWN, stage, escalationLevel, Optional.empty(),
        positions, proposal, stances, objections, Optional.empty(), data);
  }

  /**
   * This state with a protocol-specific value.
   *
   * @param key the key
   * @param value the value
   * @return a new state
   */
  public ProcessState withData(String key, String value) {
    Map<String, String> d = new TreeMap<>(data);
    d.put(Checks.text(key, "process data key"), Checks.notNull(value, "process data value"));
    return new ProcessState(status, stage, escalationLevel, deadline, positions, proposal,
        stances, objections, decision, d);
  }

  /**
   * The deadline of an open state.
   *
   * @return the deadline
   * @throws IllegalStateException if the process is closed
   */
  public Instant requireDeadline() {
    return deadline.orElseThrow(
        () -> new IllegalStateException("the process is " + status + " and has no deadline"));
  }
}
