package org.sharedoutcomes.core.internal;

import com.google.common.collect.ImmutableList;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.EntityId;

/**
 * An immutable map from unique ids to values, for the model's entities: the keys and values
 * in two sorted lists, and an open-addressing hash index of positions in them.
 *
 * <p>Compact and quick to build at a million entries, where an {@code ImmutableMap} allocates
 * an entry object per key and compares the keys of each bucket: here the keys are known to be
 * unique (validation has checked), so building is one hash and one array store per key, and
 * the index is two {@code int} arrays. Look-ups compare the stored hash before the key.
 *
 * <p>Ids are first hashed by their text's {@link String#hashCode()}, which the string caches:
 * a look-up then costs no pass over the text, and the model's millions of reference look-ups
 * at validation mostly find the very key instance. Those hash codes can be chosen by anyone
 * ({@code "Aa"} and {@code "BB"} share one), so the table is checked once built: if any run of
 * occupied slots is longer than {@value #MAX_RUN} (far beyond what uniform hashes give at
 * this load, about a hundred at a million keys), it is rebuilt with {@link IdHash}, seeded per
 * JVM, so ids chosen to share a {@code hashCode()} do not share a slot chain: look-ups stay
 * O(1) expected under adversarial ids, and a look-up of an absent id never walks more than a
 * run. Thread-safe once built.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class IdMap<K, V> {
  private static final IdMap<?, ?> EMPTY = new IdMap<>(ImmutableList.of(), ImmutableList.of());

  private final ImmutableList<K> keys;
  private final ImmutableList<V> values;
  /**
   * The hash table, two {@code int}s a slot, side by side so that a probe reads one cache line:
   * at {@code 2i} the position + 1 in {@link #keys} (0 marks an empty slot), at {@code 2i + 1}
   * the key's hash.
   */
  private final int[] table;
  private final int shift;
  /** Whether ids are hashed by {@link IdHash} (seeded) rather than by their text's hash code. */
  private final boolean seeded;

  /**
   * The longest run of occupied slots accepted with plain hash codes; a longer one means the
   * hash codes collide far more than chance would have them (chosen ids), and the table is
   * rebuilt with seeded hashes.
   */
  static final int MAX_RUN = 256;

  private IdMap(ImmutableList<K> keys, ImmutableList<V> values) {
    this(keys, values, null);
  }

  /**
   * A map of the keys and values; {@code hashes}, if given, are the keys' unseeded hashes
   * ({@link #hash(Object, boolean)}) in key order, so that filling the table reads no key.
   */
  private IdMap(ImmutableList<K> keys, ImmutableList<V> values, int @Nullable [] hashes) {
    this.keys = keys;
    this.values = values;
    int n = keys.size();
    // at most half full: the fewest bits for 2n slots
    int bits = n == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(2 * n - 1);
    table = new int[n == 0 ? 0 : 2 << bits];
    shift = 32 - bits;
    fill(false, hashes);
    boolean flooded = longestRun(table, 2) > MAX_RUN;
    if (flooded) {
      java.util.Arrays.fill(table, 0);
      fill(true, null);
    }
    seeded = flooded;
  }

  /** A map with the keys and hash table of another and other values: nothing is rehashed. */
  private IdMap(IdMap<K, ?> keysOf, ImmutableList<V> values) {
    this.keys = keysOf.keys;
    this.values = values;
    this.table = keysOf.table;
    this.shift = keysOf.shift;
    this.seeded = keysOf.seeded;
  }

  /**
   * The fewest keys whose table is filled in slot order: from here on the table (2 slots a key,
   * 8 bytes a slot) outgrows a core's cache, and writing it at random costs a cache miss a key.
   */
  static final int SORTED_FILL = 1 << 15;

  private void fill(boolean seed, int @Nullable [] hashes) {
    int n = keys.size();
    if (n >= SORTED_FILL) {
      fillInSlotOrder(seed, hashes);
      return;
    }
    int mask = (table.length >>> 1) - 1;
    for (int p = 0; p < n; p++) {
      int h = hashes != null ? hashes[p] : hash(keys.get(p), seed);
      int i = slot(h);
      while (table[2 * i] != 0) {
        i = (i + 1) & mask;
      }
      table[2 * i] = p + 1;
      table[2 * i + 1] = h;
    }
  }

  /**
   * The same table as inserting the keys in their order would give up to the order within runs
   * (linear probing gives a valid table whatever the order of insertion), built by inserting
   * them in the order of their home slots: each key's hash and position in a {@code long},
   * sorted by home slot (a radix sort, two passes over the array, each in order), then
   * placed, so the table is written once from start to end instead of at random. At a million
   * keys this is the difference between a cache miss per key and a pass in order. Each key
   * lands where inserting it by linear probing would put it, given the keys before it.
   */
  private void fillInSlotOrder(boolean seed, int @Nullable [] hashes) {
    int n = keys.size();
    long[] a = new long[n];
    for (int p = 0; p < n; p++) {
      a[p] = (long) (hashes != null ? hashes[p] : hash(keys.get(p), seed)) << 32 | p;
    }
    int bits = 32 - shift;
    int low = bits / 2;
    long[] b = new long[n];
    radixPass(a, b, 0, low);
    radixPass(b, a, low, bits - low);
    // in home-slot order, every slot from the last one filled on is free, so a key goes to its
    // home or just after the last one: no probing, and O(n) even when every key has one home
    // slot (ids chosen to collide); keys pushed past the end go to the first free slots from
    // the start, which fill in order too
    int slots = table.length >>> 1;
    int next = 0;
    int wrapped = 0;
    for (int k = 0; k < n; k++) {
      int h = (int) (a[k] >>> 32);
      int i = Math.max(slot(h), next);
      if (i < slots) {
        next = i + 1;
      } else {
        i = wrapped;
        while (table[2 * i] != 0) {
          i++;
        }
        wrapped = i + 1;
      }
      table[2 * i] = (int) a[k] + 1;
      table[2 * i + 1] = h;
    }
  }

  /** One stable pass of the sort by home slot: by {@code width} bits from bit {@code from}. */
  private void radixPass(long[] from, long[] to, int lowBit, int width) {
    int buckets = 1 << width;
    int bucketMask = buckets - 1;
    int[] count = new int[buckets + 1];
    for (long x : from) {
      count[((slot((int) (x >>> 32)) >>> lowBit) & bucketMask) + 1]++;
    }
    for (int i = 0; i < buckets; i++) {
      count[i + 1] += count[i];
    }
    for (long x : from) {
      to[count[(slot((int) (x >>> 32)) >>> lowBit) & bucketMask]++] = x;
    }
  }

  /** The longest run of occupied slots, including one that wraps around the end. */
  static int longestRun(int[] slots) {
    return longestRun(slots, 1);
  }

  /**
   * The longest run of occupied slots of a table whose slots are {@code stride} {@code int}s
   * wide, the first of them 0 for an empty slot.
   */
  private static int longestRun(int[] table, int stride) {
    int n = table.length / stride;
    int empty = -1;
    for (int i = 0; i < n; i++) {
      if (table[stride * i] == 0) {
        empty = i;
        break;
      }
    }
    if (empty < 0) {
      return n;
    }
    int longest = 0;
    int run = 0;
    int i = empty;
    for (int k = 1; k <= n; k++) {
      i = i + 1 == n ? 0 : i + 1;
      if (table[stride * i] != 0) {
        run++;
        longest = Math.max(longest, run);
      } else {
        run = 0;
      }
    }
    return longest;
  }

  /**
   * Whether this map hashes ids with the seeded {@link IdHash}: only if their plain hash codes
   * collided too much.
   *
   * @return true if seeded
   */
  public boolean seeded() {
    return seeded;
  }

  /**
   * A map of unique keys.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param keys the keys, unique (not checked), in the order to keep
   * @param values the values, one per key, in the same order
   * @return the map
   * @throws IllegalArgumentException if the lists differ in size
   */
  public static <K, V> IdMap<K, V> of(List<K> keys, List<V> values) {
    if (keys.size() != values.size()) {
      throw new IllegalArgumentException(
          keys.size() + " keys but " + values.size() + " values");
    }
    if (keys.isEmpty()) {
      return empty();
    }
    return new IdMap<>(ImmutableList.copyOf(keys), ImmutableList.copyOf(values));
  }

  /**
   * A map of immutable keys and values whose keys' unseeded hashes are known (as {@link
   * IdTrack} notes them: {@code id.value().hashCode()} for an entity id), so that filling the
   * table reads no key. If the hashes flood the table, it is filled again from the keys with
   * the seeded hash, as {@link #of} does. Keys must be distinct.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param keys the keys
   * @param values the values, one per key
   * @param hashes the keys' hashes, in key order (the array may be longer)
   * @return the map
   */
  public static <K, V> IdMap<K, V> ofHashed(
      ImmutableList<K> keys, ImmutableList<V> values, int[] hashes) {
    if (keys.size() != values.size() || hashes.length < keys.size()) {
      throw new IllegalArgumentException(keys.size() + " keys but " + values.size()
          + " values and " + hashes.length + " hashes");
    }
    if (keys.isEmpty()) {
      return empty();
    }
    return new IdMap<>(keys, values, hashes);
  }

  /**
   * A map with the same keys as this one, in the same order, and other values: it shares this
   * map's keys and hash table, so nothing is hashed again (the series of a model's indicators
   * are keyed as the indicators).
   *
   * @param <W> the other value type
   * @param others the values, one per key, in the order of {@link #keys()}
   * @return the map
   * @throws IllegalArgumentException if there are not as many values as keys
   */
  public <W> IdMap<K, W> withValues(List<W> others) {
    if (others.size() != keys.size()) {
      throw new IllegalArgumentException(
          keys.size() + " keys but " + others.size() + " values");
    }
    if (keys.isEmpty()) {
      return empty();
    }
    return new IdMap<>(this, ImmutableList.copyOf(others));
  }

  /**
   * The empty map.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @return the map
   */
  @SuppressWarnings("unchecked")
  public static <K, V> IdMap<K, V> empty() {
    return (IdMap<K, V>) EMPTY;
  }

  /**
   * An id's hash: its text's cached {@link String#hashCode()}, or, in a table whose hash codes
   * collided (ids chosen to share one would make every look-up a linear scan), its seeded hash
   * ({@link IdHash}).
   */
  private static int hash(Object key, boolean seed) {
    if (key instanceof EntityId id) {
      return seed ? IdHash.of(id.value()) : id.value().hashCode();
    }
    return key.hashCode();
  }

  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift; // Fibonacci hashing: spreads similar ids
  }

  /**
   * The position of a key in {@link #keys()}.
   *
   * @param key the key
   * @return its position, or -1 if absent
   */
  public int indexOf(Object key) {
    if (table.length == 0) {
      return -1;
    }
    int h = hash(key, seeded);
    int mask = (table.length >>> 1) - 1;
    for (int i = slot(h); ; i = (i + 1) & mask) {
      int p = table[2 * i] - 1;
      if (p < 0) {
        return -1;
      }
      if (table[2 * i + 1] == h) {
        K k = keys.get(p);
        if (k == key || k.equals(key)) {
          return p;
        }
      }
    }
  }

  /**
   * The value of a key.
   *
   * @param key the key
   * @return the value, or null if absent
   */
  public @Nullable V get(Object key) {
    int p = indexOf(key);
    return p < 0 ? null : values.get(p);
  }

  /**
   * Whether the map holds a key.
   *
   * @param key the key
   * @return true if it does
   */
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  /**
   * The keys, in their order.
   *
   * @return the keys
   */
  public ImmutableList<K> keys() {
    return keys;
  }

  /**
   * The values, in the order of their keys.
   *
   * @return the values
   */
  public ImmutableList<V> values() {
    return values;
  }

  /**
   * The keys as a set, whose {@code contains} uses the hash index.
   *
   * @return an unmodifiable view
   */
  public Set<K> keySet() {
    return new AbstractSet<>() {
      @Override
      public boolean contains(Object o) {
        return o != null && containsKey(o);
      }

      @Override
      public Iterator<K> iterator() {
        return keys.iterator();
      }

      @Override
      public int size() {
        return keys.size();
      }
    };
  }

  /**
   * The number of keys.
   *
   * @return the size
   */
  public int size() {
    return keys.size();
  }

  /**
   * Whether the map is empty.
   *
   * @return true if it has no keys
   */
  public boolean isEmpty() {
    return keys.isEmpty();
  }

  /** Equal if the keys and values are equal, in the same order. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IdMap<?, ?> m && keys.equals(m.keys) && values.equals(m.values);
  }

  @Override
  public int hashCode() {
    return 31 * keys.hashCode() + values.hashCode();
  }

  @Override
  public String toString() {
    return "IdMap[" + keys.size() + " keys]";
  }
}
