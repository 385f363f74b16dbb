package org.sharedoutcomes.core.internal;

import java.util.SplittableRandom;
import org.apiguardian.api.API;

/**
 * A seeded hash of an id's text, for the id tables of the model and of the readers, in place
 * of {@link String#hashCode()}: whose collisions anyone can compute ({@code "Aa"} and {@code
 * "BB"} hash alike, so 2<sup>16</sup> ids of 16 such pairs share one hash code), turning a
 * hash table into a list (hash flooding).
 *
 * <p>The seed is drawn at random once per JVM, so the hashes of a document's ids cannot be
 * chosen in advance; the characters are mixed into 64 bits of state four at a time (one
 * 64-bit word: a multiply and a shift a word, so a nine-character id costs three rounds, not
 * nine), and the state finished with the MurmurHash3 64-bit finaliser (Appleby). Not a
 * cryptographic hash; enough that colliding ids must be found against one running process,
 * blindly. O(length). Thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class IdHash {
  private static final long SEED = new SplittableRandom().nextLong();
  private static final long K = 0x9E3779B97F4A7C15L;

  private IdHash() {}

  /**
   * The hash of a text.
   *
   * @param text the text
   * @return its hash, the same for equal texts within one JVM
   */
  public static int of(String text) {
    int n = text.length();
    long h = SEED ^ n;
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      h = mix(h, text.charAt(i) | (long) text.charAt(i + 1) << 16
          | (long) text.charAt(i + 2) << 32 | (long) text.charAt(i + 3) << 48);
    }
    long tail = 0;
    for (int shift = 0; i < n; i++, shift += 16) {
      tail |= (long) text.charAt(i) << shift;
    }
    return finish(mix(h, tail));
  }

  /**
   * The hash of the characters {@code chars[from..to)}, equal to {@link #of(String)} of the
   * same text.
   *
   * @param chars the characters
   * @param from the first, inclusive
   * @param to the last, exclusive
   * @return the hash
   */
  public static int of(char[] chars, int from, int to) {
    long h = SEED ^ (to - from);
    int i = from;
    for (; i + 4 <= to; i += 4) {
      h = mix(h, chars[i] | (long) chars[i + 1] << 16 | (long) chars[i + 2] << 32
          | (long) chars[i + 3] << 48);
    }
    long tail = 0;
    for (int shift = 0; i < to; i++, shift += 16) {
      tail |= (long) chars[i] << shift;
    }
    return finish(mix(h, tail));
  }

  private static long mix(long h, long word) {
    long x = (h ^ word) * K;
    return x ^ (x >>> 29);
  }

  private static int finish(long x) {
    long h = x;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h;
  }
}
