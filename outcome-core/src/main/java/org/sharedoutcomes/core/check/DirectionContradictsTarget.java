package org.sharedoutcomes.core.check;

import java.util.List;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TargetKind;

/**
 * The rule of {@link FindingCode#DIRECTION_CONTRADICTS_TARGET}: progress reads variance by the
 * direction, so such an indicator is reported ahead when it is behind. One finding per
 * indicator, naming its first contradicting target.
 */
@RuleCode(constant = "DIRECTION_CONTRADICTS_TARGET", code = "SO-ACC-012",
    severity = Severity.WARNING,
    doc = "an indicator's direction contradicts a target's kind",
    summary = "an indicator whose direction contradicts a target's kind: ASCENDING (the default)"
        + " with an AT_MOST target, or DESCENDING with an AT_LEAST target; progress would read"
        + " behind as ahead",
    whatToDo = "set the direction, or fix the target's kind")
final class DirectionContradictsTarget extends IndicatorRule {
  DirectionContradictsTarget(FindingCode findingCode) {
    super(findingCode);
  }

  @Override
  void check(Indicator i, OutcomeModel model, List<Finding> out) {
    TargetKind wrong = i.direction() == Direction.ASCENDING ? TargetKind.AT_MOST
        : TargetKind.AT_LEAST;
    for (Target t : i.targets()) {
      if (t.kind() == wrong) {
        out.add(finding(List.of(i.id()), "indicator '" + i.id() + "' is " + i.direction() + " ("
            + (i.direction() == Direction.ASCENDING ? "higher" : "lower") + " is better) but its"
            + " target on " + t.date() + " is " + wrong + " " + number(t.reference())
            + ": set its direction or fix the target, or progress will read behind as ahead"));
        return;
      }
    }
  }
}
