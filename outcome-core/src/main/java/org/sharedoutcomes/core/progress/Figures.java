package org.sharedoutcomes.core.progress;

/**
 * The measured figures of one indicator (or one dimension value) at a date: a mutable scratch
 * holder, reused to avoid allocation on the hot path. Not thread-safe; internal.
 */
final class Figures {
  /** The actual value, NaN when there is none. */
  double actual = Double.NaN;
  /** The end of the latest period used, as an epoch day; {@link Integer#MIN_VALUE} if none. */
  int lastEnd = Integer.MIN_VALUE;
  /** The length in days of the latest period used. */
  int lastLength;
  /** Periods used. */
  int used;
  /** Measurements ignored because their period starts before the baseline. */
  int beforeBaseline;
  /** Holes between consecutive periods used. */
  int gaps;
  /** True when the value was derived from the numerator and denominator. */
  boolean derived;
  /** Periods with figures only by dimension whose sum the measure type forbids. */
  int notSummable;
  /** A buffer of one period's regional values, for a median; grown as needed, never shrunk. */
  double[] regionValues = new double[0];
  /** A buffer of the period values, for a median over time. */
  double[] periodValues = new double[0];

  void clear() {
    actual = Double.NaN;
    lastEnd = Integer.MIN_VALUE;
    lastLength = 0;
    used = 0;
    beforeBaseline = 0;
    gaps = 0;
    derived = false;
    notSummable = 0;
  }

  DataState state(int asOfDay, int graceDays) {
    if (used == 0 || Double.isNaN(actual)) {
      return notSummable > 0 ? DataState.NOT_SUMMABLE : DataState.NONE;
    }
    return (long) asOfDay - lastEnd > (long) lastLength + graceDays
        ? DataState.STALE : DataState.CURRENT;
  }
}
