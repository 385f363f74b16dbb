package org.sharedoutcomes.core.check;

import java.util.List;
import java.util.TreeMap;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Intervention;
import org.sharedoutcomes.core.OutcomeModel;

/**
 * The rule of {@link FindingCode#DIRECTIVE_OVER_SUPPORT}: the centre tells more than it helps.
 * One finding per agency, in agency id order.
 */
@RuleCode(constant = "DIRECTIVE_OVER_SUPPORT", code = "SO-ACC-011", severity = Severity.WARNING,
    doc = "the centre directs an agency more than it supports it",
    summary = "the centre's DIRECTIVE interventions towards an agency outnumber its SUPPORT"
        + " interventions (challenge and monitoring are not counted; acts from outside the centre"
        + " are ignored)",
    whatToDo = "ask \"Can we help?\" before telling")
final class DirectiveOverSupport extends ModelRule {
  DirectiveOverSupport(FindingCode findingCode) {
    super(findingCode);
  }

  @Override
  void check(OutcomeModel model, List<Finding> out) {
    TreeMap<AgencyId, int[]> counts = new TreeMap<>();
    for (Intervention i : model.interventions()) {
      if (!model.isCentre(i.from())) {
        continue;
      }
      int[] c = counts.computeIfAbsent(i.to(), k -> new int[2]);
      if (i.isDirective()) {
        c[0]++;
      } else if (i.isSupportive()) {
        c[1]++;
      }
    }
    counts.forEach((agency, c) -> {
      if (c[0] > c[1]) {
        String name = model.agency(agency).map(Agency::name).orElse(agency.value());
        out.add(finding(List.of(agency), "the centre gave " + name + " ('" + agency + "') "
            + c[0] + " directive" + (c[0] == 1 ? "" : "s") + " and " + c[1] + " offer"
            + (c[1] == 1 ? "" : "s") + " of support: ask \"Can we help?\" before telling"));
      }
    });
  }
}
