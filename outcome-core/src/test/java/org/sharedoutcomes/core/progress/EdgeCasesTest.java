package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.progress.Fixtures.C;
import static org.sharedoutcomes.core.progress.Fixtures.I;
import static org.sharedoutcomes.core.progress.Fixtures.base;
import static org.sharedoutcomes.core.progress.Fixtures.d;
import static org.sharedoutcomes.core.progress.Fixtures.indicator;
import static org.sharedoutcomes.core.progress.Fixtures.month;
import static org.sharedoutcomes.core.progress.Fixtures.track;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Target;

/** Empty and extreme inputs: clear results or clear errors, never an overflow's stack trace. */
class EdgeCasesTest {
  private static final String RANGE = " must be between -5877641-06-24 and +5881580-07-10, was ";

  private static Indicator halving() {
    return indicator("i").baseline(100, d("2025-01-01"))
        .target(Target.atMost(d("2027-01-01"), 50)).build();
  }

  private static void rejects(String message, Executable e) {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
    assertEquals(message, x.getMessage());
  }

  @Test
  void anEmptyModelHasNoProgressToReport() {
    ProgressTracker t = ProgressTracker.of(OutcomeModel.builder().build(), d("2026-06-30"));
    assertEquals(List.of(), t.indicators());
    assertEquals(List.of(), t.commitments());
    assertEquals(List.of(), t.outcomes());
  }

  @Test
  void aCommitmentWithoutIndicatorsHasNoData() {
    ProgressTracker t = ProgressTracker.of(base().build(), d("2026-06-30"));
    assertEquals(ProgressStatus.NO_DATA, t.statusOf(C));
    assertEquals(OptionalDouble.empty(), t.commitment(C).score());
  }

  @Test
  void anIndicatorWithoutMeasurementsHasNoDataButAnExpectedValue() {
    IndicatorProgress p = track(halving(), "2026-01-01").indicator(I);
    assertEquals(ProgressStatus.NO_DATA, p.status());
    assertEquals(OptionalDouble.empty(), p.actual());
    // 365 of 730 days from 100 towards 50
    assertEquals(100 - 50 * 365.0 / 730, p.expected().getAsDouble(), 1e-9);
  }

  @Test
  void aMeasurementForAPeriodAfterTheAssessmentDateIsNotUsed() {
    IndicatorProgress p = track(halving(), "2026-06-30", month("i", "2090-01", 10))
        .indicator(I);
    assertEquals(ProgressStatus.NO_DATA, p.status());
    assertEquals(OptionalDouble.empty(), p.actual());
    assertEquals(0, p.periodsUsed());
  }

  @Test
  void rejectsAnAssessmentDateBeyondTheSupportedDates() {
    rejects("asOf" + RANGE + LocalDate.MAX,
        () -> ProgressTracker.of(base().build(), LocalDate.MAX));
  }

  @Test
  void namesTheCommitmentWhoseDueDateIsBeyondTheSupportedDates() {
    OutcomeModel m = base().replace(Commitment.builder("c", "Child benefit").serves("o")
        .due(LocalDate.MAX).build()).build();
    rejects("commitment 'c' due" + RANGE + LocalDate.MAX,
        () -> ProgressTracker.of(m, d("2026-06-30")));
  }

  @Test
  void rejectsADisaggregationDateBeyondTheSupportedDates() {
    OutcomeModel m = base().indicator(halving()).build();
    rejects("asOf" + RANGE + LocalDate.MIN,
        () -> Disaggregation.of(m, I, "region", LocalDate.MIN));
  }

  @Test
  void rejectsATrajectoryQueryBeyondTheSupportedDates() {
    Trajectory t = Trajectory.of(halving());
    rejects("date" + RANGE + LocalDate.MAX, () -> t.expectedAt(LocalDate.MAX));
  }

  @Test
  void tracksOnTheLastSupportedDate() {
    LocalDate last = LocalDate.ofEpochDay(Integer.MAX_VALUE - 1L);
    ProgressTracker t = ProgressTracker.of(base().indicator(halving()).build(), last);
    assertTrue(t.indicator(I).expected().isPresent());
    assertEquals(50, t.indicator(I).expected().getAsDouble(), 1e-9);
  }

  @Test
  void aStocktakeAgainstAPreviousOneNamesTheNullAgencyInsteadOfCallingItAnotherAgency() {
    ProgressTracker june = ProgressTracker.of(base().build(), d("2026-06-30"));
    ProgressTracker sept = ProgressTracker.of(base().build(), d("2026-09-30"));
    Stocktake previous = Stocktake.of(june, Fixtures.ESDC);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Stocktake.of(sept, (AgencyId) null, previous));
    assertEquals("agency must not be null", e.getMessage());
  }

  @Test
  void aStocktakeAgainstAPreviousOneNamesTheNullTracker() {
    Stocktake previous = Stocktake.of(ProgressTracker.of(base().build(), d("2026-06-30")),
        Fixtures.ESDC);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Stocktake.of(null, Fixtures.ESDC, previous));
    assertEquals("tracker must not be null", e.getMessage());
  }

  @Test
  void theWeightOfANullIdIsAnErrorNamingIt() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> ProgressOptions.defaults().weightOf(null));
    assertEquals("weight id must not be null", e.getMessage());
  }
}
