package org.sharedoutcomes.core.check;

import java.util.List;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.OutcomeModel;

/** A rule looking at one indicator at a time. */
abstract class IndicatorRule extends AccountabilityRule {
  IndicatorRule(FindingCode findingCode) {
    super(findingCode);
  }

  /**
   * Adds this rule's findings about one indicator.
   *
   * @param i the indicator
   * @param model the model holding it
   * @param out where findings go
   */
  abstract void check(Indicator i, OutcomeModel model, List<Finding> out);

  /** A value as written by hand: {@code 50} rather than {@code 50.0}. */
  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
