package org.sharedoutcomes.core.check;

import java.util.List;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.OutcomeModel;

/** The rule of {@link FindingCode#INDICATOR_WITHOUT_TARGET}. */
@RuleCode(constant = "INDICATOR_WITHOUT_TARGET", code = "SO-ACC-005", severity = Severity.WARNING,
    doc = "an indicator without target or planned points",
    summary = "an indicator with neither targets nor planned trajectory points, so nobody can tell"
        + " whether it is on track",
    whatToDo = "set a dated target (or planned trajectory points)")
final class IndicatorWithoutTarget extends IndicatorRule {
  IndicatorWithoutTarget(FindingCode findingCode) {
    super(findingCode);
  }

  @Override
  void check(Indicator i, OutcomeModel model, List<Finding> out) {
    if (i.targets().isEmpty() && i.plannedPoints().isEmpty()) {
      out.add(finding(List.of(i.id()), "indicator '" + i.id() + "' has no target: nobody can"
          + " tell whether it is on track"));
    }
  }
}
