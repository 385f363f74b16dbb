package org.sharedoutcomes.testkit.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.protocol.conflict.AuditEntry;
import org.sharedoutcomes.core.protocol.conflict.ConflictEvent;
import org.sharedoutcomes.core.protocol.conflict.ConflictProcess;
import org.sharedoutcomes.core.protocol.conflict.ConflictResolutionProtocol;
import org.sharedoutcomes.core.protocol.conflict.ConflictSetting;
import org.sharedoutcomes.core.protocol.conflict.ProcessStatus;
import org.sharedoutcomes.core.protocol.conflict.ProtocolAudit;
import org.sharedoutcomes.core.protocol.conflict.RejectedEventException;
import org.sharedoutcomes.testkit.Seeds;

/**
 * The contract every {@link ConflictResolutionProtocol} must keep, as JUnit 5 tests. Extend it in
 * your test sources and say which protocol to check:
 *
 * <pre>{@code
 * class RotatingChairTest extends ConflictResolutionProtocolContract {
 *   @Override
 *   protected ConflictResolutionProtocol protocol() {
 *     return new RotatingChair();
 *   }
 * }
 * }</pre>
 *
 * <p>Over {@link #seeds()} (by default {@code Seeds.of(1000)}) it drives processes with random
 * event sequences ({@link RandomProtocolInputs#run}) and checks that each ends in a decision or a
 * withdrawal within the declared maximum duration, that the {@link ProtocolAudit} passes, that a
 * rejected event leaves the process unchanged, and that replaying the trail gives an equal
 * process. Override {@link #setting(Conflict)} if your protocol needs another setting (by
 * default: the first party leads, {@link RandomProtocolInputs#ARBITER} arbitrates,
 * {@link RandomProtocolInputs#CENTRE} is the centre). A failure names the seed; replay it with
 * {@code -Dsharedoutcomes.seed=N}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConflictResolutionProtocolContract {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int EVENTS = 40;

  /** For subclasses. */
  protected ConflictResolutionProtocolContract() {}

  /**
   * The protocol under test.
   *
   * @return a protocol instance (may be a new one on each call)
   */
  protected abstract ConflictResolutionProtocol protocol();

  /**
   * The setting for a conflict.
   *
   * @param conflict the conflict
   * @return the setting the protocol runs in
   */
  protected ConflictSetting setting(Conflict conflict) {
    return RandomProtocolInputs.setting(conflict);
  }

  /**
   * The seeds of the property tests.
   *
   * @return the seeds
   */
  protected LongStream seeds() {
    return Seeds.of(1000);
  }

  /**
   * The seeds of the replay test, fewer than {@link #seeds()} as replaying is a cheaper check.
   *
   * @return the seeds
   */
  protected LongStream replaySeeds() {
    return Seeds.of(200);
  }

  private ConflictProcess open(long seed) {
    return protocol().open(setting(RandomProtocolInputs.conflict(seed)));
  }

  /** The id is lower-case words joined by hyphens. */
  @Test
  public void idIsLowerCaseWordsJoinedByHyphens() {
    String id = protocol().id();
    assertTrue(ID.matcher(id).matches(), () -> "id '" + id + "' is not lower-case-with-hyphens");
  }

  /** The declared maximum duration is positive. */
  @Test
  public void maximumDurationIsPositive() {
    assertFalse(protocol().maximumDuration().isNegative() || protocol().maximumDuration().isZero());
  }

  /** A new process is open, with a deadline within the bound, and an empty trail. */
  @Test
  public void startsOpenWithDeadlineWithinTheBound() {
    ConflictProcess p = open(1);
    assertEquals(ProcessStatus.OPEN, p.status());
    Instant deadline = p.state().requireDeadline();
    assertFalse(deadline.isAfter(p.limit()), () -> "deadline " + deadline + " after " + p.limit());
    assertTrue(p.trail().isEmpty());
  }

  /**
   * Each random sequence ends in a decision or a withdrawal within the declared bound.
   *
   * @param seed the seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  public void everyRandomSequenceEndsWithinTheDeclaredBound(long seed) {
    ConflictProcess p = RandomProtocolInputs.run(open(seed), seed, EVENTS, (q, x) -> { });
    assertTrue(p.status() == ProcessStatus.DECIDED || p.status() == ProcessStatus.WITHDRAWN,
        () -> "still " + p.status() + " after every deadline passed: " + p);
    assertFalse(p.closedAt().orElseThrow().isAfter(p.limit()),
        () -> "closed at " + p.closedAt().get() + ", after the limit " + p.limit());
    if (p.status() == ProcessStatus.DECIDED) {
      assertTrue(p.decision().isPresent());
    }
  }

  /**
   * The fairness audit passes after each random sequence.
   *
   * @param seed the seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  public void auditInvariantsHoldForEveryRandomSequence(long seed) {
    ConflictProcess p = RandomProtocolInputs.run(open(seed), seed, EVENTS, (q, x) -> { });
    ProtocolAudit audit = ProtocolAudit.of(p);
    assertTrue(audit.passed(), () -> audit + " for " + p.trail());
  }

  /**
   * A rejected event leaves the process unchanged, and its message says why.
   *
   * @param seed the seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  public void rejectedEventsLeaveTheProcessUnchanged(long seed) {
    List<String> problems = new ArrayList<>();
    ConflictProcess closed = RandomProtocolInputs.run(open(seed), seed, EVENTS, (q, x) -> {
      List<AuditEntry> before = q.trail();
      ProcessStatus status = q.status();
      try {
        q.apply(x.event());
        problems.add("event accepted on a second try: " + x.event());
      } catch (RejectedEventException again) {
        if (!Objects.equals(again.getMessage(), x.getMessage())) {
          problems.add("different reason on a second try: " + again.getMessage());
        }
      }
      if (!q.trail().equals(before) || q.status() != status) {
        problems.add("process changed by " + x.event());
      }
      if (x.getMessage() == null || x.getMessage().isBlank()) {
        problems.add("no reason given for rejecting " + x.event());
      }
    });
    RejectedEventException afterClose = assertThrows(RejectedEventException.class,
        () -> closed.apply(ConflictEvent.deadlinePassed(closed.lastEventAt().plusSeconds(1))));
    assertNotNull(afterClose.event());
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  /**
   * Replaying a process's trail on a new process gives an equal process.
   *
   * @param seed the seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("replaySeeds")
  public void replayingTheTrailGivesAnEqualProcess(long seed) {
    ConflictProcess p = RandomProtocolInputs.run(open(seed), seed, EVENTS, (q, x) -> { });
    ConflictProcess replay = open(seed);
    for (AuditEntry e : p.trail()) {
      replay = replay.apply(e.event());
    }
    assertEquals(p, replay);
  }

  /** An event before the conflict was raised is rejected. */
  @Test
  public void rejectsEventBeforeTheConflictWasRaised() {
    ConflictProcess p = open(2);
    ConflictEvent early = ConflictEvent.position(p.conflict().parties().iterator().next(),
        p.startedAt().minusSeconds(1), "too early");
    RejectedEventException x = assertThrows(RejectedEventException.class, () -> p.apply(early));
    assertSame(early, x.event());
  }
}
