package org.sharedoutcomes.core.progress;


/**
 * The one tolerance (the same as {@link org.sharedoutcomes.core.Target#RELATIVE_TOLERANCE}, which
 * target attainment uses) of the progress calculations, so that every bound the documentation calls
 * inclusive is inclusive for decimal inputs (issue 13, point 2). Internal; stateless.
 *
 * <p>Two values are equal when they differ by at most {@value #RELATIVE} of the larger
 * magnitude; a share (a threshold's fraction of the expected value) is within a bound when it
 * exceeds it by at most {@value #RELATIVE}. Why 1e-9: a double carries 15 to 17 significant
 * digits, and the arithmetic here (one subtraction, one division) loses at most a few units in
 * the last of them, about 1e-15 relative, so every decimal figure exactly at a bound is within
 * it; figures of up to 8 significant digits that differ at all differ by more than 1e-8
 * relative, so a decimal one unit in its last digit beyond a bound is outside it. Figures that
 * differ only in the tenth significant digit or beyond are treated as equal. (Comparing in
 * {@code BigDecimal} through the doubles' shortest decimal representation would be exact for
 * decimal inputs but costs an allocation per comparison on the hot path of a full
 * recomputation.)
 */
final class Tolerance {
  /** The relative tolerance. */
  static final double RELATIVE = org.sharedoutcomes.core.Target.RELATIVE_TOLERANCE;

  private Tolerance() {}

  /** The tolerance for values of these magnitudes. */
  static double of(double a, double b) {
    return RELATIVE * Math.max(Math.abs(a), Math.abs(b));
  }

  /** Whether {@code a <= b} within the tolerance. */
  static boolean atMost(double a, double b) {
    return a <= b + of(a, b);
  }

  /** Whether {@code a >= b} within the tolerance. */
  static boolean atLeast(double a, double b) {
    return a + of(a, b) >= b;
  }

  /** Whether {@code a == b} within the tolerance. */
  static boolean equal(double a, double b) {
    return Math.abs(a - b) <= of(a, b);
  }

  /** Whether a share is at most a bound that is itself a share (a threshold). */
  static boolean shareAtMost(double share, double bound) {
    return share <= bound + RELATIVE;
  }

  /** {@code a - b}, or exactly 0 when the two are equal within the tolerance. */
  static double difference(double a, double b) {
    return equal(a, b) ? 0.0 : a - b;
  }

  /**
   * {@code a - b}, or exactly 0 when the two differ by at most an absolute tolerance (a target's
   * own, such as an exact target's) plus the relative one.
   */
  static double difference(double a, double b, double absolute) {
    return Math.abs(a - b) <= absolute + of(a, b) ? 0.0 : a - b;
  }
}
