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

/** SO-ACC-012: a direction that contradicts a target's kind makes progress read backwards. */
class DirectionContradictsTargetTest {
  private static final LocalDate END = LocalDate.of(2027, 1, 1);

  private static List<Finding> findings(Indicator.Builder b) {
    return AccountabilityCheck.of(OutcomeModel.builder().indicator(b.build()).build())
        .findings(FindingCode.DIRECTION_CONTRADICTS_TARGET);
  }

  @Test
  void flagsAnIndicatorLeftAscendingWithAnAtMostTarget() {
    List<Finding> found = findings(Indicator.builder("wait", "Median wait")
        .baseline(100, LocalDate.of(2025, 1, 1)).target(Target.atMost(END, 50)));
    assertEquals(1, found.size());
    assertEquals(List.<EntityId>of(IndicatorId.of("wait")), found.get(0).entities());
    assertEquals("[SO-ACC-012 WARNING] indicator 'wait' is ASCENDING (higher is better) but its"
        + " target on 2027-01-01 is AT_MOST 50: set its direction or fix the target, or"
        + " progress will read behind as ahead", found.get(0).toString());
  }

  @Test
  void flagsADescendingIndicatorWithAnAtLeastTargetOncePerIndicator() {
    List<Finding> found = findings(Indicator.builder("cost", "Cost").direction(
        Direction.DESCENDING).target(Target.atLeast(END, 2.5),
            Target.atLeast(END.plusYears(1), 3)));
    assertEquals(1, found.size());
    assertEquals(true, found.get(0).message().contains("is AT_LEAST 2.5:"));
  }

  @Test
  void acceptsDirectionsThatAgreeWithTheirTargets() {
    assertEquals(List.of(), findings(Indicator.builder("wait", "Median wait")
        .direction(Direction.DESCENDING).target(Target.atMost(END, 50))));
    assertEquals(List.of(), findings(Indicator.builder("rate", "Employment rate")
        .target(Target.atLeast(END, 80), Target.exactly(END.plusYears(1), 85),
            Target.between(END.plusYears(2), 85, 90))));
  }
}
