package org.sharedoutcomes.json;

import java.io.CharConversionException;

/**
 * Rejects the byte sequences of UTF-8 that Jackson's decoder lets through: overlong forms
 * ({@code C0 AF} for {@code /}, {@code E0 80..9F}, {@code F0 80..8F}), encoded surrogates
 * ({@code ED A0..BF}), code points above U+10FFFF ({@code F4 90..BF}, {@code F5..FF}), as
 * RFC 3629 requires. Fed the document's bytes in order, in any chunks; a document that starts
 * like UTF-16 or UTF-32 (a zero byte or a byte-order mark in its first two bytes) is not
 * checked. Not thread-safe.
 */
final class Utf8Guard {
  /** Eight bytes of an array read as one long (the byte order does not matter here). */
  private static final java.lang.invoke.VarHandle WORDS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class,
          java.nio.ByteOrder.nativeOrder());
  private static final long HIGH_BITS = 0x8080808080808080L;

  private int seen;
  private int first;
  private boolean off;
  /** After a lead byte that limits the next: the lowest and highest allowed, else -1. */
  private int low = -1;
  private int high;
  private long offset;

  /**
   * Checks bytes.
   *
   * @return the offset of the first bad byte, or -1
   */
  long check(byte[] b, int from, int to) {
    int i = from;
    while (i < to && !off) {
      if (seen < 2) {
        int c = b[i] & 0xFF;
        i++;
        if (seen == 0) {
          first = c; // checked once the second byte tells UTF-8 from UTF-16 or UTF-32
          seen = 1;
          continue;
        }
        seen = 2;
        if (first == 0 || c == 0 || (first == 0xFE && c == 0xFF)
            || (first == 0xFF && c == 0xFE)) {
          off = true;
          return -1;
        }
        if (!step(first)) {
          return 0;
        }
        offset = 1;
        if (!step(c)) {
          return offset;
        }
        offset++;
        continue;
      }
      if (low < 0) {
        // no lead byte pending: every byte below 0xC0 (ASCII or a continuation byte) passes,
        // so skip the run of them in a tight loop (most of a document), eight ASCII bytes at
        // a time where a word of them has no high bit set
        int j = i;
        while (j < to) {
          if (j + Long.BYTES <= to && ((long) WORDS.get(b, j) & HIGH_BITS) == 0) {
            j += Long.BYTES;
            continue;
          }
          byte x = b[j];
          if (x < 0 && x >= (byte) 0xC0) {
            break;
          }
          j++;
        }
        offset += j - i;
        i = j;
        if (i == to) {
          return -1;
        }
      }
      if (!step(b[i] & 0xFF)) {
        return offset;
      }
      offset++;
      i++;
    }
    return -1;
  }

  /** Checks one byte after those before it; false if it makes the text invalid. */
  private boolean step(int c) {
    if (low >= 0) {
      boolean ok = c >= low && c <= high;
      low = -1;
      return ok;
    }
    if (c < 0xC0) {
      return true;
    }
    switch (c) {
      case 0xC0, 0xC1 -> {
        return false;
      }
      case 0xE0 -> limit(0xA0, 0xBF);
      case 0xED -> limit(0x80, 0x9F);
      case 0xF0 -> limit(0x90, 0xBF);
      case 0xF4 -> limit(0x80, 0x8F);
      default -> {
        return c < 0xF5;
      }
    }
    return true;
  }

  private void limit(int lo, int hi) {
    low = lo;
    high = hi;
  }

  /** The error for a bad byte at an offset, for a stream. */
  static CharConversionException streamError(long at) {
    return new CharConversionException(reason(at));
  }

  static String reason(long at) {
    return "invalid UTF-8 at byte " + at + " (an overlong form, an encoded surrogate or a"
        + " code point beyond U+10FFFF; RFC 3629)";
  }

  /** Checks a whole document in memory; fails with the line and column of the bad byte. */
  static void checkDocument(byte[] json) {
    long at = new Utf8Guard().check(json, 0, json.length);
    if (at < 0) {
      return;
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (json[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    throw new OutcomeFormatException("the document is not valid Unicode text: " + reason(at),
        line, (int) (at - lineStart) + 1, "");
  }
}
