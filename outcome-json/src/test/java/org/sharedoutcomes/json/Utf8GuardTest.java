package org.sharedoutcomes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class Utf8GuardTest {
  /** The guard's rule one byte at a time, as it was written first: the oracle. */
  private static long byByte(byte[] b) {
    int low = -1;
    int high = 0;
    if (b.length >= 2) {
      int f = b[0] & 0xFF;
      int s = b[1] & 0xFF;
      if (f == 0 || s == 0 || (f == 0xFE && s == 0xFF) || (f == 0xFF && s == 0xFE)) {
        return -1;
      }
    } else {
      return -1;
    }
    for (int i = 0; i < b.length; i++) {
      int c = b[i] & 0xFF;
      if (low >= 0) {
        boolean ok = c >= low && c <= high;
        low = -1;
        if (!ok) {
          return i;
        }
        continue;
      }
      if (c < 0xC0) {
        continue;
      }
      switch (c) {
        case 0xC0, 0xC1 -> {
          return i;
        }
        case 0xE0 -> { low = 0xA0; high = 0xBF; }
        case 0xED -> { low = 0x80; high = 0x9F; }
        case 0xF0 -> { low = 0x90; high = 0xBF; }
        case 0xF4 -> { low = 0x80; high = 0x8F; }
        default -> {
          if (c >= 0xF5) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  private static long inChunks(byte[] b, SplittableRandom r) {
    Utf8Guard g = new Utf8Guard();
    int at = 0;
    while (at < b.length) {
      int end = Math.min(b.length, at + 1 + r.nextInt(Math.max(1, b.length / 3 + 1)));
      long bad = g.check(b, at, end);
      if (bad >= 0) {
        return bad;
      }
      at = end;
    }
    return -1;
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void findsTheSameFirstBadByteAsTheByteByByteRuleInAnyChunks(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    byte[] b = new byte[r.nextInt(2, 200)];
    int[] interesting = {'a', '{', '"', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1,
        0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
    for (int i = 0; i < b.length; i++) {
      // mostly ASCII, like a document, with the bytes the rule turns on mixed in
      b[i] = (byte) (r.nextInt(4) == 0 ? interesting[r.nextInt(interesting.length)]
          : 0x20 + r.nextInt(0x5F));
    }
    assertEquals(byByte(b), inChunks(b, r), "seed " + seed);
    assertEquals(byByte(b), new Utf8Guard().check(b, 0, b.length), "seed " + seed);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // text, offset of the first bad byte (-1: none)
      "'{\"a\":\"\u00e9\u20ac\ud83d\ude00\"}', -1",   // 2-, 3- and 4-byte forms are fine
      "'{\"a\":\"x\"}', -1"})
  void acceptsWellFormedText(String text, long bad) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    assertEquals(bad, new Utf8Guard().check(b, 0, b.length));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "7B C0 AF 7D, 1",     // overlong '/'
      "7B 22 E0 80 80, 3",  // overlong 3-byte form: the byte after E0 is out of range
      "7B ED A0 80, 2",     // an encoded surrogate
      "7B F4 90 80 80, 2",  // beyond U+10FFFF
      "7B 20 20 F5, 3",     // a lead byte that can never start a code point
      "7B ED 9F BF, -1",    // the neighbour of the surrogate case: U+D7FF is fine
      "7B F4 8F BF BF, -1"}) // the neighbour of the beyond case: U+10FFFF is fine
  void reportsTheFirstBadByte(String hex, long bad) {
    String[] parts = hex.split(" ");
    byte[] b = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      b[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    assertEquals(bad, new Utf8Guard().check(b, 0, b.length));
    assertEquals(bad, byByte(b));
  }
}
