package org.sharedoutcomes.core.protocol.responsibility;

/**
 * Largest-remainder (Hamilton) apportionment of a whole number of units in proportion to real
 * values. Stateless and thread-safe.
 */
final class Apportionment {
  private Apportionment() {}

  /**
   * Units in proportion to the values, summing to exactly {@code total}.
   *
   * @param values finite values whose sum is not zero (may be negative)
   * @param total the units to apportion
   * @param where what is apportioned, for messages
   * @return units per value, in order
   */
  static long[] largestRemainder(double[] values, long total, String where) {
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            where + ": value " + i + " is " + values[i] + "; values must be finite");
      }
      sum += values[i];
    }
    if (sum == 0 || !Double.isFinite(sum)) {
      throw new IllegalArgumentException(where + ": the values sum to " + sum
          + "; shares are undefined when the whole is zero");
    }
    long[] units = new long[values.length];
    double[] remainder = new double[values.length];
    long assigned = 0;
    for (int i = 0; i < values.length; i++) {
      double exact = values[i] / sum * total;
      long floor = (long) Math.floor(exact);
      units[i] = floor;
      remainder[i] = exact - floor;
      assigned += floor;
    }
    long left = total - assigned;
    while (left > 0) {
      int best = -1;
      for (int i = 0; i < values.length; i++) {
        if (best < 0 || remainder[i] > remainder[best]) {
          best = i;
        }
      }
      units[best]++;
      remainder[best] = -1;
      left--;
      if (left > 0 && remainder[indexOfMax(remainder)] < 0) {
        // more units left than values (floating-point drift): restart the round
        for (int i = 0; i < remainder.length; i++) {
          remainder[i] = values[i] / sum * total - Math.floor(values[i] / sum * total);
        }
      }
    }
    while (left < 0) {
      int worst = 0;
      for (int i = 1; i < values.length; i++) {
        if (remainder[i] < remainder[worst]) {
          worst = i;
        }
      }
      units[worst]--;
      remainder[worst] = 2;
      left++;
    }
    return units;
  }

  private static int indexOfMax(double[] a) {
    int best = 0;
    for (int i = 1; i < a.length; i++) {
      if (a[i] > a[best]) {
        best = i;
      }
    }
    return best;
  }
}
