package org.sharedoutcomes.core.protocol.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.CITY;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.CRA;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.ESDC;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.JUDGE;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.SETTING;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.day;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictProcessTest {
  private final ConflictProcess open = new Arbitration().open(SETTING);

  @Test
  void keepsEveryAcceptedEventInTheTrailWithItsTimeAndStages() {
    ConflictProcess p = Fixtures.heardAll(open, 1).apply(ConflictEvent.deadlinePassed(day(14)));
    List<AuditEntry> trail = p.trail();
    assertEquals(4, trail.size());
    assertEquals(day(1), trail.get(0).at());
    assertEquals(Arbitration.HEARING, trail.get(3).stageBefore());
    assertEquals(Arbitration.AWARD, trail.get(3).stageAfter());
    assertEquals(List.of(1, 2, 3, 4), trail.stream().map(AuditEntry::sequence).toList());
  }

  @Test
  void rejectedEventLeavesTheProcessUnchanged() {
    ConflictProcess p = Fixtures.heardAll(open, 1);
    ConflictProcess before = p;
    assertThrows(RejectedEventException.class,
        () -> p.apply(ConflictEvent.decision(CRA, day(2), "CRA wins")));
    assertEquals(before, p);
    assertEquals(3, p.size());
    assertEquals(ProcessStatus.OPEN, p.status());
  }

  @Test
  void rejectsEventsOutOfTimeOrder() {
    ConflictProcess p = open.apply(ConflictEvent.position(ESDC, day(3), "mine"));
    RejectedEventException x = assertThrows(RejectedEventException.class,
        () -> p.apply(ConflictEvent.position(CRA, day(2), "mine")));
    assertTrue(x.getMessage().contains("time order"), x.getMessage());
  }

  @Test
  void rejectsEventsAfterTheDeadlineUntilTheDeadlineIsRecorded() {
    RejectedEventException x = assertThrows(RejectedEventException.class,
        () -> open.apply(ConflictEvent.position(CRA, day(15), "late")));
    assertTrue(x.getMessage().contains("record DeadlinePassed first"), x.getMessage());
  }

  @Test
  void rejectsDeadlinePassedBeforeTheDeadline() {
    RejectedEventException x = assertThrows(RejectedEventException.class,
        () -> open.apply(ConflictEvent.deadlinePassed(day(13))));
    assertTrue(x.getMessage().contains("has not passed yet"), x.getMessage());
  }

  @Test
  void rejectsPositionsFromOutsiders() {
    RejectedEventException x = assertThrows(RejectedEventException.class,
        () -> open.apply(ConflictEvent.position(JUDGE, day(1), "my view")));
    assertTrue(x.getMessage().contains("'judge' is not a party"), x.getMessage());
  }

  @Test
  void rejectsADecisionBeforeEveryPartyIsHeard() {
    ConflictProcess p = open.apply(ConflictEvent.position(ESDC, day(1), "mine"));
    RejectedEventException x = assertThrows(RejectedEventException.class,
        () -> p.apply(ConflictEvent.decision(JUDGE, day(2), "ESDC runs it")));
    assertTrue(x.getMessage().contains("[city, cra]"), x.getMessage());
  }

  @Test
  void rejectsEveryEventOnceClosed() {
    ConflictProcess p = open.apply(ConflictEvent.withdrawn(CITY, day(1), "settled"));
    assertEquals(ProcessStatus.WITHDRAWN, p.status());
    assertEquals(day(1), p.closedAt().orElseThrow());
    assertThrows(RejectedEventException.class,
        () -> p.apply(ConflictEvent.position(ESDC, day(2), "too late")));
  }

  @Test
  void reportsAProtocolThatLetsAPartyRuleAsABrokenContract() {
    ConflictResolutionProtocol unfair = new ConflictResolutionProtocol() {
      @Override
      public String id() {
        return "unfair";
      }

      @Override
      public Duration maximumDuration() {
        return Duration.ofDays(5);
      }

      @Override
      public ProcessState start(ConflictSetting setting) {
        return ProcessState.opened("only", setting.conflict().raisedAt().plusSeconds(3600));
      }

      @Override
      public ProcessState apply(ConflictSetting setting, ProcessState state, ConflictEvent e) {
        if (e instanceof ConflictEvent.DecisionRecorded d) {
          return state.decided(Decision.ruling(d.decision(), d.by(), d.at(), "only"));
        }
        return state;
      }
    };
    ConflictProcess p = Fixtures.heardAll(unfair.open(SETTING), 0);
    IllegalStateException x = assertThrows(IllegalStateException.class,
        () -> p.apply(ConflictEvent.decision(ESDC, day(0), "ESDC wins")));
    assertTrue(x.getMessage().contains("'unfair' broke its contract"), x.getMessage());
  }

  @Test
  void rejectionExplainsWithoutApplying() {
    assertTrue(open.rejection(ConflictEvent.escalated(ESDC, day(1), "")).isPresent());
    assertTrue(open.rejection(ConflictEvent.position(ESDC, day(1), "x")).isEmpty());
    assertEquals(0, open.size());
  }
}
