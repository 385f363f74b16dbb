package org.sharedoutcomes.core;

import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * Marks an {@link Indicator} as a ratio of two other indicators, so that it aggregates through
 * its numerator and denominator rather than by averaging ratios. Immutable and thread-safe.
 *
 * @param numerator the indicator counted above the line
 * @param denominator the indicator counted below the line
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Ratio(IndicatorId numerator, IndicatorId denominator) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if either is null
   * @throws IllegalArgumentException if both are the same indicator
   */
  public Ratio {
    Checks.notNull(numerator, "ratio numerator");
    Checks.notNull(denominator, "ratio denominator");
    if (numerator.equals(denominator)) {
      throw new IllegalArgumentException(
          "ratio numerator and denominator must differ, both are '" + numerator + "'");
    }
  }
}
