package org.sharedoutcomes.core.check;

import java.util.List;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.OutcomeModel;

/** The rule of {@link FindingCode#INDICATOR_WITHOUT_OWNER}. */
@RuleCode(constant = "INDICATOR_WITHOUT_OWNER", code = "SO-ACC-006", severity = Severity.WARNING,
    doc = "an indicator without data owner",
    summary = "an indicator with no data owner",
    whatToDo = "name the agency answering for its data")
final class IndicatorWithoutOwner extends IndicatorRule {
  IndicatorWithoutOwner(FindingCode findingCode) {
    super(findingCode);
  }

  @Override
  void check(Indicator i, OutcomeModel model, List<Finding> out) {
    if (i.dataOwner().isEmpty()) {
      out.add(finding(List.of(i.id()), "indicator '" + i.id() + "' has no data owner: name the"
          + " agency that answers for its data"));
    }
  }
}
