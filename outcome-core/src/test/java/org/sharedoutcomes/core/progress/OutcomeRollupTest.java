package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.progress.Fixtures.d;
import static org.sharedoutcomes.core.progress.Fixtures.month;

import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Target;

class OutcomeRollupTest {
  private static final OutcomeId O = OutcomeId.of("o");
  private static final OutcomeId TOP = OutcomeId.of("top");

  /**
   * An indicator from 0 on 2025-01-01 to at least 100 by 2027-01-01 (expected 50 on
   * 2026-01-01) with a December 2025 value: 60 on track (gap 0.6), 45 at risk (0.45), 20 off
   * track (0.2).
   */
  private static Indicator.Builder ind(String id) {
    return Indicator.builder(id, id).baseline(0, d("2025-01-01"))
        .target(Target.atLeast(d("2027-01-01"), 100));
  }

  /** Adds commitment {@code c} serving {@code outcome}, measured by indicator c-i at value. */
  private static OutcomeModel.Builder commitment(
      OutcomeModel.Builder b, String c, String outcome, double value) {
    return b.commitment(Commitment.builder(c, c).serves(outcome).build())
        .indicator(ind(c + "-i").measures(CommitmentId.of(c)).build())
        .measurement(month(c + "-i", "2025-12", value));
  }

  private static OutcomeModel.Builder outcomes() {
    return OutcomeModel.builder()
        .outcome(Outcome.of("top", "Top", OutcomeLevel.IMPACT))
        .outcome(Outcome.of("o", "O", OutcomeLevel.OUTCOME).withParents(TOP));
  }

  private static ProgressTracker track(OutcomeModel.Builder b, ProgressOptions o) {
    return ProgressTracker.of(b.build(), d("2026-01-01"), o);
  }

  private static OutcomeModel.Builder twoOnOneOff() {
    OutcomeModel.Builder b = outcomes();
    commitment(b, "c1", "o", 60);
    commitment(b, "c2", "o", 20);
    commitment(b, "c3", "o", 60);
    return b;
  }

  @Test
  void equalWeightsAverageTheChildrensBadness() {
    // badness 0, 2, 0: mean 0.667 in [0.5, 1.5) -> at risk; score (0.6 + 0.2 + 0.6) / 3
    OutcomeProgress p = track(twoOnOneOff(), ProgressOptions.defaults()).outcome(O);
    assertEquals(ProgressStatus.AT_RISK, p.status());
    assertEquals(1.4 / 3, p.score().getAsDouble(), 1e-12);
    assertEquals(3, p.children());
    assertEquals(3, p.childrenWithData());
  }

  @Test
  void configuredWeightsChangeTheRollUp() {
    // c2 weighs 0.25: badness 0.5 / 2.25 = 0.22 -> on track; score 1.25 / 2.25
    ProgressOptions o = ProgressOptions.defaults().withWeight(CommitmentId.of("c2"), 0.25);
    OutcomeProgress p = track(twoOnOneOff(), o).outcome(O);
    assertEquals(ProgressStatus.ON_TRACK, p.status());
    assertEquals(1.25 / 2.25, p.score().getAsDouble(), 1e-12);
  }

  @Test
  void parentOutcomeRollsUpChildOutcomesAndItsOwnCommitments() {
    OutcomeModel.Builder b = twoOnOneOff();
    commitment(b, "c4", "top", 60);
    // o is at risk (badness 1) with score 1.4/3; c4 on track (0) with 0.6: mean 0.5 -> at risk
    OutcomeProgress p = track(b, ProgressOptions.defaults()).outcome(TOP);
    assertEquals(ProgressStatus.AT_RISK, p.status());
    assertEquals((1.4 / 3 + 0.6) / 2, p.score().getAsDouble(), 1e-12);
  }

  /** Ordinal indicators q1, q2, … measuring O, with these December 2025 values. */
  private static OutcomeModel.Builder ordinals(double... values) {
    OutcomeModel.Builder b = outcomes();
    for (int k = 0; k < values.length; k++) {
      String id = "q" + (k + 1);
      b.indicator(ind(id).measureType(MeasureType.ORDINAL).measures(O).build())
          .measurement(month(id, "2025-12", values[k]));
    }
    return b;
  }

  @Test
  void ordinalIndicatorsRollUpByTheirWorstStatus() {
    OutcomeProgress p = track(ordinals(60, 20, 60), ProgressOptions.defaults()).outcome(O);
    assertEquals(ProgressStatus.OFF_TRACK, p.status());
    assertTrue(p.score().isEmpty(), "ordinal values are never averaged");
  }

  @Test
  void ordinalIndicatorsRollUpByTheirMedianStatusWhenAsked() {
    ProgressOptions o = ProgressOptions.defaults().withOrdinalRollup(OrdinalRollup.MEDIAN);
    assertEquals(ProgressStatus.ON_TRACK, track(ordinals(60, 20, 60), o).outcome(O).status());
  }

  @Test
  void nonAggregableIndicatorJoinsByStatusButNotByValue() {
    OutcomeModel.Builder b = outcomes()
        .indicator(ind("x").aggregable(false).measures(O).build())
        .measurement(month("x", "2025-12", 60));
    OutcomeProgress p = track(b, ProgressOptions.defaults()).outcome(O);
    assertEquals(ProgressStatus.ON_TRACK, p.status());
    assertTrue(p.score().isEmpty());
  }

  @Test
  void outcomeWhoseChildrenHaveNoDataHasNoData() {
    OutcomeModel.Builder b = outcomes()
        .commitment(Commitment.builder("c1", "c1").serves("o").build());
    OutcomeProgress p = track(b, ProgressOptions.defaults()).outcome(O);
    assertEquals(ProgressStatus.NO_DATA, p.status());
    assertEquals(0, p.childrenWithData());
    assertEquals(ProgressStatus.NO_DATA,
        track(b, ProgressOptions.defaults()).outcome(TOP).status());
  }

  @Test
  void outcomeWhoseChildrenAreAllAchievedIsAchieved() {
    OutcomeModel.Builder b = outcomes();
    commitment(b, "c1", "o", 100);
    commitment(b, "c2", "o", 120);
    assertEquals(ProgressStatus.ACHIEVED,
        track(b, ProgressOptions.defaults()).outcome(TOP).status());
  }

  @Test
  void anAchievedChildBesideOneWithoutDataIsOnTrackNotAchieved() {
    // the edge's neighbour: c1 achieved, c2 has no indicator and no milestone (no data)
    OutcomeModel.Builder b = outcomes();
    commitment(b, "c1", "o", 100);
    b.commitment(Commitment.builder("c2", "c2").serves("o").build());
    ProgressTracker t = track(b, ProgressOptions.defaults());
    assertEquals(ProgressStatus.NO_DATA, t.commitment(CommitmentId.of("c2")).status());
    OutcomeProgress p = t.outcome(O);
    assertEquals(ProgressStatus.ON_TRACK, p.status(), "c2 says nothing: not every part is achieved");
    assertEquals(2, p.children());
    assertEquals(1, p.childrenWithData());
    assertEquals(ProgressStatus.ON_TRACK, t.outcome(TOP).status());
  }

  @Test
  void anAchievedChildBesideOneNotYetDueIsOnTrackNotAchieved() {
    // c2's indicator has a figure, no baseline and its target after the date: not yet due
    // (rule 4)
    OutcomeModel.Builder b = outcomes();
    commitment(b, "c1", "o", 100);
    b.commitment(Commitment.builder("c2", "c2").serves("o").build())
        .indicator(Indicator.builder("c2-i", "c2-i").target(Target.atLeast(d("2027-01-01"), 100))
            .measures(CommitmentId.of("c2")).build())
        .measurement(month("c2-i", "2025-12", 12));
    ProgressTracker t = track(b, ProgressOptions.defaults());
    assertEquals(ProgressStatus.NOT_YET_DUE, t.commitment(CommitmentId.of("c2")).status());
    OutcomeProgress p = t.outcome(O);
    assertEquals(ProgressStatus.ON_TRACK, p.status());
    assertEquals(1, p.childrenWithData());
  }

  @Test
  void anAchievedOrdinalIndicatorBesideOneWithoutDataIsOnTrackNotAchieved() {
    OutcomeModel.Builder b = outcomes()
        .indicator(ind("q1").measureType(MeasureType.ORDINAL).measures(O).build())
        .measurement(month("q1", "2025-12", 100))
        .indicator(ind("q2").measureType(MeasureType.ORDINAL).measures(O).build());
    OutcomeProgress p = track(b, ProgressOptions.defaults()).outcome(O);
    assertEquals(ProgressStatus.ON_TRACK, p.status());
    assertEquals(2, p.children());
    assertEquals(1, p.childrenWithData());
    // the edge: the same two, both measured and attained, are achieved
    b.measurement(month("q2", "2025-12", 100));
    assertEquals(ProgressStatus.ACHIEVED, track(b, ProgressOptions.defaults()).outcome(O).status());
  }

  @Test
  void aMedianOfAchievedOrdinalIndicatorsBesideAnOffTrackOneIsNotAchieved() {
    // q1, q2 achieved, q3 off track: the median status is achieved, the outcome is not
    OutcomeModel.Builder b = ordinals(100, 100, 20);
    ProgressOptions median = ProgressOptions.defaults().withOrdinalRollup(OrdinalRollup.MEDIAN);
    ProgressTracker t = track(b, median);
    assertEquals(ProgressStatus.OFF_TRACK, t.indicator(IndicatorId.of("q3")).status());
    assertEquals(ProgressStatus.ON_TRACK, t.outcome(O).status());
    // the edge: all three attained are achieved under the median roll-up too
    b.measurement(month("q3", "2026-01", 100));
    assertEquals(ProgressStatus.ACHIEVED,
        ProgressTracker.of(b.build(), d("2026-02-01"), median).outcome(O).status());
  }

  @Test
  void identicalChildrenRollUpToTheChildsValue() {
    OutcomeModel.Builder b = outcomes();
    commitment(b, "c1", "o", 45);
    commitment(b, "c2", "o", 45);
    ProgressTracker t = track(b, ProgressOptions.defaults());
    assertEquals(ProgressStatus.AT_RISK, t.outcome(O).status());
    assertEquals(0.45, t.outcome(O).score().getAsDouble(), 1e-12);
    assertEquals(0.45, t.outcome(TOP).score().getAsDouble(), 1e-12);
  }
}
