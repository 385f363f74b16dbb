package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.progress.Fixtures.C;
import static org.sharedoutcomes.core.progress.Fixtures.d;
import static org.sharedoutcomes.core.progress.Fixtures.indicator;
import static org.sharedoutcomes.core.progress.Fixtures.month;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Target;

class ProgressTrackerTest {
  private static final IndicatorId A = IndicatorId.of("a");
  private static final OutcomeId O = OutcomeId.of("o");

  private static OutcomeModel model() {
    return Fixtures.base().indicator(indicator("a").baseline(100, d("2025-01-01"))
        .target(Target.atLeast(d("2027-01-01"), 200)).build()).build();
  }

  private static ProgressTracker tracker() {
    return ProgressTracker.of(model(), d("2026-01-01"));
  }

  private static List<Object> state(ProgressTracker t) {
    return List.of(t.indicators(), t.commitments(), t.outcomes(), t.series(A),
        t.acceptedCount());
  }

  @Test
  void acceptedMeasurementReportsEveryStatusThatChanged() {
    ProgressTracker t = tracker();
    ProgressChange change = t.accept(month("a", "2025-12", 140));
    assertEquals(List.of(
        new StatusChange(A, ProgressStatus.NO_DATA, ProgressStatus.AT_RISK),
        new StatusChange(C, ProgressStatus.NO_DATA, ProgressStatus.AT_RISK),
        new StatusChange(O, ProgressStatus.NO_DATA, ProgressStatus.AT_RISK)),
        change.statusChanges());
    assertEquals(Set.of(A), change.indicators());
    assertEquals(List.of(C), change.commitments());
    assertEquals(List.of(O), change.outcomes());
    assertEquals(3, change.recomputed());
  }

  @Test
  void incrementalStateEqualsAFullRecomputation() {
    ProgressTracker t = tracker();
    t.accept(month("a", "2025-11", 120));
    t.accept(month("a", "2025-12", 150));
    ProgressTracker full = ProgressTracker.of(model().toBuilder()
        .measurement(month("a", "2025-11", 120)).measurement(month("a", "2025-12", 150))
        .build(), d("2026-01-01"));
    assertEquals(full.indicators(), t.indicators());
    assertEquals(full.commitments(), t.commitments());
    assertEquals(full.outcomes(), t.outcomes());
  }

  @Test
  void updateRecomputesOnlyThePathToTheTopNotTheModel() {
    OutcomeModel.Builder b = OutcomeModel.builder()
        .outcome(org.sharedoutcomes.core.Outcome.of("top", "Top",
            org.sharedoutcomes.core.OutcomeLevel.IMPACT));
    for (int o = 0; o < 5; o++) {
      b.outcome(org.sharedoutcomes.core.Outcome.of("o" + o, "O",
          org.sharedoutcomes.core.OutcomeLevel.OUTCOME).withParents(OutcomeId.of("top")));
    }
    for (int c = 0; c < 50; c++) {
      b.commitment(org.sharedoutcomes.core.Commitment.builder("c" + c, "C")
          .serves("o" + c % 5).build());
      b.indicator(org.sharedoutcomes.core.Indicator.builder("i" + c, "I")
          .measures(org.sharedoutcomes.core.CommitmentId.of("c" + c)).build());
    }
    ProgressTracker t = ProgressTracker.of(b.build(), d("2026-01-01"));
    // indicator i7, commitment c7, outcome o2, outcome top: 4 of 106 nodes
    assertEquals(4, t.accept(month("i7", "2025-12", 1)).recomputed());
  }

  @Test
  void measurementForAPeriodAfterTheDateChangesNoStatus() {
    ProgressTracker t = tracker();
    ProgressChange change = t.accept(month("a", "2026-02", 500));
    assertTrue(change.isQuiet());
    assertEquals(1, t.series(A).size());
  }

  @Test
  void rejectsMeasurementOfUnknownIndicatorNamingItAndKeepsState() {
    ProgressTracker t = tracker();
    t.accept(month("a", "2025-12", 140));
    List<Object> before = state(t);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> t.accept(month("nope", "2025-12", 1)));
    assertEquals("rejected measurement of 'nope' for 2025-12-01..2025-12-31 (value 1.0): "
        + "the model has no indicator 'nope'", e.getMessage());
    assertEquals(before, state(t));
  }

  @Test
  void rejectsMeasurementFromUnknownAgencyAndKeepsState() {
    ProgressTracker t = tracker();
    List<Object> before = state(t);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> t.accept(month("a", "2025-12", 1).withReporter(AgencyId.of("ghost"))));
    assertTrue(e.getMessage().contains("measurement of 'a'")
        && e.getMessage().contains("no agency 'ghost'"), e.getMessage());
    assertEquals(before, state(t));
  }

  @Test
  void measurementWithNaNValueCannotBeMade() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Measurement.of(A, d("2025-12-01"), d("2025-12-31"), Double.NaN));
    assertTrue(e.getMessage().contains("measurement of 'a'"), e.getMessage());
  }

  @Test
  void measurementWithInfiniteValueCannotBeMade() {
    assertThrows(IllegalArgumentException.class,
        () -> Measurement.of(A, d("2025-12-01"), d("2025-12-31"), Double.POSITIVE_INFINITY));
  }

  @Test
  void measurementEndingBeforeItStartsCannotBeMade() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Measurement.of(A, d("2025-12-31"), d("2025-12-01"), 1));
    assertTrue(e.getMessage().contains("ends (2025-12-01) before it starts"), e.getMessage());
  }

  @Test
  void rejectsNullMeasurement() {
    assertThrows(NullPointerException.class, () -> tracker().accept(null));
  }

  @Test
  void unknownIdsAreReportedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> tracker().indicator(IndicatorId.of("zz")));
    assertEquals("the model has no indicator 'zz'", e.getMessage());
  }

  @Test
  void measurementOfANumeratorUpdatesTheRatioAndItsCommitment() {
    OutcomeModel m = Fixtures.base()
        .indicator(indicator("n").build()).indicator(indicator("dd").build())
        .indicator(indicator("r").ratio("n", "dd").baseline(0, d("2025-01-01"))
            .target(Target.atLeast(d("2027-01-01"), 1)).build())
        .measurement(month("dd", "2025-12", 100)).build();
    ProgressTracker t = ProgressTracker.of(m, d("2026-01-01"));
    ProgressChange change = t.accept(month("n", "2025-12", 60));
    assertEquals(Set.of(IndicatorId.of("n"), IndicatorId.of("r")), change.indicators());
    assertEquals(0.6, t.indicator(IndicatorId.of("r")).actual().getAsDouble(), 1e-12);
    assertEquals(ProgressStatus.ON_TRACK, t.statusOf(IndicatorId.of("r")));
  }

  @Test
  void recomputeAllLeavesAConsistentStateUnchanged() {
    ProgressTracker t = tracker();
    t.accept(month("a", "2025-12", 140));
    List<Object> before = state(t);
    t.recomputeAll();
    assertEquals(before, state(t));
  }
}
