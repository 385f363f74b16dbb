package org.sharedoutcomes.core.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.apiguardian.api.API;

/**
 * Items grouped by key, both named by their positions: for each key position {@code k} in
 * {@code [0, keys)}, the positions of its items, in the order they were added. A compressed
 * sparse row: two {@code int} arrays, however many keys and items, in place of a map of
 * lists (a multimap holds an entry object and a list per key, a {@code TreeSet} a node per
 * item).
 *
 * <p>Built in O(keys + items) by counting: {@link Builder#add} each (key, item) pair, in the
 * order the items are to be listed (a stable counting sort keeps it). Immutable and
 * thread-safe once built.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class Groups {
  /** The items of key {@code k} are {@code items[offsets[k]]} to {@code items[offsets[k + 1]]}. */
  private final int[] offsets;
  private final int[] items;

  private Groups(int[] offsets, int[] items) {
    this.offsets = offsets;
    this.items = items;
  }

  /**
   * A builder for the given number of keys.
   *
   * @param keys the number of keys
   * @param expected about how many pairs will be added (a hint)
   * @return the builder
   */
  public static Builder builder(int keys, int expected) {
    return new Builder(keys, expected);
  }

  /**
   * The number of keys.
   *
   * @return the count
   */
  public int keys() {
    return offsets.length - 1;
  }

  /**
   * How many items a key has.
   *
   * @param key the key's position
   * @return the count, 0 for a position out of range
   */
  public int size(int key) {
    return key < 0 || key >= keys() ? 0 : offsets[key + 1] - offsets[key];
  }

  /**
   * An item of a key.
   *
   * @param key the key's position
   * @param i the item's rank among the key's items
   * @return the item's position
   */
  public int item(int key, int i) {
    return items[offsets[key] + i];
  }

  /**
   * A key's items as an unmodifiable view of a list of values, indexed by the items'
   * positions.
   *
   * @param <T> the value type
   * @param key the key's position; -1 (an unknown key) or out of range gives the empty list
   * @param values the values, indexed by item position
   * @return the key's values, in the order the items were added
   */
  public <T> List<T> list(int key, List<T> values) {
    int n = size(key);
    if (n == 0) {
      return List.of();
    }
    return new View<>(values, items, offsets[key], n);
  }

  /** A run of {@link #items}, mapped to values. */
  private static final class View<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> values;
    private final int[] items;
    private final int from;
    private final int size;

    View(List<T> values, int[] items, int from, int size) {
      this.values = values;
      this.items = items;
      this.from = from;
      this.size = size;
    }

    @Override
    public T get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException("index " + index + " of " + size);
      }
      return values.get(items[from + index]);
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** Collects (key, item) pairs; not thread-safe. */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static final class Builder {
    private final int keyCount;
    private int[] keys;
    private int[] values;
    private int n;

    private Builder(int keyCount, int expected) {
      if (keyCount < 0) {
        throw new IllegalArgumentException("keys must not be negative, was " + keyCount);
      }
      this.keyCount = keyCount;
      int capacity = Math.max(8, expected);
      this.keys = new int[capacity];
      this.values = new int[capacity];
    }

    /**
     * Adds an item to a key.
     *
     * @param key the key's position, in {@code [0, keys)}
     * @param item the item's position
     * @return this builder
     * @throws IndexOutOfBoundsException if the key is out of range
     */
    public Builder add(int key, int item) {
      if (key < 0 || key >= keyCount) {
        throw new IndexOutOfBoundsException("key " + key + " of " + keyCount);
      }
      if (n == keys.length) {
        int capacity = n + (n >> 1) + 1;
        keys = java.util.Arrays.copyOf(keys, capacity);
        values = java.util.Arrays.copyOf(values, capacity);
      }
      keys[n] = key;
      values[n] = item;
      n++;
      return this;
    }

    /**
     * The groups: a stable counting sort of the pairs by key.
     *
     * @return the groups
     */
    public Groups build() {
      int[] offsets = new int[keyCount + 1];
      for (int i = 0; i < n; i++) {
        offsets[keys[i] + 1]++;
      }
      for (int k = 0; k < keyCount; k++) {
        offsets[k + 1] += offsets[k];
      }
      int[] next = java.util.Arrays.copyOf(offsets, keyCount);
      int[] items = new int[n];
      for (int i = 0; i < n; i++) {
        items[next[keys[i]]++] = values[i];
      }
      return new Groups(offsets, items);
    }
  }
}
