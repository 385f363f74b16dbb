package org.sharedoutcomes.core.check;

import java.util.List;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.OutcomeModel;

/** The rule of {@link FindingCode#INDICATOR_WITHOUT_TARGET}. */
final class IndicatorWithoutTarget extends IndicatorRule {
  IndicatorWithoutTarget(FindingCode findingCode) {
    super(findingCode, "SO-ACC-005", Severity.WARNING,
        "an indicator with neither targets nor planned trajectory points, so nobody can tell"
            + " whether it is on track",
        "set a dated target (or planned trajectory points)");
  }

  @Override
  void check(Indicator i, OutcomeModel model, List<Finding> out) {
    if (i.targets().isEmpty() && i.plannedPoints().isEmpty()) {
      out.add(finding(List.of(i.id()), "indicator '" + i.id() + "' has no target: nobody can"
          + " tell whether it is on track"));
    }
  }
}
