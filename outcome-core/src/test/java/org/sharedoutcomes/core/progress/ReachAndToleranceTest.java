package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.progress.Fixtures.I;
import static org.sharedoutcomes.core.progress.Fixtures.d;
import static org.sharedoutcomes.core.progress.Fixtures.indicator;
import static org.sharedoutcomes.core.progress.Fixtures.month;

import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TargetKind;

/**
 * Issue 13 point 3: an exact target compares within an optional tolerance, and a "reach" target
 * (a results framework's min = max) takes its kind from the indicator's direction; attainment,
 * variance and the status honour both.
 */
class ReachAndToleranceTest {
  private static final String DUE = "2025-12-31";

  private static IndicatorProgress on(Indicator i, String asOf, double december) {
    return Fixtures.track(i, asOf, month("i", "2025-12", december)).indicator(I);
  }

  private static Indicator reach(Direction direction, double value) {
    return indicator("i").direction(direction).baseline(50, d("2025-01-01"))
        .target(Target.reach(d(DUE), value)).build();
  }

  @Test
  void aReachTargetOfAnAscendingIndicatorIsAttainedAtOrAboveItsValue() {
    IndicatorProgress p = on(reach(Direction.ASCENDING, 95), DUE, 95.0);
    assertEquals(AttainmentState.ATTAINED, p.attainment().state());
    assertEquals(ProgressStatus.ACHIEVED, p.status());
    assertTrue(p.explanation().contains(">= 95"), p.explanation());
  }

  @Test
  void aReachTargetOfAnAscendingIndicatorJustBelowItsValueIsMissedOnItsDate() {
    IndicatorProgress p = on(reach(Direction.ASCENDING, 95), DUE, 94.9);
    assertEquals(AttainmentState.NOT_ATTAINED, p.attainment().state());
    assertEquals(ProgressStatus.OFF_TRACK, p.status());
  }

  @Test
  void aReachTargetOfADescendingIndicatorIsAttainedAtOrBelowItsValue() {
    assertEquals(AttainmentState.ATTAINED,
        on(reach(Direction.DESCENDING, 8), DUE, 7.9).attainment().state());
    assertEquals(AttainmentState.NOT_ATTAINED,
        on(reach(Direction.DESCENDING, 8), DUE, 8.1).attainment().state());
  }

  @Test
  void aReachTargetResolvesToTheKindOfTheDirection() {
    Target t = Target.reach(d(DUE), 8);
    assertEquals(TargetKind.AT_LEAST, t.kindFor(Direction.ASCENDING));
    assertEquals(TargetKind.AT_MOST, t.kindFor(Direction.DESCENDING));
    assertEquals(TargetKind.AT_MOST, Target.atMost(d(DUE), 8).kindFor(Direction.ASCENDING));
  }

  @Test
  void aReachTargetAskedWithoutADirectionSaysWhatToCall() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Target.reach(d(DUE), 8).isAttainedBy(8));
    assertTrue(e.getMessage().contains("isAttainedBy(value, direction)"), e.getMessage());
  }

  @Test
  void anExactTargetWithAToleranceIsAttainedAtTheEdgeOfTheTolerance() {
    Indicator i = indicator("i").baseline(50, d("2025-01-01"))
        .target(Target.exactly(d(DUE), 100, 0.5)).build();
    assertEquals(AttainmentState.ATTAINED, on(i, DUE, 100.5).attainment().state());
    assertEquals(AttainmentState.ATTAINED, on(i, DUE, 99.5).attainment().state());
  }

  @Test
  void anExactTargetWithAToleranceIsNotAttainedJustBeyondIt() {
    Indicator i = indicator("i").baseline(50, d("2025-01-01"))
        .target(Target.exactly(d(DUE), 100, 0.5)).build();
    IndicatorProgress p = on(i, DUE, 100.6);
    assertEquals(AttainmentState.NOT_ATTAINED, p.attainment().state());
    assertEquals(ProgressStatus.OFF_TRACK, p.status());
  }

  @Test
  void anExactTargetWithoutToleranceNeedsEqualityUpToTheRelativeTolerance() {
    Target t = Target.exactly(d(DUE), 100);
    assertTrue(t.isAttainedBy(100 * (1 + 1e-12)));
    assertFalse(t.isAttainedBy(100.001));
  }

  @Test
  void aVarianceWithinTheFinalTargetsToleranceIsNone() {
    Indicator i = indicator("i").baseline(100, d("2025-01-01"))
        .target(Target.exactly(d("2026-12-31"), 100, 0.5)).build();
    assertEquals(0.0, on(i, "2026-01-01", 100.4).variance().getAsDouble());
  }

  @Test
  void aVarianceBeyondTheFinalTargetsToleranceIsReported() {
    Indicator i = indicator("i").baseline(100, d("2025-01-01"))
        .target(Target.exactly(d("2026-12-31"), 100, 0.5)).build();
    assertEquals(0.6, on(i, "2026-01-01", 100.6).variance().getAsDouble(), 1e-9);
  }

  @Test
  void aNegativeToleranceIsRefusedNamingTheTarget() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Target.exactly(d(DUE), 100, -1));
    assertEquals("target on 2025-12-31 has a negative tolerance -1.0", e.getMessage());
  }
}
