package org.sharedoutcomes.core.check;

import java.util.List;
import org.sharedoutcomes.core.PartyId;

/** The rule of {@link FindingCode#LEAD_IS_SOLE_CONTRIBUTOR}: a lead with nobody to lead. */
@RuleCode(constant = "LEAD_IS_SOLE_CONTRIBUTOR", code = "SO-ACC-007", severity = Severity.WARNING,
    doc = "a lead with nobody to lead",
    summary = "a LEAD on a commitment on which no other party holds a contributing role"
        + " (RESPONSIBLE, CONTRIBUTOR, FUNDER, IMPLEMENTER, CO_PRODUCER; other leads do not"
        + " count); one finding per such lead",
    whatToDo = "name the contributors, or drop the lead role")
final class LeadIsSoleContributor extends CommitmentRule {
  LeadIsSoleContributor(FindingCode findingCode) {
    super(findingCode);
  }

  @Override
  void check(CommitmentFacts c, List<Finding> out) {
    for (PartyId lead : c.leads()) {
      boolean others = c.contributors().size() > (c.contributors().contains(lead) ? 1 : 0);
      if (!others) {
        out.add(finding(List.of(c.commitment().id(), lead), c.who() + " is led by '" + lead
            + "', but no other party contributes to it: a lead with nobody to lead"));
      }
    }
  }
}
