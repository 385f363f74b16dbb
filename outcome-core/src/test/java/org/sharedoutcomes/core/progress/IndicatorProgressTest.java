package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.progress.Fixtures.d;
import static org.sharedoutcomes.core.progress.Fixtures.indicator;
import static org.sharedoutcomes.core.progress.Fixtures.month;
import static org.sharedoutcomes.core.progress.Fixtures.track;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Target;

class IndicatorProgressTest {
  private static final IndicatorId A = IndicatorId.of("a");

  /** Baseline 100 on 2025-01-01, at least 200 by 2027-01-01: expected 150 on 2026-01-01. */
  private static Indicator ascending() {
    return indicator("a").baseline(100, d("2025-01-01"))
        .target(Target.atLeast(d("2027-01-01"), 200)).build();
  }

  /** Baseline 20 on 2025-01-01, at most 10 by 2027-01-01, lower is better: expected 15. */
  private static Indicator descending() {
    return indicator("a").direction(Direction.DESCENDING).baseline(20, d("2025-01-01"))
        .target(Target.atMost(d("2027-01-01"), 10)).build();
  }

  private static IndicatorProgress at(Indicator i, String asOf, org.sharedoutcomes.core.Measurement... ms) {
    return track(i, asOf, ms).indicator(i.id());
  }

  @Test
  void ascendingIndicatorSixPointSevenPercentBehindIsAtRisk() {
    IndicatorProgress p = at(ascending(), "2026-01-01", month("a", "2025-12", 140));
    assertEquals(140.0, p.actual().getAsDouble());
    assertEquals(150.0, p.expected().getAsDouble(), 1e-12);
    assertEquals(-10.0, p.variance().getAsDouble(), 1e-12);
    assertEquals(-10.0 / 150, p.relativeVariance().getAsDouble(), 1e-12);
    assertEquals(0.4, p.gapClosed().getAsDouble(), 1e-12);
    assertEquals(ProgressStatus.AT_RISK, p.status());
    assertEquals("6.7% behind its trajectory (expected 150, actual 140)", p.explanation());
  }

  @Test
  void looserThresholdsMakeTheSameShortfallOnTrack() {
    var model = Fixtures.base().indicator(ascending()).measurement(month("a", "2025-12", 140))
        .build();
    var options = ProgressOptions.defaults().withThresholds(new Thresholds(0.10, 0.20));
    assertEquals(ProgressStatus.ON_TRACK,
        ProgressTracker.of(model, d("2026-01-01"), options).statusOf(A));
  }

  @Test
  void descendingIndicatorSlightlyAboveItsTrajectoryIsOnTrack() {
    IndicatorProgress p = at(descending(), "2026-01-01", month("a", "2025-12", 15.5));
    // shortfall 0.5 of expected 15 = 3.3%; gap closed (15.5 - 20) / (10 - 20) = 0.45
    assertEquals(ProgressStatus.ON_TRACK, p.status());
    assertEquals(0.45, p.gapClosed().getAsDouble(), 1e-12);
    assertEquals(0.5, p.variance().getAsDouble(), 1e-12);
  }

  @Test
  void descendingIndicatorTwentyPercentAboveItsTrajectoryIsOffTrack() {
    IndicatorProgress p = at(descending(), "2026-01-01", month("a", "2025-12", 18));
    // shortfall 3 of 15 = 20% > 15%; gap closed (18 - 20) / (10 - 20) = 0.2
    assertEquals(ProgressStatus.OFF_TRACK, p.status());
    assertEquals(0.2, p.gapClosed().getAsDouble(), 1e-12);
  }

  @Test
  void descendingIndicatorBelowItsTrajectoryIsAhead() {
    IndicatorProgress p = at(descending(), "2026-01-01", month("a", "2025-12", 14));
    assertEquals(ProgressStatus.ON_TRACK, p.status());
    assertEquals(0.6, p.gapClosed().getAsDouble(), 1e-12);
    assertEquals(-1.0 / 15, p.relativeVariance().getAsDouble(), 1e-12);
    assertTrue(p.explanation().startsWith("ahead of its trajectory"), p.explanation());
  }

  @Test
  void movingAwayFromTheTargetGivesANegativeGapClosed() {
    IndicatorProgress p = at(ascending(), "2026-01-01", month("a", "2025-12", 90));
    assertEquals(-0.1, p.gapClosed().getAsDouble(), 1e-12);
    assertEquals(ProgressStatus.OFF_TRACK, p.status());
  }

  @Test
  void sumAggregationAddsThePeriodsButNotTheBaseline() {
    // issue 13 point 7: the baseline is a reference level (last year's total), never added
    Indicator i = indicator("a").timeAggregation(Aggregation.SUM).baseline(100, d("2025-01-01"))
        .target(Target.atLeast(d("2026-01-01"), 1300)).build();
    IndicatorProgress p = at(i, "2025-07-01", month("a", "2025-01", 100), month("a", "2025-02", 100),
        month("a", "2025-03", 100), month("a", "2025-04", 100), month("a", "2025-05", 100),
        month("a", "2025-06", 100));
    // 6 * 100 = 600, not 100 + 600
    assertEquals(600.0, p.actual().getAsDouble());
    assertEquals(100 + 1200.0 * 181 / 365, p.expected().getAsDouble(), 1e-9);
    assertEquals(6, p.periodsUsed());
  }

  @Test
  void sumAggregationOfOnePeriodIsThatPeriodWhateverTheBaseline() {
    Indicator i = indicator("a").timeAggregation(Aggregation.SUM).baseline(100, d("2025-01-01"))
        .target(Target.atLeast(d("2026-01-01"), 1300)).build();
    IndicatorProgress p = at(i, "2025-02-01", month("a", "2025-01", 40));
    assertEquals(40.0, p.actual().getAsDouble());
  }

  @Test
  void averageMinAndMaxAggregateOverPeriods() {
    var ms = new org.sharedoutcomes.core.Measurement[] {month("a", "2025-01", 10),
        month("a", "2025-02", 30), month("a", "2025-03", 20)};
    assertEquals(20.0, at(indicator("a").timeAggregation(Aggregation.AVERAGE).build(),
        "2025-06-01", ms).actual().getAsDouble());
    assertEquals(10.0, at(indicator("a").timeAggregation(Aggregation.MIN).build(),
        "2025-06-01", ms).actual().getAsDouble());
    assertEquals(30.0, at(indicator("a").timeAggregation(Aggregation.MAX).build(),
        "2025-06-01", ms).actual().getAsDouble());
    assertEquals(20.0, at(indicator("a").timeAggregation(Aggregation.LAST).build(),
        "2025-06-01", ms).actual().getAsDouble());
  }

  @Test
  void measurementBeforeTheBaselineDateIsIgnoredAndCounted() {
    IndicatorProgress p = at(ascending(), "2025-02-01", month("a", "2024-12", 999),
        month("a", "2025-01", 110));
    assertEquals(110.0, p.actual().getAsDouble());
    assertEquals(1, p.ignoredBeforeBaseline());
    assertEquals(1, p.periodsUsed());
  }

  @Test
  void onlyMeasurementsBeforeTheBaselineMeanNoDataNotZero() {
    IndicatorProgress p = at(ascending(), "2025-02-01", month("a", "2024-12", 999));
    assertTrue(p.actual().isEmpty());
    assertTrue(p.gapClosed().isEmpty());
    assertEquals(DataState.NONE, p.dataState());
    assertEquals(ProgressStatus.NO_DATA, p.status());
    assertEquals("no data since the baseline (1 measurement(s) before it ignored)",
        p.explanation());
  }

  @Test
  void missingPeriodIsCountedAndNotFilledWithZero() {
    IndicatorProgress p = at(indicator("a").timeAggregation(Aggregation.AVERAGE).build(),
        "2025-06-01", month("a", "2025-01", 1), month("a", "2025-02", 2),
        month("a", "2025-04", 4), month("a", "2025-05", 5));
    assertEquals(1, p.missingPeriods());
    assertEquals(4, p.periodsUsed());
    assertEquals(3.0, p.actual().getAsDouble()); // (1 + 2 + 4 + 5) / 4, not / 5
  }

  @Test
  void dataOlderThanOnePeriodPlusGraceIsStale() {
    Indicator i = ascending();
    // last period March 2026 (31 days); 2026-03-31 to 2026-06-02 is 63 days > 31 + 31
    IndicatorProgress p = at(i, "2026-06-02", month("a", "2026-03", 160));
    assertEquals(DataState.STALE, p.dataState());
    assertEquals(ProgressStatus.NO_DATA, p.status());
    assertEquals(160.0, p.actual().getAsDouble());
    assertEquals(d("2026-03-31"), p.lastData().orElseThrow());
    assertEquals("no data since 2026-03 (last value 160)", p.explanation());
  }

  @Test
  void dataExactlyOnePeriodPlusGraceOldIsCurrent() {
    IndicatorProgress p = at(ascending(), "2026-06-01", month("a", "2026-03", 160));
    assertEquals(DataState.CURRENT, p.dataState());
  }

  @Test
  void measurementEndingAfterTheDateIsNotUsedYet() {
    IndicatorProgress p = at(ascending(), "2026-01-01", month("a", "2025-12", 140),
        month("a", "2026-01", 500));
    assertEquals(140.0, p.actual().getAsDouble());
  }

  @Test
  void targetDateAlreadyPassedWithoutAttainingItIsOffTrack() {
    Indicator i = indicator("a").baseline(100, d("2025-01-01"))
        .target(Target.atLeast(d("2025-12-31"), 200)).build();
    IndicatorProgress p = at(i, "2026-03-01", month("a", "2026-01", 199));
    assertEquals(ProgressStatus.OFF_TRACK, p.status());
    assertTrue(p.targets().get(0).missed());
    assertEquals("final target >= 200 by 2025-12-31 missed: actual 199", p.explanation());
  }

  @Test
  void attainedFinalTargetIsAchievedEvenAfterItsDate() {
    Indicator i = indicator("a").baseline(100, d("2025-01-01"))
        .target(Target.atLeast(d("2025-12-31"), 200)).build();
    IndicatorProgress p = at(i, "2026-03-01", month("a", "2026-01", 200));
    assertEquals(ProgressStatus.ACHIEVED, p.status());
    assertEquals(1.0, p.gapClosed().getAsDouble());
  }

  @Test
  void eachTargetKindIsCheckedAgainstTheActualValue() {
    Indicator i = indicator("a").target(Target.exactly(d("2030-01-01"), 50),
        Target.atLeast(d("2030-02-01"), 60), Target.atMost(d("2030-03-01"), 40),
        Target.between(d("2030-04-01"), 40, 60), Target.atMost(d("2030-05-01"), 50),
        Target.between(d("2030-06-01"), 50.5, 70)).build();
    List<TargetCheck> checks = at(i, "2026-01-01", month("a", "2025-12", 50)).targets();
    assertEquals(List.of(true, false, false, true, true, false),
        checks.stream().map(TargetCheck::attained).toList());
    assertFalse(checks.get(0).due());
  }

  @Test
  void rangeTargetAttainedAtItsBoundsOnly() {
    Target t = Target.between(d("2026-01-01"), 40, 60);
    Indicator i = indicator("a").baseline(0, d("2025-01-01")).target(t).build();
    assertEquals(ProgressStatus.ACHIEVED, at(i, "2026-02-01", month("a", "2026-01", 40)).status());
    assertEquals(ProgressStatus.ACHIEVED, at(i, "2026-02-01", month("a", "2026-01", 60)).status());
    assertEquals(ProgressStatus.OFF_TRACK,
        at(i, "2026-02-01", month("a", "2026-01", 60.5)).status());
  }

  @Test
  void ratioWithoutOwnMeasurementsIsNumeratorOverDenominator() {
    var model = Fixtures.base()
        .indicator(indicator("n").build()).indicator(indicator("dd").build())
        .indicator(indicator("r").ratio("n", "dd").build())
        .measurement(month("n", "2025-12", 30)).measurement(month("dd", "2025-12", 120))
        .build();
    IndicatorProgress p = ProgressTracker.of(model, d("2026-01-01"))
        .indicator(IndicatorId.of("r"));
    assertEquals(0.25, p.actual().getAsDouble());
    assertTrue(p.derivedFromRatio());
  }

  @Test
  void indicatorWithoutTrajectoryHasNoStatusToDerive() {
    IndicatorProgress p = at(indicator("a").build(), "2026-01-01", month("a", "2025-12", 7));
    assertEquals(ProgressStatus.NO_DATA, p.status());
    assertEquals(7.0, p.actual().getAsDouble());
    assertEquals("no baseline, target or planned point to compare with (actual 7)",
        p.explanation());
  }
}
