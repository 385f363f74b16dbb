package org.sharedoutcomes.core.check;

import java.util.List;

/** The rule of {@link FindingCode#NO_ACCOUNTABLE_PARTY}: nobody answers for a commitment. */
@RuleCode(constant = "NO_ACCOUNTABLE_PARTY", code = "SO-ACC-001", severity = Severity.ERROR,
    doc = "a commitment nobody is accountable for",
    summary = "a commitment on which nobody holds ACCOUNTABLE (roles on outcomes do not count)",
    whatToDo = "name exactly one accountable party")
final class NoAccountableParty extends CommitmentRule {
  NoAccountableParty(FindingCode findingCode) {
    super(findingCode);
  }

  @Override
  void check(CommitmentFacts c, List<Finding> out) {
    if (c.accountable().isEmpty()) {
      out.add(finding(List.of(c.commitment().id()),
          c.who() + " has no accountable party; exactly one is required"));
    }
  }
}
