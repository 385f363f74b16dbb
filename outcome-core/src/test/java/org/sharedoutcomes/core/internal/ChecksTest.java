package org.sharedoutcomes.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks that take their context as a supplier: they build no message when the value is
 * good (records check millions of fields), and say exactly what the plain checks say when it is
 * not.
 */
class ChecksTest {
  /** A context that counts how often it was asked for. */
  private static final class Where implements Supplier<String> {
    int asked;

    @Override
    public String get() {
      asked++;
      return "indicator 'i-1' ";
    }
  }

  @Test
  void goodValuesBuildNoMessage() {
    Where where = new Where();
    Checks.notNull("x", where, "unit");
    Checks.text("Rate", where, "name");
    Checks.finite(1.5, where, "baseline value");
    Checks.id("c-1", where, "responsibilityProtocol");
    Checks.optional(Optional.empty(), where, "ratio");
    assertEquals(List.of("a", "b"), Checks.list(List.of("a", "b"), where, "targets"));
    assertEquals(Set.of("a", "b"), Checks.sortedSet(Set.of("b", "a"), where, "outcomes"));
    Map<String, String> attributes = new HashMap<>();
    attributes.put("k", "v");
    assertEquals(Map.of("k", "v"), Checks.attributes(attributes, where, "attributes"));
    assertEquals(0, where.asked);
  }

  @ParameterizedTest(name = "id \"{0}\"")
  @ValueSource(strings = {"", " ", " c-1", "c-1 ", "c\u00011", "c\t1"})
  void aBadIdIsRefusedWithThePlainChecksMessage(String id) {
    Where where = new Where();
    IllegalArgumentException lazy = assertThrows(IllegalArgumentException.class,
        () -> Checks.id(id, where, "responsibilityProtocol"));
    IllegalArgumentException plain = assertThrows(IllegalArgumentException.class,
        () -> Checks.id(id, "indicator 'i-1' responsibilityProtocol"));
    assertEquals(plain.getMessage(), lazy.getMessage());
    assertEquals(1, where.asked);
  }

  @Test
  void anIdAtTheLengthLimitPassesAndOneLongerIsRefused() {
    Where where = new Where();
    String longest = "c".repeat(Checks.MAX_ID_LENGTH);
    assertSame(longest, Checks.id(longest, where, "id"));
    assertEquals(0, where.asked);
    assertThrows(IllegalArgumentException.class, () -> Checks.id(longest + "c", where, "id"));
    assertEquals(1, where.asked);
  }

  @Test
  void badValuesAreRefusedWithThePlainChecksMessages() {
    String ctx = "indicator 'i-1' ";
    List<String> withNull = new ArrayList<>(Arrays.asList("a", null));
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("k", null);
    Map<String, String> blankKey = Map.of(" ", "v");
    same(() -> Checks.finite(Double.NaN, new Where(), "baseline value"),
        () -> Checks.finite(Double.NaN, ctx + "baseline value"));
    same(() -> Checks.list(withNull, new Where(), "targets"),
        () -> Checks.list(withNull, ctx + "targets"));
    same(() -> Checks.attributes(nullValue, new Where(), "attributes"),
        () -> Checks.attributes(nullValue, ctx + "attributes"));
    same(() -> Checks.attributes(blankKey, new Where(), "attributes"),
        () -> Checks.attributes(blankKey, ctx + "attributes"));
    same(() -> Checks.id(null, new Where(), "id"), () -> Checks.id(null, ctx + "id"));
  }

  private static void same(Executable lazy, Executable plain) {
    RuntimeException a = assertThrows(RuntimeException.class, lazy::run);
    RuntimeException b = assertThrows(RuntimeException.class, plain::run);
    assertEquals(b.getClass(), a.getClass());
    assertEquals(b.getMessage(), a.getMessage());
  }

  /** A check to run. */
  @FunctionalInterface
  private interface Executable {
    void run();
  }

  static java.util.stream.LongStream seeds() {
    return java.util.stream.LongStream.range(0, 100);
  }

  /**
   * The supplier form of the id check accepts exactly the ids the plain one accepts: random
   * texts of white space, control characters, letters and other characters, up to past the
   * length limit.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theLazyIdCheckAcceptsExactlyWhatThePlainOneAccepts(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    char[] alphabet = {'a', 'Z', '7', '-', '.', ' ', '\t', '\n', '\u0001', '\u007f', '\u0085',
        '\u00a0', '\u2003', '\u3000', '\u00e9', '\u4e2d'};
    for (int k = 0; k < 200; k++) {
      int n = r.nextInt(10) == 0 ? Checks.MAX_ID_LENGTH - 1 + r.nextInt(3) : r.nextInt(0, 8);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(r.nextInt(3) == 0 ? alphabet[r.nextInt(alphabet.length)] : 'a');
      }
      String id = b.toString();
      boolean plain = accepts(() -> Checks.id(id, "id"));
      boolean lazy = accepts(() -> Checks.id(id, new Where(), "id"));
      assertEquals(plain, lazy, "seed " + seed + ", id " + id.codePoints()
          .mapToObj(c -> String.format("U+%04X", c)).toList());
    }
  }

  private static boolean accepts(Executable check) {
    try {
      check.run();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
