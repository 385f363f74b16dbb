package org.sharedoutcomes.core.check;

import java.util.List;

/**
 * A rule looking at one commitment at a time, through the {@link CommitmentFacts} that the
 * check computes once per commitment and shares among all such rules.
 */
abstract class CommitmentRule extends AccountabilityRule {
  CommitmentRule(FindingCode findingCode) {
    super(findingCode);
  }

  /**
   * Adds this rule's findings about one commitment.
   *
   * @param c the commitment's facts
   * @param out where findings go
   */
  abstract void check(CommitmentFacts c, List<Finding> out);
}
