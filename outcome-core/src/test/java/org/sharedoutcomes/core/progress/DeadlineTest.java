package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.progress.Fixtures.d;
import static org.sharedoutcomes.core.progress.Fixtures.indicator;
import static org.sharedoutcomes.core.progress.Fixtures.month;

import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Milestone;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Rating;
import org.sharedoutcomes.core.Target;

/** Issue 13 point 1: a target is due on its date, and on that date attainment decides. */
class DeadlineTest {
  private static final IndicatorId AE = IndicatorId.of("ae");

  /** The sample's A&E waits: baseline 81, at least 95 by 2025-12-31, November at 94.3. */
  private static ProgressTracker ae(double november, String asOf) {
    Indicator ae = indicator("ae").baseline(81, d("2025-01-01"))
        .target(Target.atLeast(d("2025-12-31"), 95)).build();
    return Fixtures.track(ae, asOf, month("ae", "2025-11", november));
  }

  @Test
  void aMissedTargetIsOffTrackOnItsDueDate() {
    IndicatorProgress p = ae(94.3, "2025-12-31").indicator(AE);
    assertEquals(ProgressStatus.OFF_TRACK, p.status());
    assertEquals("final target >= 95 by 2025-12-31 missed: actual 94.3 on its due date",
        p.explanation());
    assertEquals(AttainmentState.NOT_ATTAINED, p.attainment().state());
  }

  @Test
  void theDayBeforeItsDueDateATargetIsJudgedAgainstTheTrajectory() {
    IndicatorProgress p = ae(94.3, "2025-12-30").indicator(AE);
    // expected 81 + 14 * 363 / 364 = 94.96: 0.7% behind, within the 5% on-track bound
    assertEquals(81 + 14.0 * 363 / 364, p.expected().getAsDouble(), 1e-9);
    assertEquals(ProgressStatus.ON_TRACK, p.status());
    assertEquals(AttainmentState.NOT_YET_DUE, p.attainment().state());
  }

  @Test
  void anAttainedTargetIsAchievedOnItsDueDate() {
    IndicatorProgress p = ae(95, "2025-12-31").indicator(AE);
    assertEquals(ProgressStatus.ACHIEVED, p.status());
    assertEquals(AttainmentState.ATTAINED, p.attainment().state());
  }

  @Test
  void theMissedTargetMakesItsCommitmentOffTrackOnTheDueDate() {
    assertEquals(ProgressStatus.OFF_TRACK, ae(94.3, "2025-12-31").statusOf(Fixtures.C));
    assertEquals(ProgressStatus.ON_TRACK, ae(94.3, "2025-12-30").statusOf(Fixtures.C));
  }

  @Test
  void aTargetCheckIsDueOnItsDate() {
    assertTrue(ae(94.3, "2025-12-31").indicator(AE).targets().get(0).missed());
    assertEquals(false, ae(94.3, "2025-12-30").indicator(AE).targets().get(0).due());
  }

  private static ProgressTracker commitmentDue(String asOf) {
    OutcomeModel m = OutcomeModel.builder()
        .agency(Agency.of("esdc", "E", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL))
        .commitment(Commitment.builder("c", "C").due(d("2025-06-30"))
            .milestones(Milestone.due("Pilot", d("2025-06-30"))).build())
        .build();
    return ProgressTracker.of(m, d(asOf));
  }

  @Test
  void aCommitmentNotAchievedIsOffTrackAndRedOnItsDueDate() {
    CommitmentProgress p = commitmentDue("2025-06-30").commitment(CommitmentId.of("c"));
    assertEquals(ProgressStatus.OFF_TRACK, p.status());
    assertEquals(Rating.RED, p.likelihood());
    assertTrue(p.reasons().contains("commitment was due 2025-06-30 and is not achieved"),
        p.reasons().toString());
  }

  @Test
  void aCommitmentTheDayBeforeItsDueDateIsNotYetMissed() {
    CommitmentProgress p = commitmentDue("2025-06-29").commitment(CommitmentId.of("c"));
    assertEquals(ProgressStatus.ON_TRACK, p.status());
  }

  @Test
  void aMilestoneDueTodayIsNotLateUntilTomorrow() {
    // deliberate: a milestone can still be done on its day; it is late from the next day
    OutcomeModel m = OutcomeModel.builder()
        .commitment(Commitment.builder("c", "C")
            .milestones(Milestone.due("Pilot", d("2025-06-30"))).build())
        .build();
    assertEquals(ProgressStatus.ON_TRACK,
        ProgressTracker.of(m, d("2025-06-30")).statusOf(CommitmentId.of("c")));
    assertEquals(ProgressStatus.AT_RISK,
        ProgressTracker.of(m, d("2025-07-01")).statusOf(CommitmentId.of("c")));
  }
}
