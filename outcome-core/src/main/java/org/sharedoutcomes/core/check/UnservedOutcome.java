package org.sharedoutcomes.core.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.internal.Checks;

/**
 * The rule of {@link FindingCode#UNSERVED_OUTCOME}: nobody works towards an outcome. O(c + o)
 * for c commitment-outcome links and o outcome-parent links.
 */
@RuleCode(constant = "UNSERVED_OUTCOME", code = "SO-ACC-003", severity = Severity.WARNING,
    doc = "an outcome no commitment serves",
    summary = "an outcome that no commitment serves, neither directly nor through an outcome"
        + " contributing to it (a descendant in the outcome hierarchy)",
    whatToDo = "link a commitment to it or to a child outcome, or retire it")
final class UnservedOutcome extends ModelRule {
  UnservedOutcome(FindingCode findingCode) {
    super(findingCode);
  }

  @Override
  void check(OutcomeModel model, List<Finding> out) {
    Set<OutcomeId> served = served(model);
    for (Outcome o : model.outcomes()) {
      if (!served.contains(o.id())) {
        out.add(finding(List.of(o.id()), "outcome '" + o.id() + "' (\""
            + Checks.abbreviate(o.statement()) + "\") is served by no commitment, directly or"
            + " through a contributing outcome: nobody is working towards it"));
      }
    }
  }

  /** The outcomes served by a commitment and their ancestors. */
  private static Set<OutcomeId> served(OutcomeModel model) {
    Set<OutcomeId> served = new HashSet<>();
    ArrayList<OutcomeId> stack = new ArrayList<>();
    for (Commitment c : model.commitments()) {
      stack.addAll(c.outcomes());
    }
    while (!stack.isEmpty()) {
      OutcomeId o = stack.remove(stack.size() - 1);
      if (served.add(o)) {
        model.outcome(o).ifPresent(x -> stack.addAll(x.parents()));
      }
    }
    return served;
  }
}
