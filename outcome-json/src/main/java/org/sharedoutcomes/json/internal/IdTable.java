package org.sharedoutcomes.json.internal;

import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.internal.IdHash;

/**
 * The ids of one kind read so far, so that a reference to an entity read before reuses its
 * id: no string, no id, no second check of the text.
 *
 * <p>References mostly come in the order the entities were defined (a canonical document
 * sorts roles by target, and entities by id), so the id after the last one found is tried
 * first, then the first id; only a reference out of order looks in a hash index, which is
 * built when first needed. A sequential guess touches memory next to the last look-up, where
 * a hash probe of a million ids misses the cache.
 */
final class IdTable<T extends EntityId> {
  final java.util.function.Function<String, T> of;
  private EntityId[] order = new EntityId[64];
  private int count;
  private int cursor;
  /**
   * The ids' texts one after the other, the k-th from {@code starts[k]} to
   * {@code starts[k + 1]}: compared where they lie in a row, not through each id's string.
   */
  private char[] text = new char[1024];
  private int[] starts = new int[65];
  /** The sets of {@link #one}, by position in {@link #order}; grown when first needed. */
  private Object[] ones = new Object[0];
  /**
   * Positions + 1 in {@link #order}, by the seeded {@link IdHash} of the text (not {@link
   * String#hashCode()}, whose collisions anyone can make: 65,536 ids of one hash code would
   * turn every look-up into a scan); 0 is empty.
   */
  private int[] slots = new int[0];
  private int[] hashes = new int[0];
  private int shift;
  private int indexed;

  IdTable(java.util.function.Function<String, T> of) {
    this.of = of;
  }

  /** Remembers a defined id (a duplicate too: equal ids are interchangeable). */
  void add(T id) {
    if (count == order.length) {
      order = java.util.Arrays.copyOf(order, count * 2);
      starts = java.util.Arrays.copyOf(starts, count * 2 + 1);
    }
    String v = id.value();
    int end = starts[count] + v.length();
    if (end > text.length) {
      text = java.util.Arrays.copyOf(text, Math.max(end, text.length * 2));
    }
    v.getChars(0, v.length(), text, starts[count]);
    order[count++] = id;
    starts[count] = end;
  }

  /** The id whose text is the characters, or null if none was defined. */
  @SuppressWarnings("unchecked")
  @Nullable T find(char[] chars, int offset, int length) {
    int c = cursor;
    if (c < count && matches(c, chars, offset, length)) {
      return (T) order[c];
    }
    if (c + 1 < count && matches(c + 1, chars, offset, length)) {
      cursor = c + 1;
      return (T) order[c + 1];
    }
    if (count > 0 && matches(0, chars, offset, length)) {
      cursor = 0;
      return (T) order[0];
    }
    int at = lookUp(chars, offset, length);
    if (at < 0) {
      return null;
    }
    cursor = at;
    return (T) order[at];
  }

  /**
   * {@code Set.of(id)} for an id just found, one instance per id however many entities refer
   * to it alone (a million commitments serving 40,000 outcomes hold 40,000 sets, not a
   * million); a fresh set for an id the table does not hold. Sets are immutable, so sharing
   * one changes nothing a caller can see.
   */
  @SuppressWarnings("unchecked")
  java.util.Set<T> one(T id) {
    int c = cursor;
    if (c >= count || order[c] != id) {
      return java.util.Set.of(id);
    }
    if (ones.length <= c) {
      ones = java.util.Arrays.copyOf(ones, order.length);
    }
    Object set = ones[c];
    if (set == null) {
      set = java.util.Set.of(id);
      ones[c] = set;
    }
    return (java.util.Set<T>) set;
  }

  private boolean matches(int k, char[] chars, int offset, int length) {
    int from = starts[k];
    if (starts[k + 1] - from != length) {
      return false;
    }
    // ids of one kind mostly differ at the end ("ag-000123"): a wrong guess costs one compare
    for (int i = length - 1; i >= 0; i--) {
      if (text[from + i] != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private int lookUp(char[] chars, int offset, int length) {
    if (indexed < count) {
      index();
    }
    if (slots.length == 0) {
      return -1;
    }
    int h = IdHash.of(chars, offset, offset + length);
    int mask = slots.length - 1;
    for (int i = (h * 0x9E3779B9) >>> shift; ; i = (i + 1) & mask) {
      int at = slots[i] - 1;
      if (at < 0) {
        return -1;
      }
      if (hashes[i] == h && matches(at, chars, offset, length)) {
        return at;
      }
    }
  }

  /** Adds the ids defined since the last look-up to the hash index (at most half full). */
  private void index() {
    if (count * 2 > slots.length) {
      int bits = Math.max(6, 33 - Integer.numberOfLeadingZeros(count * 2 - 1));
      slots = new int[1 << bits];
      hashes = new int[1 << bits];
      shift = 32 - bits;
      indexed = 0;
    }
    int mask = slots.length - 1;
    for (; indexed < count; indexed++) {
      int h = IdHash.of(text, starts[indexed], starts[indexed + 1]);
      int i = (h * 0x9E3779B9) >>> shift;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = indexed + 1;
      hashes[i] = h;
    }
  }
}
