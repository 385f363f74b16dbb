package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.progress.Fixtures.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.Interpolation;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TrajectoryPoint;

class TrajectoryTest {
  private static Indicator ascending() {
    return Indicator.builder("i", "I").baseline(100, d("2025-01-01"))
        .target(Target.atLeast(d("2027-01-01"), 200)).build();
  }

  @Test
  void linearTrajectoryIsHalfwayAfterHalfTheDays() {
    // 2025-01-01 .. 2027-01-01 is 730 days; 2026-01-01 is day 365: 100 + 100 * 365/730 = 150
    assertEquals(150.0, Trajectory.of(ascending()).expectedAt(d("2026-01-01")).getAsDouble(),
        1e-12);
  }

  @Test
  void linearTrajectoryAfterOneDay() {
    // 100 + 100 * 1/730
    assertEquals(100 + 100.0 / 730,
        Trajectory.of(ascending()).expectedAt(d("2025-01-02")).getAsDouble(), 1e-12);
  }

  @Test
  void trajectoryIsFlatBeforeFirstAndAfterLastPoint() {
    Trajectory t = Trajectory.of(ascending());
    assertEquals(100.0, t.expectedAt(d("2020-01-01")).getAsDouble());
    assertEquals(200.0, t.expectedAt(d("2030-01-01")).getAsDouble());
  }

  @Test
  void stepwiseTrajectoryHoldsThePreviousPointUntilTheNext() {
    Indicator i = Indicator.builder("i", "I").interpolation(Interpolation.STEPWISE)
        .plannedPoints(new TrajectoryPoint(d("2025-01-01"), 10),
            new TrajectoryPoint(d("2025-07-01"), 20), new TrajectoryPoint(d("2026-01-01"), 30))
        .build();
    Trajectory t = Trajectory.of(i);
    assertEquals(10.0, t.expectedAt(d("2025-06-30")).getAsDouble());
    assertEquals(20.0, t.expectedAt(d("2025-07-01")).getAsDouble());
    assertEquals(20.0, t.expectedAt(d("2025-12-31")).getAsDouble());
    assertEquals(30.0, t.expectedAt(d("2026-01-01")).getAsDouble());
  }

  @Test
  void plannedPointsReplaceBaselineAndTargets() {
    Indicator i = ascending().toBuilder()
        .plannedPoints(new TrajectoryPoint(d("2025-01-01"), 0),
            new TrajectoryPoint(d("2025-01-11"), 10))
        .build();
    // linear 0 -> 10 over 10 days: day 4 is 4
    assertEquals(4.0, Trajectory.of(i).expectedAt(d("2025-01-05")).getAsDouble(), 1e-12);
  }

  @Test
  void rangeTargetIsAimedAtItsMidpoint() {
    Indicator i = Indicator.builder("i", "I").baseline(0, d("2025-01-01"))
        .target(Target.between(d("2026-01-01"), 40, 60)).build();
    assertEquals(50.0, Trajectory.of(i).expectedAt(d("2026-01-01")).getAsDouble());
  }

  @Test
  void descendingTrajectoryRunsDown() {
    Indicator i = Indicator.builder("i", "I").baseline(20, d("2025-01-01"))
        .target(Target.atMost(d("2027-01-01"), 10)).build();
    assertEquals(15.0, Trajectory.of(i).expectedAt(d("2026-01-01")).getAsDouble(), 1e-12);
  }

  @Test
  void targetsDatedBeforeTheBaselineAreNotOnTheTrajectory() {
    Indicator i = Indicator.builder("i", "I").baseline(0, d("2025-01-01"))
        .target(Target.atLeast(d("2024-01-01"), 999), Target.atLeast(d("2026-01-01"), 10))
        .build();
    assertEquals(2, Trajectory.of(i).points().size());
    assertEquals(0.0, Trajectory.of(i).expectedAt(d("2024-06-01")).getAsDouble());
  }

  @Test
  void indicatorWithoutBaselineTargetsOrPointsHasAnEmptyTrajectory() {
    Trajectory t = Trajectory.of(Indicator.builder("i", "I").build());
    assertTrue(t.isEmpty());
    assertTrue(t.expectedAt(d("2026-01-01")).isEmpty());
  }

  @Test
  void rejectsTwoPointsOnOneDate() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Trajectory.through(List.of(new TrajectoryPoint(d("2025-01-01"), 1),
            new TrajectoryPoint(d("2025-01-01"), 2)), Interpolation.LINEAR));
    assertTrue(e.getMessage().contains("2025-01-01"), e.getMessage());
  }
}
