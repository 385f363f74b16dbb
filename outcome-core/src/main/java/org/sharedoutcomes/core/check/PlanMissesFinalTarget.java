package org.sharedoutcomes.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TrajectoryPoint;

/**
 * The rule of {@link FindingCode#PLAN_MISSES_FINAL_TARGET}: the explicit planned points define
 * the trajectory progress is read against, so a plan that stops short of the final target
 * reports "on track" for an indicator headed for a miss. Looks at the last planned point only:
 * its value is judged by {@link Target#isAttainedBy(double, org.sharedoutcomes.core.Direction)}
 * (so by the target's kind: at least, at most, within a range, exactly within its tolerance, or
 * reach in the indicator's direction), its date against the target's date.
 */
@RuleCode(constant = "PLAN_MISSES_FINAL_TARGET", code = "SO-ACC-014",
    severity = Severity.WARNING, since = "0.2",
    doc = "planned points that miss the final target",
    summary = "an indicator whose explicit planned points end at a value that does not attain its"
        + " final target (by the target's kind: at least, at most, range, exactly) or end before"
        + " the final target's date",
    whatToDo = "extend the planned points to the final target, or revise the target")
final class PlanMissesFinalTarget extends IndicatorRule {
  PlanMissesFinalTarget(FindingCode findingCode) {
    super(findingCode);
  }

  @Override
  void check(Indicator i, OutcomeModel model, List<Finding> out) {
    Optional<Target> last = i.finalTarget();
    if (i.plannedPoints().isEmpty() || last.isEmpty()) {
      return;
    }
    Target t = last.get();
    TrajectoryPoint p = i.plannedPoints().get(i.plannedPoints().size() - 1);
    List<String> misses = new ArrayList<>(2);
    if (!t.isAttainedBy(p.value(), i.direction())) {
      misses.add("does not attain it");
    }
    if (p.date().isBefore(t.date())) {
      misses.add("ends before its date");
    }
    if (!misses.isEmpty()) {
      out.add(finding(List.of(i.id()), "indicator '" + i.id() + "' plans " + number(p.value())
          + " on " + p.date() + " as its last planned point, which " + String.join(" and ",
              misses) + ": its final target is " + describe(t, i) + " on " + t.date()
          + "; extend the plan to the target or revise the target"));
    }
  }

  private static String describe(Target t, Indicator i) {
    return switch (t.kindFor(i.direction())) {
      case EXACT -> "exactly " + number(t.low())
          + (t.tolerance() > 0 ? " (\u00b1 " + number(t.tolerance()) + ")" : "");
      case AT_LEAST -> "at least " + number(t.low());
      case AT_MOST -> "at most " + number(t.high());
      case RANGE -> "between " + number(t.low()) + " and " + number(t.high());
      case REACH -> throw new AssertionError("resolved by kindFor");
    };
  }
}
