package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sharedoutcomes.core.progress.Fixtures.C;
import static org.sharedoutcomes.core.progress.Fixtures.ESDC;
import static org.sharedoutcomes.core.progress.Fixtures.d;
import static org.sharedoutcomes.core.progress.Fixtures.indicator;
import static org.sharedoutcomes.core.progress.Fixtures.month;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.Target;

class StocktakeTest {
  private static final CommitmentId C2 = CommitmentId.of("c2");

  /**
   * esdc is accountable for c (at risk on 2026-01-01 with 140 against 150, on track on
   * 2026-02-01 with 160 against 154.2) and c2 (no indicators: no data); pmdu for c3.
   */
  private static OutcomeModel model() {
    return Fixtures.base()
        .commitment(Commitment.builder("c2", "Second").build())
        .commitment(Commitment.builder("c3", "Third").build())
        .assign(ESDC, Role.ACCOUNTABLE, C2)
        .assign(AgencyId.of("pmdu"), Role.ACCOUNTABLE, CommitmentId.of("c3"))
        .indicator(indicator("a").baseline(100, d("2025-01-01"))
            .target(Target.atLeast(d("2027-01-01"), 200)).build())
        .measurement(month("a", "2025-12", 140)).measurement(month("a", "2026-01", 160))
        .build();
  }

  @Test
  void listsTheCommitmentsTheAgencyIsAccountableForAndWhereToHelp() {
    Stocktake s = Stocktake.of(ProgressTracker.of(model(), d("2026-01-01")), ESDC);
    assertEquals(List.of(C, C2),
        s.entries().stream().map(e -> e.progress().commitment()).toList());
    assertEquals(List.of(ProgressStatus.AT_RISK, ProgressStatus.NO_DATA),
        s.entries().stream().map(e -> e.progress().status()).toList());
    assertEquals(List.of(C, C2), s.canWeHelp());
    assertEquals(List.of(Trend.UNKNOWN, Trend.UNKNOWN),
        s.entries().stream().map(StocktakeEntry::trend).toList());
  }

  @Test
  void trendComparesWithThePreviousStocktake() {
    OutcomeModel m = model();
    Stocktake first = Stocktake.of(ProgressTracker.of(m, d("2026-01-01")), ESDC);
    Stocktake second = Stocktake.of(ProgressTracker.of(m, d("2026-02-01")), ESDC, first);
    StocktakeEntry c = second.entries().get(0);
    assertEquals(ProgressStatus.ON_TRACK, c.progress().status());
    assertEquals(Optional.of(ProgressStatus.AT_RISK), c.previous());
    assertEquals(Trend.IMPROVING, c.trend());
    assertEquals(List.of(C2), second.canWeHelp());
  }

  @Test
  void worseningStatusIsFlaggedAsWorsening() {
    // 2026-01-01: 150 against 150 on track; 2026-02-01: still 150 (January) against 154.2,
    // 2.8% behind: on track; 2026-03-01: February 150 against 158.1, 5.1% behind: at risk
    OutcomeModel m = Fixtures.base()
        .indicator(indicator("a").baseline(100, d("2025-01-01"))
            .target(Target.atLeast(d("2027-01-01"), 200)).build())
        .measurement(month("a", "2025-12", 150)).measurement(month("a", "2026-01", 150))
        .measurement(month("a", "2026-02", 150)).build();
    Stocktake first = Stocktake.of(ProgressTracker.of(m, d("2026-01-01")), ESDC);
    Stocktake second = Stocktake.of(ProgressTracker.of(m, d("2026-02-01")), ESDC, first);
    Stocktake third = Stocktake.of(ProgressTracker.of(m, d("2026-03-01")), ESDC, second);
    assertEquals(Trend.STEADY, second.entries().get(0).trend());
    assertEquals(Trend.WORSENING, third.entries().get(0).trend());
    assertEquals(List.of(C), third.canWeHelp());
  }

  @Test
  void accountabilityOutsideItsSpanDoesNotCount() {
    OutcomeModel m = Fixtures.base()
        .commitment(Commitment.builder("c2", "Second").build())
        .role(org.sharedoutcomes.core.RoleAssignment.of(ESDC, Role.ACCOUNTABLE, C2)
            .during(d("2024-01-01"), d("2024-12-31")))
        .build();
    Stocktake s = Stocktake.of(ProgressTracker.of(m, d("2026-01-01")), ESDC);
    assertEquals(List.of(C), s.entries().stream().map(e -> e.progress().commitment()).toList());
  }

  @Test
  void rejectsAPreviousStocktakeThatIsNotEarlier() {
    OutcomeModel m = model();
    Stocktake first = Stocktake.of(ProgressTracker.of(m, d("2026-02-01")), ESDC);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Stocktake.of(ProgressTracker.of(m, d("2026-01-01")), ESDC, first));
    assertEquals("previous stocktake of 'esdc' on 2026-02-01 is not before 2026-01-01",
        e.getMessage());
  }

  @Test
  void rejectsAnUnknownAgency() {
    assertThrows(IllegalArgumentException.class, () -> Stocktake.of(
        ProgressTracker.of(model(), d("2026-01-01")), AgencyId.of("ghost")));
  }
}
