package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sharedoutcomes.core.progress.Fixtures.d;
import static org.sharedoutcomes.core.progress.Fixtures.indicator;
import static org.sharedoutcomes.core.progress.Fixtures.month;

import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TrajectoryPoint;

/** Issue 13 point 2: every bound the documentation calls inclusive is inclusive for decimals. */
class ToleranceTest {
  private static final IndicatorId B = IndicatorId.of("b");

  /** Burglaries per 1,000 households, lower is better, expected 8 from July 2025 on. */
  private static IndicatorProgress burglary(double july) {
    Indicator b = indicator("b").direction(Direction.DESCENDING)
        .plannedPoints(new TrajectoryPoint(d("2025-01-01"), 10),
            new TrajectoryPoint(d("2025-07-01"), 8))
        .target(Target.atMost(d("2026-12-31"), 7)).build();
    return Fixtures.track(b, "2025-08-01", month("b", "2025-07", july)).indicator(B);
  }

  @Test
  void burglaryExactlyFivePercentAboveItsTrajectoryIsOnTrack() {
    // (8.4 - 8) / 8 = 0.050000000000000044 in doubles
    IndicatorProgress p = burglary(8.4);
    assertEquals(ProgressStatus.ON_TRACK, p.status());
    assertEquals("5.0% behind its trajectory (expected 8, actual 8.4)", p.explanation());
  }

  @Test
  void burglaryJustOverFivePercentAboveItsTrajectoryIsAtRisk() {
    assertEquals(ProgressStatus.AT_RISK, burglary(8.40001).status());
  }

  @Test
  void exactlyAtTheAtRiskBoundIsAtRisk() {
    assertEquals(ProgressStatus.AT_RISK, burglary(9.2).status());
  }

  @Test
  void justBeyondTheAtRiskBoundIsOffTrack() {
    assertEquals(ProgressStatus.OFF_TRACK, burglary(9.20001).status());
  }

  private static IndicatorProgress summed(Target target, double... months) {
    Indicator i = indicator("s").timeAggregation(Aggregation.SUM)
        .plannedPoints(new TrajectoryPoint(d("2025-01-01"), 0.3)).target(target).build();
    org.sharedoutcomes.core.Measurement[] ms = new org.sharedoutcomes.core.Measurement[months.length];
    for (int k = 0; k < months.length; k++) {
      ms[k] = month("s", "2025-1" + k, months[k]); // October, November
    }
    return Fixtures.track(i, "2025-12-31", ms).indicator(IndicatorId.of("s"));
  }

  @Test
  void anExactTargetIsAttainedByASumThatEqualsItInDecimals() {
    // 0.1 + 0.2 = 0.30000000000000004 in doubles
    IndicatorProgress p = summed(Target.exactly(d("2025-12-31"), 0.3), 0.1, 0.2);
    assertEquals(AttainmentState.ATTAINED, p.attainment().state());
    assertEquals(ProgressStatus.ACHIEVED, p.status());
  }

  @Test
  void anExactTargetIsNotAttainedOneUnitInTheSixthDigitAway() {
    IndicatorProgress p = summed(Target.exactly(d("2025-12-31"), 0.3), 0.1, 0.200001);
    assertEquals(AttainmentState.NOT_ATTAINED, p.attainment().state());
  }

  @Test
  void anAtMostTargetIsAttainedAtItsBoundInDecimals() {
    assertEquals(AttainmentState.ATTAINED,
        summed(Target.atMost(d("2025-12-31"), 0.3), 0.1, 0.2).attainment().state());
    assertEquals(AttainmentState.NOT_ATTAINED,
        summed(Target.atMost(d("2025-12-31"), 0.3), 0.1, 0.200001).attainment().state());
  }

  @Test
  void theVarianceIsExactlyZeroWhenActualAndExpectedAreEqualInDecimals() {
    IndicatorProgress p = summed(Target.atLeast(d("2026-12-31"), 1), 0.1, 0.2);
    assertEquals(0.0, p.variance().getAsDouble());
    assertEquals(0.0, p.relativeVariance().getAsDouble());
    assertEquals("on its trajectory (expected 0.3, actual 0.3)", p.explanation());
  }

  @Test
  void theVarianceIsNotZeroOneUnitInTheSixthDigitAway() {
    IndicatorProgress p = summed(Target.atLeast(d("2026-12-31"), 1), 0.1, 0.200001);
    assertEquals(0.000001, p.variance().getAsDouble(), 1e-12);
  }

  @Test
  void thresholdsClassifyAShareAtTheirBoundsInclusively() {
    assertEquals(ProgressStatus.ON_TRACK, Thresholds.DEFAULT.classify((8.4 - 8) / 8));
    assertEquals(ProgressStatus.AT_RISK, Thresholds.DEFAULT.classify(0.0500001));
    assertEquals(ProgressStatus.AT_RISK, Thresholds.DEFAULT.classify((9.2 - 8) / 8));
    assertEquals(ProgressStatus.OFF_TRACK, Thresholds.DEFAULT.classify(0.1500001));
  }
}
