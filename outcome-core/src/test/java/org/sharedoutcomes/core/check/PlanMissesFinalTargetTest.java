package org.sharedoutcomes.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TrajectoryPoint;

/** SO-ACC-014: explicit planned points that stop short of the final target. */
class PlanMissesFinalTargetTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate END = LocalDate.of(2030, 12, 31);

  private static List<Finding> misses(Indicator.Builder b) {
    return AccountabilityCheck.of(OutcomeModel.builder().indicator(b.build()).build())
        .findings(FindingCode.PLAN_MISSES_FINAL_TARGET);
  }

  private static Indicator.Builder planned(Target target, TrajectoryPoint last) {
    return Indicator.builder("rate", "Employment rate").target(target)
        .plannedPoints(new TrajectoryPoint(START, 70), last);
  }

  @Test
  void flagsAPlanEndingBelowAnAtLeastTargetNamingThePointAndTheTarget() {
    List<Finding> found = misses(planned(Target.atLeast(END, 80),
        new TrajectoryPoint(END, 79.5)));
    assertEquals(1, found.size());
    assertEquals(List.<EntityId>of(IndicatorId.of("rate")), found.get(0).entities());
    assertEquals("[SO-ACC-014 WARNING] indicator 'rate' plans 79.5 on 2030-12-31 as its last"
        + " planned point, which does not attain it: its final target is at least 80 on"
        + " 2030-12-31; extend the plan to the target or revise the target",
        found.get(0).toString());
  }

  @Test
  void doesNotFlagAPlanEndingExactlyAtAnAtLeastTargetOnItsDate() {
    assertEquals(List.of(), misses(planned(Target.atLeast(END, 80),
        new TrajectoryPoint(END, 80))));
  }

  @Test
  void flagsAPlanThatAttainsTheValueButEndsADayBeforeTheTargetDate() {
    List<Finding> found = misses(planned(Target.atLeast(END, 80),
        new TrajectoryPoint(END.minusDays(1), 85)));
    assertEquals(1, found.size());
    assertEquals("indicator 'rate' plans 85 on 2030-12-30 as its last planned point, which"
        + " ends before its date: its final target is at least 80 on 2030-12-31; extend the"
        + " plan to the target or revise the target", found.get(0).message());
  }

  @Test
  void doesNotFlagAPlanEndingAfterTheTargetDateAtAnAttainingValue() {
    assertEquals(List.of(), misses(planned(Target.atLeast(END, 80),
        new TrajectoryPoint(END.plusDays(1), 85))));
  }

  @Test
  void saysBothWhenThePlanEndsEarlyAndShort() {
    List<Finding> found = misses(planned(Target.atLeast(END, 80),
        new TrajectoryPoint(END.minusYears(1), 75)));
    assertEquals(true, found.get(0).message().contains(
        "which does not attain it and ends before its date:"), found.get(0).message());
  }

  @Test
  void judgesTheLastPointByAnAtMostTarget() {
    Indicator.Builder above = Indicator.builder("wait", "Wait").direction(Direction.DESCENDING)
        .target(Target.atMost(END, 18))
        .plannedPoints(new TrajectoryPoint(START, 30), new TrajectoryPoint(END, 18.5));
    assertEquals(1, misses(above).size());
    assertEquals(true, misses(above).get(0).message().contains("target is at most 18 on"));
    Indicator.Builder at = Indicator.builder("wait", "Wait").direction(Direction.DESCENDING)
        .target(Target.atMost(END, 18))
        .plannedPoints(new TrajectoryPoint(START, 30), new TrajectoryPoint(END, 18));
    assertEquals(List.of(), misses(at));
  }

  @Test
  void judgesTheLastPointByARangeTarget() {
    List<Finding> found = misses(planned(Target.between(END, 80, 85),
        new TrajectoryPoint(END, 86)));
    assertEquals(1, found.size());
    assertEquals(true, found.get(0).message().contains("target is between 80 and 85 on"));
    assertEquals(List.of(), misses(planned(Target.between(END, 80, 85),
        new TrajectoryPoint(END, 85))));
  }

  @Test
  void judgesTheLastPointByAnExactTarget() {
    List<Finding> found = misses(planned(Target.exactly(END, 80),
        new TrajectoryPoint(END, 81)));
    assertEquals(true, found.get(0).message().contains("target is exactly 80 on"));
    assertEquals(List.of(), misses(planned(Target.exactly(END, 80),
        new TrajectoryPoint(END, 80))));
  }

  @Test
  void comparesWithTheFinalTargetOnlyNotAnEarlierOne() {
    Indicator.Builder b = Indicator.builder("rate", "Employment rate")
        .target(Target.atLeast(END.minusYears(2), 90), Target.atLeast(END, 80))
        .plannedPoints(new TrajectoryPoint(START, 70), new TrajectoryPoint(END, 80));
    assertEquals(List.of(), misses(b));
  }

  @Test
  void doesNotFlagAnIndicatorWithoutPlannedPointsOrWithoutTargets() {
    assertEquals(List.of(), misses(Indicator.builder("rate", "Employment rate")
        .baseline(70, START).target(Target.atLeast(END, 80))));
    assertEquals(List.of(), misses(Indicator.builder("rate", "Employment rate")
        .plannedPoints(new TrajectoryPoint(START, 70), new TrajectoryPoint(END, 75))));
  }

  @Test
  void flagsAPlanEndingAboveAReachTargetOfADescendingIndicator() {
    // issue 13 point 3: "reach 8" of a descending indicator is at most 8
    List<Finding> found = misses(planned(Target.reach(END, 8), new TrajectoryPoint(END, 9))
        .direction(Direction.DESCENDING));
    assertEquals(1, found.size());
    assertEquals(true, found.get(0).message().contains("its final target is at most 8"),
        found.get(0).message());
  }

  @Test
  void doesNotFlagAPlanEndingBelowAReachTargetOfADescendingIndicator() {
    assertEquals(List.of(), misses(planned(Target.reach(END, 8), new TrajectoryPoint(END, 7))
        .direction(Direction.DESCENDING)));
  }

  @Test
  void doesNotFlagAPlanEndingWithinAnExactTargetsTolerance() {
    assertEquals(List.of(), misses(planned(Target.exactly(END, 80, 1),
        new TrajectoryPoint(END, 79))));
  }
}
