package org.sharedoutcomes.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.OutcomeId;

class IdMapTest {
  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @Test
  void findsEachKeyAtItsPosition() {
    List<CommitmentId> keys = List.of(CommitmentId.of("a"), CommitmentId.of("b"),
        CommitmentId.of("c"));
    IdMap<CommitmentId, String> m = IdMap.of(keys, List.of("A", "B", "C"));
    assertEquals(3, m.size());
    assertEquals(1, m.indexOf(CommitmentId.of("b")));
    assertEquals("C", m.get(CommitmentId.of("c")));
    assertNull(m.get(CommitmentId.of("d")));
    assertEquals(-1, m.indexOf(OutcomeId.of("a")), "same text, other kind of id: absent");
    assertTrue(m.keySet().contains(CommitmentId.of("a")));
    assertFalse(m.keySet().contains(OutcomeId.of("a")));
    assertEquals(List.of("A", "B", "C"), m.values());
    assertEquals(keys, List.copyOf(m.keySet()));
  }

  @Test
  void ordinaryIdsKeepTheirPlainHashCodes() {
    List<CommitmentId> keys = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      keys.add(CommitmentId.of(String.format("c-%08d", i)));
    }
    IdMap<CommitmentId, Integer> m = IdMap.of(keys,
        java.util.stream.IntStream.range(0, keys.size()).boxed().toList());
    assertFalse(m.seeded(), "sequential ids do not look like a flood");
    for (int i = 0; i < keys.size(); i += 997) {
      assertEquals(i, m.indexOf(CommitmentId.of(keys.get(i).value())));
    }
  }

  static LongStream largeSeeds() {
    return LongStream.range(0, 12);
  }

  /**
   * From {@link IdMap#SORTED_FILL} keys up the table is filled in slot order; every key is
   * found at its position and an absent one is not, on both sides of that size, with ids
   * that share hash codes (runs of probes, some across the table's end) and with plain ones.
   */
  @ParameterizedTest
  @MethodSource("largeSeeds")
  void aTableFilledInSlotOrderFindsWhatOneFilledInKeyOrderFinds(long seed) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    int n = switch ((int) (seed % 3)) {
      case 0 -> IdMap.SORTED_FILL - 1;
      case 1 -> IdMap.SORTED_FILL;
      default -> IdMap.SORTED_FILL + r.nextInt(3 * IdMap.SORTED_FILL);
    };
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<CommitmentId> keys = new ArrayList<>();
    while (keys.size() < n) {
      // a third of the ids are pairs of "Aa"/"BB" blocks: equal hash codes, long runs
      String v = r.nextInt(3) == 0
          ? (r.nextBoolean() ? "Aa" : "BB") + (r.nextBoolean() ? "Aa" : "BB") + r.nextInt(5000)
          : Long.toString(r.nextLong(), 36);
      if (seen.add(v)) {
        keys.add(CommitmentId.of(v));
      }
    }
    IdMap<CommitmentId, Integer> m = IdMap.of(keys,
        java.util.stream.IntStream.range(0, n).boxed().toList());
    for (int i = 0; i < n; i++) {
      assertEquals(i, m.indexOf(CommitmentId.of(keys.get(i).value())),
          "seed " + seed + ", " + n + " keys, key " + i);
    }
    for (int i = 0; i < 1000; i++) {
      String absent = "absent-" + r.nextInt();
      assertEquals(-1, m.indexOf(CommitmentId.of(absent)), "seed " + seed + ": " + absent);
    }
  }

  @Test
  void theLongestRunOfOccupiedSlotsWrapsAround() {
    assertEquals(0, IdMap.longestRun(new int[] {0, 0, 0}));
    assertEquals(3, IdMap.longestRun(new int[] {1, 1, 0, 0, 1}), "the run across the end");
    assertEquals(2, IdMap.longestRun(new int[] {0, 1, 1, 0}));
    assertEquals(4, IdMap.longestRun(new int[] {1, 1, 1, 1}), "no empty slot at all");
  }

  @Test
  void theEmptyMapHoldsNothing() {
    IdMap<CommitmentId, String> m = IdMap.of(List.of(), List.of());
    assertSame(IdMap.empty(), m);
    assertTrue(m.isEmpty());
    assertEquals(-1, m.indexOf(CommitmentId.of("a")));
    assertNull(m.get(CommitmentId.of("a")));
  }

  @Test
  void rejectsKeysAndValuesOfDifferentSizes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IdMap.of(List.of("a", "b"), List.of("A")));
    assertEquals("2 keys but 1 values", e.getMessage());
  }

  @Test
  void equalWhenKeysAndValuesAreEqualInOrder() {
    IdMap<String, Integer> a = IdMap.of(List.of("x", "y"), List.of(1, 2));
    assertEquals(a, IdMap.of(List.of("x", "y"), List.of(1, 2)));
    assertEquals(a.hashCode(), IdMap.of(List.of("x", "y"), List.of(1, 2)).hashCode());
    assertFalse(a.equals(IdMap.of(List.of("x", "y"), List.of(1, 3))));
    assertFalse(a.equals(IdMap.of(List.of("y", "x"), List.of(2, 1))));
  }

  /** Against a HashMap, with keys that collide in their string hashes ("Aa" and "BB"). */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void agreesWithAHashMap(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = random.nextInt(0, 2000);
    Map<String, Integer> expected = new HashMap<>();
    while (expected.size() < n) {
      String key = random.nextBoolean() ? "c-" + random.nextInt(0, 5 * n + 1)
          : random.nextBoolean() ? "Aa".repeat(random.nextInt(1, 4))
          : "BB".repeat(random.nextInt(1, 4));
      expected.putIfAbsent(key, expected.size());
    }
    List<String> keys = new ArrayList<>(expected.keySet());
    List<Integer> values = new ArrayList<>();
    keys.forEach(k -> values.add(expected.get(k)));
    IdMap<String, Integer> m = IdMap.of(keys, values);
    for (int i = 0; i < keys.size(); i++) {
      assertEquals(i, m.indexOf(keys.get(i)), "seed " + seed + ": " + keys.get(i));
    }
    for (int i = 0; i < 200; i++) {
      String absent = "x-" + random.nextInt();
      assertEquals(-1, m.indexOf(absent), "seed " + seed + ": " + absent);
    }
  }

  /** IdIndex sorts, keeps the first of each id, and counts the copies. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theIndexSortsAndCountsDuplicates(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String[]> entities = new ArrayList<>();
    TreeMap<String, Integer> counts = new TreeMap<>();
    TreeMap<String, String> first = new TreeMap<>();
    int n = random.nextInt(0, 300);
    for (int i = 0; i < n; i++) {
      String id = "e" + random.nextInt(0, Math.max(1, n / 2));
      String value = id + "#" + i;
      entities.add(new String[] {id, value});
      counts.merge(id, 1, Integer::sum);
      first.putIfAbsent(id, value);
    }
    IdIndex<String, String[]> index = IdIndex.of(entities, e -> e[0]);
    assertEquals(List.copyOf(first.keySet()), index.map().keys(), "seed " + seed);
    assertEquals(List.copyOf(first.values()),
        index.map().values().stream().map(e -> e[1]).toList(), "seed " + seed);
    Map<String, Integer> duplicated = new TreeMap<>(counts);
    duplicated.values().removeIf(c -> c == 1);
    assertEquals(duplicated, index.duplicates(), "seed " + seed);
  }
}
