package org.sharedoutcomes.core.check;

import java.util.List;
import org.sharedoutcomes.core.PartyId;

/** The rule of {@link FindingCode#LEAD_IS_SOLE_CONTRIBUTOR}: a lead with nobody to lead. */
final class LeadIsSoleContributor extends CommitmentRule {
  LeadIsSoleContributor(FindingCode findingCode) {
    super(findingCode, "SO-ACC-007", Severity.WARNING,
        "a LEAD on a commitment on which no other party holds a contributing role"
            + " (RESPONSIBLE, CONTRIBUTOR, FUNDER, IMPLEMENTER, CO_PRODUCER; other leads do not"
            + " count); one finding per such lead",
        "name the contributors, or drop the lead role");
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
