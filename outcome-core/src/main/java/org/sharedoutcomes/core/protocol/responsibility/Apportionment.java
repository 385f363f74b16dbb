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
    int n = values.length;
    long[] units = new long[n];
    double[] remainder = new double[n];
    long assigned = 0;
    for (int i = 0; i < n; i++) {
      double exact = values[i] / sum * total;
      long floor = (long) Math.floor(exact);
      units[i] = floor;
      remainder[i] = exact - floor;
      assigned += floor;
    }
    // largest remainders first, ties to the earlier index
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> {
      int c = Double.compare(remainder[b], remainder[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    long left = total - assigned; // 0 <= left <= n, up to floating-point error
    for (long k = 0; k < left; k++) {
      units[order[(int) (k % n)]]++;
    }
    for (long k = 0; k < -left; k++) {
      units[order[n - 1 - (int) (k % n)]]--;
    }
    return units;
  }
}
