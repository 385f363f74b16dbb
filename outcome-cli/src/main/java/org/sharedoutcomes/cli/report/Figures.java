package org.sharedoutcomes.cli.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the report writes a measured figure: six significant digits, never fewer than the
 * figure's integer digits, and no padding zeros ({@code 94.3}, {@code 0.00035},
 * {@code 1234568}). A fixed number of decimals would print a small rate as {@code 0} or a
 * large count rounded to thousands; this rule does neither. Stateless.
 */
final class Figures {
  /** The significant digits kept after the integer part runs out. */
  static final int SIGNIFICANT = 6;

  private Figures() {}

  /**
   * The figure as text.
   *
   * @param v a finite value
   * @return its text, {@code "0"} for zero (negative zero included)
   */
  static String of(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    if (v == 0) {
      return "0";
    }
    int magnitude = (int) Math.floor(Math.log10(Math.abs(v))) + 1;
    int scale = Math.max(0, SIGNIFICANT - magnitude);
    BigDecimal d = BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
