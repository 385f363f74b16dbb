package org.sharedoutcomes.core.protocol.conflict;

import java.time.Duration;
import java.util.Optional;
import java.util.ServiceLoader;
import org.apiguardian.api.API;

/**
 * A conflict-resolution protocol: a procedure that drives a conflict to a decision, quickly
 * (within a declared maximum duration) and fairly (every party heard, no party judging its own
 * case, the centre deciding only after escalation). It is a state machine over
 * {@link ProcessState}s driven by {@link ConflictEvent}s; a {@link ConflictProcess} runs it and
 * keeps the audit trail.
 *
 * <p>Commitments and conflicts name their protocol by id
 * ({@link org.sharedoutcomes.core.Commitment#conflictProtocol()},
 * {@link org.sharedoutcomes.core.Conflict#protocol()}); protocols are found through
 * {@link ServiceLoader} ({@link #find(String)}) or a
 * {@link org.sharedoutcomes.core.protocol.ProtocolRegistry}.
 *
 * <p><b>Contract.</b> An implementation
 *
 * <ul>
 *   <li>has a stable {@link #id()} (lower-case words joined by hyphens) and a positive
 *       {@link #maximumDuration()};
 *   <li>is a pure function of its arguments: deterministic, thread-safe, no state between
 *       calls;
 *   <li>{@link #start(ConflictSetting) starts} an open state with a deadline, and keeps every
 *       open state's deadline no later than the conflict's {@code raisedAt} plus the maximum
 *       duration;
 *   <li>{@link #apply(ConflictSetting, ProcessState, ConflictEvent) applies} an event by
 *       returning the next state, or throws {@link RejectedEventException} saying which rule
 *       the event breaks now;
 *   <li>always accepts a {@link ConflictEvent.DeadlinePassed} at or after the deadline, and
 *       closes the process (with a decision, perhaps the {@link Decision#statusQuo default}) at
 *       the latest when the last time box ends; the decision's time is never later than
 *       {@code raisedAt + maximumDuration()};
 *   <li>lets a single decider rule ({@link DecisionBasis#RULING}) only if the decider is not a
 *       party (unless {@link #letsPartyRuleSubjectToAppeal()}), and lets the centre rule only
 *       after an escalation.
 * </ul>
 *
 * <p>{@link ConflictProcess} checks what it can before and after each call (time order,
 * deadlines, who may act, a fair hearing before any decision, the duration bound, the fairness
 * of rulings) and reports a broken contract with an {@link IllegalStateException}. The contract
 * test kit ({@code org.sharedoutcomes.testkit.protocol.ConflictResolutionProtocolContract})
 * checks an implementation against random event sequences.
 *
 * <p>The interface grows only by default methods.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ConflictResolutionProtocol {

  /**
   * The protocol's id, as commitments and conflicts name it.
   *
   * @return lower-case words joined by hyphens, never blank
   */
  String id();

  /**
   * The longest a conflict can take under this protocol, from being raised to its decision.
   *
   * @return a positive duration
   */
  Duration maximumDuration();

  /**
   * The state of a process that has just opened for a conflict.
   *
   * @param setting the conflict and its lead, arbiter, centre and weights
   * @return an open state with a deadline
   * @throws IllegalArgumentException if the protocol cannot run in this setting (for example
   *     without an arbiter); the message names the conflict and what is missing
   */
  ProcessState start(ConflictSetting setting);

  /**
   * The state after an event.
   *
   * @param setting the conflict's setting
   * @param state the current state, open
   * @param event the event; {@link ConflictProcess} has already checked its time, its actor's
   *     membership and the fair hearing
   * @return the next state
   * @throws RejectedEventException if the protocol does not allow the event now
   */
  ProcessState apply(ConflictSetting setting, ProcessState state, ConflictEvent event);

  /**
   * A one-line description for reports.
   *
   * @return a description; by default the id
   */
  default String description() {
    return id();
  }

  /**
   * Whether a party may rule on its own conflict because the ruling can be appealed (true only
   * for {@code lead-decides}).
   *
   * @return false by default
   */
  default boolean letsPartyRuleSubjectToAppeal() {
    return false;
  }

  /**
   * Opens a process for a conflict under this protocol.
   *
   * @param setting the conflict's setting
   * @return the new process
   */
  default ConflictProcess open(ConflictSetting setting) {
    return ConflictProcess.start(this, setting);
  }

  /**
   * Finds a protocol by id among those {@link ServiceLoader} provides on the class path or
   * module path (the built-ins among them).
   *
   * @param id the protocol id
   * @return the protocol, if one is provided with this id
   */
  static Optional<ConflictResolutionProtocol> find(String id) {
    for (ConflictResolutionProtocol p : ServiceLoader.load(ConflictResolutionProtocol.class)) {
      if (p.id().equals(id)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
