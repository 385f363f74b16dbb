package org.sharedoutcomes.core.check;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sharedoutcomes.core.CollaborationMode;
import org.sharedoutcomes.core.Role;

/**
 * The rule of {@link FindingCode#COLLABORATION_WITHOUT_TRIO}: the roles that make
 * collaboration happen are missing.
 */
@RuleCode(constant = "COLLABORATION_WITHOUT_TRIO", code = "SO-ACC-009", severity = Severity.INFO,
    doc = "collaboration without its trio of roles",
    summary = "a commitment in COLLABORATION or INTEGRATION mode on which nobody holds one or more"
        + " of PUBLIC_ENTREPRENEUR, GUARDIAN_ANGEL, FELLOW_TRAVELLER (the message lists the"
        + " missing ones)",
    whatToDo = "name them, or use a lighter mode if coordination suffices")
final class CollaborationWithoutTrio extends CommitmentRule {
  private static final Set<CollaborationMode> TIGHT =
      EnumSet.of(CollaborationMode.COLLABORATION, CollaborationMode.INTEGRATION);
  private static final List<Role> TRIO =
      List.of(Role.PUBLIC_ENTREPRENEUR, Role.GUARDIAN_ANGEL, Role.FELLOW_TRAVELLER);

  CollaborationWithoutTrio(FindingCode findingCode) {
    super(findingCode);
  }

  @Override
  void check(CommitmentFacts c, List<Finding> out) {
    CollaborationMode mode = c.commitment().collaborationMode().orElse(null);
    if (mode == null || !TIGHT.contains(mode)) {
      return;
    }
    List<Role> missing = TRIO.stream().filter(r -> !c.heldRoles().contains(r))
        .collect(Collectors.toList());
    if (!missing.isEmpty()) {
      out.add(finding(List.of(c.commitment().id()), c.who() + " works in "
          + mode.name().toLowerCase(Locale.ROOT) + " mode without a "
          + missing.stream().map(r -> r.id().toLowerCase(Locale.ROOT).replace('_', ' '))
              .collect(Collectors.joining(", "))
          + "; collaboration needs a public entrepreneur, guardian angels and fellow"
          + " travellers"));
    }
  }
}
