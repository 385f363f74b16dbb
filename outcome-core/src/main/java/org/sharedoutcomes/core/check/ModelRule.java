package org.sharedoutcomes.core.check;

import java.util.List;
import org.sharedoutcomes.core.OutcomeModel;

/** A rule looking at the whole model at once (the outcome hierarchy, the interventions). */
abstract class ModelRule extends AccountabilityRule {
  ModelRule(FindingCode findingCode) {
    super(findingCode);
  }

  /**
   * Adds this rule's findings about the model.
   *
   * @param model the model
   * @param out where findings go
   */
  abstract void check(OutcomeModel model, List<Finding> out);
}
