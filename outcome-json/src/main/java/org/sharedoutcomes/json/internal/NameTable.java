package org.sharedoutcomes.json.internal;

import org.jspecify.annotations.Nullable;

/**
 * Values found by the characters of a string token in the parser's buffer, with no string
 * made: a small open-addressing table of fixed names to values (an enum's constants, the
 * built-in roles). The names are the library's own and the table is filled once, before any
 * input is read; input only looks names up, so the hash can be a cheap one of the length and
 * three characters: names chosen to collide cannot lengthen a chain past the table's few
 * entries, and every look-up compares the whole name. Not thread-safe while filled; safe to
 * share once published.
 */
final class NameTable<T> {
  private char[][] keys = new char[16][];
  private Object[] values = new Object[16];
  private int shift = 32 - 4;
  private int size;

  /** Adds a value under a name, unless the name is there already. */
  void put(String name, T value) {
    if (size * 4 >= keys.length) { // at most a quarter full: short probes
      grow();
    }
    char[] key = name.toCharArray();
    int mask = keys.length - 1;
    for (int i = slot(hash(key, 0, key.length)); ; i = (i + 1) & mask) {
      char[] k = keys[i];
      if (k == null) {
        keys[i] = key;
        values[i] = value;
        size++;
        return;
      }
      if (java.util.Arrays.equals(k, key)) {
        return;
      }
    }
  }

  /** The value named by the characters, or null. */
  @SuppressWarnings("unchecked")
  @Nullable T find(char[] chars, int offset, int length) {
    int mask = keys.length - 1;
    for (int i = slot(hash(chars, offset, length)); ; i = (i + 1) & mask) {
      char[] k = keys[i];
      if (k == null) {
        return null;
      }
      if (k.length == length && same(k, chars, offset)) {
        return (T) values[i];
      }
    }
  }

  private static int hash(char[] c, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    return length ^ (c[offset] << 5) ^ (c[offset + (length >> 1)] << 11)
        ^ (c[offset + length - 1] << 17);
  }

  private static boolean same(char[] k, char[] chars, int offset) {
    for (int i = 0; i < k.length; i++) {
      if (k[i] != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** Fibonacci hashing: names differing in a few characters spread over the table. */
  private int slot(int h) {
    return (h * 0x9E3779B9) >>> shift;
  }

  @SuppressWarnings("unchecked")
  private void grow() {
    char[][] oldKeys = keys;
    Object[] oldValues = values;
    keys = new char[oldKeys.length * 2][];
    values = new Object[oldKeys.length * 2];
    shift--;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        put(new String(oldKeys[i]), (T) oldValues[i]);
      }
    }
  }
}
