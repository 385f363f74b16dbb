package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.progress.Fixtures.C;
import static org.sharedoutcomes.core.progress.Fixtures.d;
import static org.sharedoutcomes.core.progress.Fixtures.indicator;
import static org.sharedoutcomes.core.progress.Fixtures.month;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.DeliveryAssessment;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Milestone;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Rating;
import org.sharedoutcomes.core.Target;

class CommitmentProgressTest {
  private static final String AS_OF = "2026-01-01";

  /** At 2026-01-01: at risk (140 against 150, gap closed 0.4). */
  private static OutcomeModel.Builder atRisk(OutcomeModel.Builder b) {
    return b.indicator(indicator("a").baseline(100, d("2025-01-01"))
            .target(Target.atLeast(d("2027-01-01"), 200)).build())
        .measurement(month("a", "2025-12", 140));
  }

  /** At 2026-01-01: on track (60 against 50, gap closed 0.6). */
  private static OutcomeModel.Builder onTrack(OutcomeModel.Builder b) {
    return b.indicator(indicator("b").baseline(0, d("2025-01-01"))
            .target(Target.atLeast(d("2027-01-01"), 100)).build())
        .measurement(month("b", "2025-12", 60));
  }

  private static Commitment.Builder commitment() {
    return Commitment.builder("c", "Child benefit").serves("o");
  }

  private static CommitmentProgress progress(OutcomeModel.Builder b) {
    return ProgressTracker.of(b.build(), d(AS_OF)).commitment(C);
  }

  private static CommitmentProgress progress(OutcomeModel.Builder b, ProgressOptions o) {
    return ProgressTracker.of(b.build(), d(AS_OF), o).commitment(C);
  }

  @Test
  void worstIndicatorSetsTheStatusAndOneIssueIsAmberGreen() {
    CommitmentProgress p = progress(onTrack(atRisk(Fixtures.base())));
    assertEquals(ProgressStatus.AT_RISK, p.status());
    assertEquals(Rating.AMBER_GREEN, p.likelihood());
    assertEquals(List.of("indicator 'a' is at risk: 6.7% behind its trajectory "
        + "(expected 150, actual 140)"), p.reasons());
  }

  @Test
  void scoreIsTheMeanGapClosedOfItsIndicators() {
    assertEquals(0.5, progress(onTrack(atRisk(Fixtures.base()))).score().getAsDouble(), 1e-12);
  }

  @Test
  void scoreRespectsConfiguredWeights() {
    ProgressOptions o = ProgressOptions.defaults().withWeight(IndicatorId.of("b"), 3);
    // (0.4 * 1 + 0.6 * 3) / 4 = 0.55
    assertEquals(0.55, progress(onTrack(atRisk(Fixtures.base())), o).score().getAsDouble(),
        1e-12);
  }

  @Test
  void milestoneALittleLateMakesAnOnTrackCommitmentAtRisk() {
    CommitmentProgress p = progress(onTrack(Fixtures.base().replace(commitment()
        .milestones(Milestone.due("Pilot live", d("2025-12-01"))).build())));
    assertEquals(ProgressStatus.AT_RISK, p.status());
    assertEquals(List.of("milestone 'Pilot live' was due 2025-12-01 and is not done "
        + "(31 days late)"), p.reasons());
  }

  @Test
  void milestoneMoreThanNinetyDaysLateMakesItOffTrackAmberRed() {
    CommitmentProgress p = progress(onTrack(Fixtures.base().replace(commitment()
        .milestones(Milestone.due("Pilot live", d("2025-09-01"))).build())));
    assertEquals(ProgressStatus.OFF_TRACK, p.status());
    assertEquals(Rating.AMBER_RED, p.likelihood());
  }

  @Test
  void doneMilestoneIsNotLate() {
    CommitmentProgress p = progress(onTrack(Fixtures.base().replace(commitment()
        .milestones(Milestone.due("Pilot live", d("2025-09-01")).doneOn(d("2025-10-01")))
        .build())));
    assertEquals(ProgressStatus.ON_TRACK, p.status());
    assertEquals(Rating.GREEN, p.likelihood());
  }

  @Test
  void dueDatePassedWithoutAchievingIsOffTrackRed() {
    CommitmentProgress p = progress(onTrack(Fixtures.base().replace(commitment()
        .due(d("2025-12-31")).build())));
    assertEquals(ProgressStatus.OFF_TRACK, p.status());
    assertEquals(Rating.RED, p.likelihood());
    assertTrue(p.reasons().contains("commitment was due 2025-12-31 and is not achieved"));
  }

  @Test
  void everyIndicatorAndMilestoneAchievedIsAchievedGreen() {
    CommitmentProgress p = progress(Fixtures.base()
        .replace(commitment().milestones(Milestone.due("Law", d("2025-06-01"))
            .doneOn(d("2025-05-01"))).build())
        .indicator(indicator("b").baseline(0, d("2025-01-01"))
            .target(Target.atLeast(d("2027-01-01"), 100)).build())
        .measurement(month("b", "2025-12", 100)));
    assertEquals(ProgressStatus.ACHIEVED, p.status());
    assertEquals(Rating.GREEN, p.likelihood());
  }

  @Test
  void commitmentWithNothingToJudgeByHasNoData() {
    CommitmentProgress p = progress(Fixtures.base());
    assertEquals(ProgressStatus.NO_DATA, p.status());
    assertEquals(Rating.AMBER, p.likelihood());
    assertTrue(p.score().isEmpty());
  }

  @Test
  void onTrackWithAnIndicatorWithoutDataIsOnlyAmberGreen() {
    CommitmentProgress p = progress(onTrack(Fixtures.base())
        .indicator(indicator("z").baseline(0, d("2025-01-01")).build()));
    assertEquals(ProgressStatus.ON_TRACK, p.status());
    assertEquals(Rating.AMBER_GREEN, p.likelihood());
    assertEquals(List.of("indicator 'z' has no data: no data"), p.reasons());
  }

  @Test
  void humanAssessmentIsReportedBesideTheDerivedRatingAndDisagreementFlagged() {
    DeliveryAssessment human = DeliveryAssessment.of(C, d("2025-12-15"), Rating.GREEN, "fine");
    CommitmentProgress p = progress(onTrack(Fixtures.base().replace(commitment()
        .milestones(Milestone.due("Pilot live", d("2025-09-01"))).build())).assessment(human));
    assertEquals(Rating.AMBER_RED, p.likelihood());
    assertEquals(human, p.assessment().orElseThrow());
    assertTrue(p.disagreement());
  }

  @Test
  void humanAssessmentOneStepAwayIsNotADisagreementByDefault() {
    DeliveryAssessment human = DeliveryAssessment.of(C, d("2025-12-15"), Rating.AMBER, "hmm");
    CommitmentProgress p = progress(onTrack(atRisk(Fixtures.base())).assessment(human));
    assertEquals(Rating.AMBER_GREEN, p.likelihood());
    assertFalse(p.disagreement());
    assertTrue(progress(onTrack(atRisk(Fixtures.base())).assessment(human),
        ProgressOptions.defaults().withDisagreementSteps(1)).disagreement());
  }

  @Test
  void assessmentAfterTheDateIsNotUsed() {
    DeliveryAssessment later = DeliveryAssessment.of(C, d("2026-02-01"), Rating.RED, "later");
    assertTrue(progress(onTrack(Fixtures.base()).assessment(later)).assessment().isEmpty());
  }
}
