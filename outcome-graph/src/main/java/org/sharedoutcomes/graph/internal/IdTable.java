package org.sharedoutcomes.graph.internal;

import java.util.Arrays;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An open-addressing hash table from keys to numbers 0..n-1: two arrays, no entry objects.
 * Keys are added once, in numbering order; a second add of an equal key keeps the first
 * number. Not thread-safe while filled; safe to read once filled and published.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class IdTable {
  private final Object[] keys;
  private final int[] values;
  private final int mask;
  private int size;

  /**
   * A table for up to {@code capacity} keys.
   *
   * @param capacity the most keys
   */
  public IdTable(int capacity) {
    int cap = Integer.highestOneBit(Math.max(4, capacity) * 2 - 1) << 1;
    this.keys = new Object[cap];
    this.values = new int[cap];
    this.mask = cap - 1;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  /**
   * Adds a key with a number, unless an equal key is there.
   *
   * @param key the key
   * @param number its number
   * @return the number the key has: {@code number}, or the earlier one
   */
  public int add(Object key, int number) {
    int i = spread(key.hashCode()) & mask;
    while (true) {
      Object k = keys[i];
      if (k == null) {
        keys[i] = key;
        values[i] = number;
        size++;
        return number;
      }
      if (k == key || k.equals(key)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * The number of a key.
   *
   * @param key the key
   * @return its number, or -1
   */
  public int get(@Nullable Object key) {
    if (key == null) {
      return -1;
    }
    int i = spread(key.hashCode()) & mask;
    while (true) {
      Object k = keys[i];
      if (k == null) {
        return -1;
      }
      if (k == key || k.equals(key)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * How many keys the table holds.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  @Override
  public String toString() {
    return "IdTable[" + size + " of " + keys.length + "]" + (size == 0 ? "" : "");
  }

  static int[] grow(int[] a, int need) {
    return need <= a.length ? a : Arrays.copyOf(a, Math.max(need, a.length * 2));
  }
}
