package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.sharedoutcomes.core.progress.Fixtures.d;
import static org.sharedoutcomes.core.progress.Fixtures.indicator;
import static org.sharedoutcomes.core.progress.Fixtures.month;

import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Target;

/** Issue 13 point 11: what a tracker knows can be saved, and read consistently. */
class TrackerStateTest {
  private static final IndicatorId A = IndicatorId.of("a");

  private static OutcomeModel model() {
    return Fixtures.base().indicator(indicator("a").baseline(100, d("2025-01-01"))
        .target(Target.atLeast(d("2027-01-01"), 200)).build())
        .measurement(month("a", "2025-11", 130)).build();
  }

  @Test
  void theModelOfAFreshTrackerIsTheModelItStartedFrom() {
    OutcomeModel m = model();
    assertSame(m, ProgressTracker.of(m, d("2026-01-01")).model());
  }

  @Test
  void theModelOfATrackerIncludesTheMeasurementsItAccepted() {
    OutcomeModel m = model();
    ProgressTracker t = ProgressTracker.of(m, d("2026-01-01"));
    t.accept(month("a", "2025-12", 140));
    OutcomeModel saved = t.model();
    assertEquals(2, saved.measurements(A).size());
    assertEquals(m.toBuilder().measurement(month("a", "2025-12", 140)).build(), saved);
    assertEquals(t.indicators(), ProgressTracker.of(saved, d("2026-01-01")).indicators());
  }

  @Test
  void aSnapshotDoesNotSeeMeasurementsAcceptedAfterIt() {
    ProgressTracker t = ProgressTracker.of(model(), d("2026-01-01"));
    ProgressTracker before = t.snapshot();
    t.accept(month("a", "2025-12", 140));
    assertEquals(130.0, before.indicator(A).actual().getAsDouble());
    assertEquals(140.0, t.indicator(A).actual().getAsDouble());
    assertEquals(0, before.acceptedCount());
    assertEquals(1, before.model().measurements(A).size());
  }

  @Test
  void measurementsAcceptedByASnapshotDoNotReachItsOriginal() {
    ProgressTracker t = ProgressTracker.of(model(), d("2026-01-01"));
    ProgressTracker copy = t.snapshot();
    copy.accept(month("a", "2025-12", 140));
    assertEquals(130.0, t.indicator(A).actual().getAsDouble());
    assertEquals(140.0, copy.indicator(A).actual().getAsDouble());
  }
}
