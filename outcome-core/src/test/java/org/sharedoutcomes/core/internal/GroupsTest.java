package org.sharedoutcomes.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GroupsTest {
  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void eachKeyListsItsItemsInTheOrderAdded(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int keys = r.nextInt(20);
    int pairs = keys == 0 ? 0 : r.nextInt(100);
    List<List<Integer>> expected = new ArrayList<>();
    for (int k = 0; k < keys; k++) {
      expected.add(new ArrayList<>());
    }
    List<String> values = new ArrayList<>();
    Groups.Builder b = Groups.builder(keys, r.nextInt(4)); // a small hint: the builder grows
    for (int i = 0; i < pairs; i++) {
      int k = r.nextInt(keys);
      int item = r.nextInt(50);
      b.add(k, item);
      expected.get(k).add(item);
    }
    for (int i = 0; i < 50; i++) {
      values.add("v" + i);
    }
    Groups g = b.build();
    assertEquals(keys, g.keys(), "seed " + seed);
    for (int k = 0; k < keys; k++) {
      List<Integer> items = expected.get(k);
      assertEquals(items.size(), g.size(k), "seed " + seed + ", key " + k);
      List<String> want = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        assertEquals(items.get(i), g.item(k, i), "seed " + seed + ", key " + k + ", item " + i);
        want.add(values.get(items.get(i)));
      }
      assertEquals(want, g.list(k, values), "seed " + seed + ", key " + k);
    }
    assertEquals(List.of(), g.list(-1, values), "seed " + seed + ": an unknown key");
    assertEquals(List.of(), g.list(keys, values), "seed " + seed + ": out of range");
  }

  @Test
  void rejectsAKeyOutOfRange() {
    Groups.Builder b = Groups.builder(3, 0);
    IndexOutOfBoundsException e =
        assertThrows(IndexOutOfBoundsException.class, () -> b.add(3, 0));
    assertEquals("key 3 of 3", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Groups.builder(-1, 0));
  }
}
