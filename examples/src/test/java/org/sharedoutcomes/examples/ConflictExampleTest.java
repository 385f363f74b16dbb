package org.sharedoutcomes.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConflictExampleTest {
  private final String out = Output.of(ConflictExample::run);

  @Test
  void refusesARulingByTheCentreDuringNegotiation() {
    assertTrue(out.contains("  rejected: rejected decision recorded by 'head-of-delivery' at"
        + " 2025-06-17T09:00:00Z"), out);
  }

  @Test
  void printsTheAuditTrailThroughTheLadder() {
    assertTrue(out.matches("(?s).*2025-06-20T12:00:00Z +escalated +negotiation +-> directors"
        + " +home-office\\n.*"), out);
    assertTrue(out.matches("(?s).*2025-06-30T12:00:00Z +deadline passed +directors +-> deputy"
        + " heads.*"), out);
    assertTrue(out.matches("(?s).*2025-07-08T10:00:00Z +decision recorded +delivery unit +->"
        + " delivery unit +head-of-delivery\\n.*"), out);
  }

  @Test
  void reportsTheDecisionAndTheTimeItTook() {
    assertTrue(out.contains("(ruling by head-of-delivery at stage 'delivery unit')"), out);
    // 2025-06-03T09:00 to 2025-07-08T10:00
    assertTrue(out.contains("Time to resolution: 35 days 1 hours"), out);
  }

  @Test
  void passesTheFairnessAudit() {
    assertTrue(out.contains("Fairness audit: passed"), out);
    assertTrue(out.contains("[x] centre only after escalation"), out);
    assertTrue(out.contains("[x] every party heard"), out);
  }

  @Test
  void countsTheConflictAsDecidedByTheCentreAfterEscalation() {
    assertTrue(out.contains("Conflict statistics: 1 decided, share decided by the centre 1.00,"
        + " share escalated 1.00"), out);
  }
}
