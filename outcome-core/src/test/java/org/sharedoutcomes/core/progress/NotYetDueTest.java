package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.progress.Fixtures.d;
import static org.sharedoutcomes.core.progress.Fixtures.indicator;
import static org.sharedoutcomes.core.progress.Fixtures.month;

import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.Rating;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TrajectoryPoint;

/** Issue 13 point 4: without a baseline or planned points there is no plan to be behind. */
class NotYetDueTest {
  private static final IndicatorId R = IndicatorId.of("r");

  /** A results-framework indicator: at least 90 by 2018-12-31, no baseline, 2017 at 12. */
  private static ProgressTracker results(org.sharedoutcomes.core.Indicator.Builder b,
      String asOf, double value) {
    return Fixtures.track(b.target(Target.atLeast(d("2018-12-31"), 90)).build(), asOf,
        month("r", "2017-12", value));
  }

  @Test
  void withoutBaselineOrPlanAnIndicatorBeforeItsTargetDateIsNotYetDue() {
    IndicatorProgress p = results(indicator("r"), "2018-01-15", 12).indicator(R);
    assertEquals(ProgressStatus.NOT_YET_DUE, p.status());
    assertTrue(p.explanation().startsWith("not yet due: no baseline or planned points"),
        p.explanation());
    assertEquals(AttainmentState.NOT_YET_DUE, p.attainment().state());
  }

  @Test
  void withABaselineTheSameFigureIsJudgedAgainstTheTrajectory() {
    IndicatorProgress p = results(indicator("r").baseline(10, d("2017-01-01")), "2018-01-15", 12)
        .indicator(R);
    assertEquals(ProgressStatus.OFF_TRACK, p.status());
  }

  @Test
  void withPlannedPointsTheSameFigureIsJudgedAgainstThem() {
    IndicatorProgress p = results(indicator("r")
        .plannedPoints(new TrajectoryPoint(d("2017-12-31"), 12)), "2018-01-15", 12).indicator(R);
    assertEquals(ProgressStatus.ON_TRACK, p.status());
  }

  @Test
  void withoutBaselineOrPlanAnIndicatorIsDecidedByAttainmentOnItsTargetDate() {
    // the 2017 figure is stale by 2018-12-31 with the default grace period: allow a year
    ProgressTracker t = Fixtures.track(indicator("r").target(Target.atLeast(d("2018-12-31"), 90))
        .build(), "2018-12-31", org.sharedoutcomes.core.Measurement.of(R, d("2018-01-01"),
            d("2018-12-31"), 12));
    assertEquals(ProgressStatus.OFF_TRACK, t.statusOf(R));
  }

  @Test
  void alreadyAttainedBeforeItsDateIsAchievedAndSaysSo() {
    IndicatorProgress p = results(indicator("r"), "2018-01-15", 91).indicator(R);
    assertEquals(ProgressStatus.ACHIEVED, p.status());
    assertEquals(AttainmentState.ATTAINED, p.attainment().state());
    assertEquals("final target >= 90 by 2018-12-31 attained with 91 (already, before its date)",
        p.explanation());
  }

  @Test
  void aCommitmentWhoseOnlyIndicatorIsNotYetDueIsNotYetDueAndAmber() {
    CommitmentProgress c = results(indicator("r"), "2018-01-15", 12).commitment(Fixtures.C);
    assertEquals(ProgressStatus.NOT_YET_DUE, c.status());
    assertEquals(Rating.AMBER, c.likelihood());
    assertTrue(c.reasons().get(0).startsWith("indicator 'r' is not yet due: "), c.reasons()
        .toString());
  }

  @Test
  void aNotYetDueIndicatorNeitherRaisesNorLowersAnOnTrackCommitment() {
    ProgressTracker t = ProgressTracker.of(Fixtures.base()
        .indicator(indicator("r").target(Target.atLeast(d("2018-12-31"), 90)).build())
        .indicator(indicator("q").baseline(10, d("2017-01-01"))
            .target(Target.atLeast(d("2019-01-01"), 30)).build())
        .measurement(month("r", "2017-12", 12)).measurement(month("q", "2017-12", 20)).build(),
        d("2018-01-15"));
    CommitmentProgress c = t.commitment(Fixtures.C);
    assertEquals(ProgressStatus.ON_TRACK, c.status());
    assertEquals(Rating.GREEN, c.likelihood());
  }

  @Test
  void anOutcomeWhoseOnlyCommitmentIsNotYetDueIsNotYetDue() {
    assertEquals(ProgressStatus.NOT_YET_DUE,
        results(indicator("r"), "2018-01-15", 12).statusOf(OutcomeId.of("o")));
  }

  @Test
  void notYetDueHasNoRank() {
    assertEquals(-1, ProgressStatus.NOT_YET_DUE.rank());
  }
}
