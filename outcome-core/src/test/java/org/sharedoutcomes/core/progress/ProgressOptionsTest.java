package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.CommitmentId;

class ProgressOptionsTest {
  @Test
  void defaultsAreFiveAndFifteenPercent() {
    assertEquals(new Thresholds(0.05, 0.15), ProgressOptions.defaults().thresholds());
  }

  @Test
  void thresholdsClassifyShortfallsInclusively() {
    Thresholds t = Thresholds.DEFAULT;
    assertEquals(ProgressStatus.ON_TRACK, t.classify(0.05));
    assertEquals(ProgressStatus.AT_RISK, t.classify(0.0500001));
    assertEquals(ProgressStatus.AT_RISK, t.classify(0.15));
    assertEquals(ProgressStatus.OFF_TRACK, t.classify(0.1500001));
  }

  @Test
  void rejectsAtRiskBelowOnTrack() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Thresholds(0.2, 0.1));
    assertEquals("thresholds atRisk must be finite and >= onTrack (0.2), was 0.1",
        e.getMessage());
  }

  @Test
  void rejectsNegativeOrNaNThreshold() {
    assertThrows(IllegalArgumentException.class, () -> new Thresholds(-0.01, 0.1));
    assertThrows(IllegalArgumentException.class, () -> new Thresholds(Double.NaN, 0.1));
  }

  @Test
  void rejectsNonPositiveWeightNamingTheChild() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ProgressOptions.defaults().withWeight(CommitmentId.of("ccb"), 0));
    assertEquals("progress options weight of 'ccb' must be positive and finite, was 0.0",
        e.getMessage());
  }

  @Test
  void rejectsDisagreementStepsOutsideTheScale() {
    assertThrows(IllegalArgumentException.class,
        () -> ProgressOptions.defaults().withDisagreementSteps(5));
  }

  @Test
  void unlistedChildrenWeighOne() {
    ProgressOptions o = ProgressOptions.defaults().withWeight(CommitmentId.of("a"), 2.5);
    assertEquals(2.5, o.weightOf(CommitmentId.of("a")));
    assertEquals(1.0, o.weightOf(CommitmentId.of("b")));
  }
}
