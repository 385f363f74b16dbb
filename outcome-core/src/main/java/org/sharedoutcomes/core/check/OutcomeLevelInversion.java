package org.sharedoutcomes.core.check;

import java.util.List;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.internal.Checks;

/**
 * The rule of {@link FindingCode#OUTCOME_LEVEL_INVERTED}: a results chain runs from outputs to
 * outcomes to impacts, so an outcome contributing to a parent of a lower level reads the chain
 * backwards. One finding per such link, in outcome order, then parent id order. O(o) for o
 * outcome-parent links.
 */
@RuleCode(constant = "OUTCOME_LEVEL_INVERTED", code = "SO-ACC-013",
    severity = Severity.WARNING, since = "0.2",
    doc = "an outcome under a parent of a lower level",
    summary = "an outcome that contributes to a parent of a lower level: an IMPACT under an"
        + " OUTCOME or an OUTPUT, or an OUTCOME under an OUTPUT (the same level is fine); one"
        + " finding per such link",
    whatToDo = "fix the level of one of the two, or link the outcome to a parent of its own level"
        + " or higher")
final class OutcomeLevelInversion extends ModelRule {
  OutcomeLevelInversion(FindingCode findingCode) {
    super(findingCode);
  }

  @Override
  void check(OutcomeModel model, List<Finding> out) {
    for (Outcome o : model.outcomes()) {
      for (OutcomeId parentId : o.parents()) {
        model.outcome(parentId).ifPresent(parent -> {
          if (rank(parent.level()) < rank(o.level())) {
            out.add(finding(List.of(o.id(), parent.id()), describe(o) + " contributes to "
                + describe(parent) + ", a lower level: a results chain runs from outputs to"
                + " outcomes to impacts; fix one of the two levels or the link"));
          }
        });
      }
    }
  }

  /** The place of a level in the results chain, outputs first. */
  private static int rank(OutcomeLevel level) {
    return switch (level) {
      case OUTPUT -> 1;
      case OUTCOME -> 2;
      case IMPACT -> 3;
    };
  }

  private static String describe(Outcome o) {
    return "outcome '" + o.id() + "' (\"" + Checks.abbreviate(o.statement()) + "\", "
        + o.level() + ")";
  }
}
