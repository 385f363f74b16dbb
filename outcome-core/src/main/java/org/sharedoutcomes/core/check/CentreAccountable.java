package org.sharedoutcomes.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.PartyId;

/**
 * The rule of {@link FindingCode#CENTRE_ACCOUNTABLE}: coordination turning into control.
 */
@RuleCode(constant = "CENTRE_ACCOUNTABLE", code = "SO-ACC-010", severity = Severity.WARNING,
    doc = "the centre accountable where departments deliver",
    summary = "an agency of the centre (model.centre()) holds ACCOUNTABLE, directly or through its"
        + " people, on a commitment on which some agency outside the centre holds a role",
    whatToDo = "let a delivering agency be accountable; keep the centre as DELIVERY_UNIT")
final class CentreAccountable extends CommitmentRule {
  CentreAccountable(FindingCode findingCode) {
    super(findingCode);
  }

  @Override
  void check(CommitmentFacts c, List<Finding> out) {
    if (c.accountable().isEmpty()) {
      return;
    }
    Set<AgencyId> accountableCentre = new TreeSet<>();
    for (PartyId p : c.accountable()) {
      AgencyId a = c.model().agencyOf(p);
      if (c.model().isCentre(a)) {
        accountableCentre.add(a);
      }
    }
    if (accountableCentre.isEmpty()) {
      return;
    }
    Set<AgencyId> departments = new TreeSet<>();
    for (AgencyId a : c.agencies()) {
      if (!c.model().isCentre(a)) {
        departments.add(a);
      }
    }
    if (!departments.isEmpty()) {
      List<EntityId> ids = new ArrayList<>();
      ids.add(c.commitment().id());
      ids.addAll(accountableCentre);
      out.add(finding(ids, c.who() + " involves " + CommitmentFacts.join(departments)
          + " but the centre (" + CommitmentFacts.join(accountableCentre) + ") holds the"
          + " accountable role: coordination is turning into control; let a delivering agency"
          + " be accountable"));
    }
  }
}
