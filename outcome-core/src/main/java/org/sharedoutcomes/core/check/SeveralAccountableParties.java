package org.sharedoutcomes.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.PartyId;

/**
 * The rule of {@link FindingCode#SEVERAL_ACCOUNTABLE_PARTIES}: everybody, so nobody, answers
 * for a commitment. Spans are compared by {@link CommitmentFacts#accountableTogether()}.
 */
@RuleCode(constant = "SEVERAL_ACCOUNTABLE_PARTIES", code = "SO-ACC-002", severity = Severity.ERROR,
    doc = "a commitment with several accountable parties at once",
    summary = "two or more distinct parties hold ACCOUNTABLE on a commitment at the same time"
        + " (overlapping spans; a span without a start or end is open on that side; a handover is"
        + " not a finding; one party for several spans counts once; a person and their agency"
        + " count as two)",
    whatToDo = "keep one; make the others RESPONSIBLE or CONTRIBUTOR")
final class SeveralAccountableParties extends CommitmentRule {
  SeveralAccountableParties(FindingCode findingCode) {
    super(findingCode);
  }

  @Override
  void check(CommitmentFacts c, List<Finding> out) {
    Set<PartyId> together = c.accountableTogether();
    if (together.size() > 1) {
      List<EntityId> ids = new ArrayList<>();
      ids.add(c.commitment().id());
      ids.addAll(together);
      out.add(finding(ids, c.who() + " has " + together.size() + " accountable parties ("
          + CommitmentFacts.join(together) + ")"
          + (together.size() < c.accountable().size() ? " at the same time" : "")
          + "; exactly one is required"));
    }
  }
}
