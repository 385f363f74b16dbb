package org.sharedoutcomes.json.internal;

import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.internal.IdHash;

/**
 * Values found by the characters of a string token in the parser's buffer, with no string
 * made: an open-addressing table of names to values (for enum constants and roles), hashed
 * by the seeded {@link IdHash} so that names chosen to collide under {@link
 * String#hashCode()} do not share a probe chain.
 */
final class NameTable<T> {
  String[] names = new String[64];
  Object[] values = new Object[64];
  int shift = 32 - 6;
  int size;


  /** Adds a value under a name, unless the name is there already. */
  void put(String name, T value) {
    if (size * 2 >= names.length) {
      grow();
    }
    int mask = names.length - 1;
    for (int i = slot(IdHash.of(name)); ; i = (i + 1) & mask) {
      String n = names[i];
      if (n == null) {
        names[i] = name;
        values[i] = value;
        size++;
        return;
      }
      if (n.equals(name)) {
        return;
      }
    }
  }

  /** The value named by the characters, or null. */
  @SuppressWarnings("unchecked")
  @Nullable T find(char[] chars, int offset, int length) {
    int mask = names.length - 1;
    for (int i = slot(IdHash.of(chars, offset, offset + length)); ; i = (i + 1) & mask) {
      String n = names[i];
      if (n == null) {
        return null;
      }
      if (n.length() == length && same(n, chars, offset)) {
        return (T) values[i];
      }
    }
  }

  private static boolean same(String n, char[] chars, int offset) {
    for (int i = 0; i < n.length(); i++) {
      if (n.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** Fibonacci hashing: names differing in their last digits spread over the table. */
  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }

  @SuppressWarnings("unchecked")
  private void grow() {
    String[] oldNames = names;
    Object[] oldValues = values;
    names = new String[oldNames.length * 2];
    values = new Object[oldNames.length * 2];
    shift--;
    size = 0;
    for (int i = 0; i < oldNames.length; i++) {
      if (oldNames[i] != null) {
        put(oldNames[i], (T) oldValues[i]);
      }
    }
  }
}
