package org.sharedoutcomes.core.check;

import java.util.List;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.OutcomeModel;

/** The rule of {@link FindingCode#INDICATOR_WITHOUT_OWNER}. */
final class IndicatorWithoutOwner extends IndicatorRule {
  IndicatorWithoutOwner(FindingCode findingCode) {
    super(findingCode, "SO-ACC-006", Severity.WARNING,
        "an indicator with no data owner",
        "name the agency answering for its data");
  }

  @Override
  void check(Indicator i, OutcomeModel model, List<Finding> out) {
    if (i.dataOwner().isEmpty()) {
      out.add(finding(List.of(i.id()), "indicator '" + i.id() + "' has no data owner: name the"
          + " agency that answers for its data"));
    }
  }
}
