package org.sharedoutcomes.core.check;

import java.util.List;

/**
 * The rule of {@link FindingCode#SHARED_WITHOUT_CONFLICT_PROTOCOL}: disputes on a shared
 * commitment have no agreed way to be settled quickly and fairly.
 */
@RuleCode(constant = "SHARED_WITHOUT_CONFLICT_PROTOCOL", code = "SO-ACC-008",
    severity = Severity.WARNING,
    doc = "a shared commitment without a conflict-resolution protocol",
    summary = "a commitment on which parties from two or more agencies hold roles (a person counts"
        + " as their agency) and no conflictProtocol is named",
    whatToDo = "agree a conflict-resolution protocol and name it in conflictProtocol")
final class SharedWithoutConflictProtocol extends CommitmentRule {
  SharedWithoutConflictProtocol(FindingCode findingCode) {
    super(findingCode);
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
