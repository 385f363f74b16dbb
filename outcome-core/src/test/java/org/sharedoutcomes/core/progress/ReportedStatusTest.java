package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.progress.Fixtures.C;
import static org.sharedoutcomes.core.progress.Fixtures.ESDC;
import static org.sharedoutcomes.core.progress.Fixtures.d;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Priority;

/**
 * Issue 13 point 8: a commitment's reported status and priority are absent when not given, and
 * progress and stocktakes work without them.
 */
class ReportedStatusTest {
  @Test
  void aCommitmentWithoutAReportedStatusOrPriorityHasNeither() {
    Commitment c = Commitment.builder("c", "C").build();
    assertEquals(Optional.empty(), c.status());
    assertEquals(Optional.empty(), c.priority());
  }

  @Test
  void aReportedStatusAndPriorityAreKeptAsGiven() {
    Commitment c = Commitment.builder("c", "C").status(CommitmentStatus.NOT_STARTED)
        .priority(Priority.MEDIUM).build();
    assertEquals(Optional.of(CommitmentStatus.NOT_STARTED), c.status());
    assertEquals(Optional.of(Priority.MEDIUM), c.priority());
  }

  @Test
  void progressAndAStocktakeOfACommitmentWithoutAReportedStatusAreDerived() {
    OutcomeModel m = Fixtures.base().build(); // commitment c has no status or priority
    ProgressTracker t = ProgressTracker.of(m, d("2026-01-01"));
    assertEquals(ProgressStatus.NO_DATA, t.commitment(C).status());
    Stocktake s = Stocktake.of(t, ESDC);
    assertEquals(1, s.entries().size());
    assertTrue(s.canWeHelp().contains(C));
  }
}
