package org.sharedoutcomes.core.check;

import java.util.List;

/**
 * The rule of {@link FindingCode#SHARED_WITHOUT_CONFLICT_PROTOCOL}: disputes on a shared
 * commitment have no agreed way to be settled quickly and fairly.
 */
final class SharedWithoutConflictProtocol extends CommitmentRule {
  SharedWithoutConflictProtocol(FindingCode findingCode) {
    super(findingCode, "SO-ACC-008", Severity.WARNING,
        "a commitment on which parties from two or more agencies hold roles (a person counts"
            + " as their agency) and no conflictProtocol is named",
        "agree a conflict-resolution protocol and name it in conflictProtocol");
  }

  @Override
  void check(CommitmentFacts c, List<Finding> out) {
    if (c.agencies().size() >= 2 && c.commitment().conflictProtocol().isEmpty()) {
      out.add(finding(List.of(c.commitment().id()), c.who() + " is shared by "
          + c.agencies().size() + " agencies (" + CommitmentFacts.join(c.agencies())
          + ") but names no conflict-resolution protocol; agree one before disputes arise"));
    }
  }
}
