package org.sharedoutcomes.core.check;

import java.util.List;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.OutcomeModel;

/** The rule of {@link FindingCode#INDICATOR_WITHOUT_BASELINE}. */
@RuleCode(constant = "INDICATOR_WITHOUT_BASELINE", code = "SO-ACC-004", severity = Severity.WARNING,
    doc = "an indicator without baseline",
    summary = "an indicator with no baseline, so progress cannot be measured from a start",
    whatToDo = "record the baseline value and date")
final class IndicatorWithoutBaseline extends IndicatorRule {
  IndicatorWithoutBaseline(FindingCode findingCode) {
    super(findingCode);
  }

  @Override
  void check(Indicator i, OutcomeModel model, List<Finding> out) {
    if (i.baseline().isEmpty()) {
      out.add(finding(List.of(i.id()), "indicator '" + i.id() + "' has no baseline: progress"
          + " cannot be measured from where it started"));
    }
  }
}
