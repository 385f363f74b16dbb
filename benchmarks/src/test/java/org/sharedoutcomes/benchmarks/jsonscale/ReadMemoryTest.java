package org.sharedoutcomes.benchmarks.jsonscale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sharedoutcomes.benchmarks.jsonscale.ReadMemory.ChildResult;
import org.sharedoutcomes.benchmarks.jsonscale.ReadMemory.Figures;
import org.sharedoutcomes.benchmarks.jsonscale.ReadMemory.Outcome;
import org.sharedoutcomes.benchmarks.jsonscale.ReadMemory.Search;
import org.sharedoutcomes.benchmarks.jsonscale.ReadMemory.Trial;

/** The bisection over {@code -Xmx} and the report of {@link ReadMemory}; no child JVMs. */
class ReadMemoryTest {
  private static final long MIB = ReadMemory.MIB;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 17, 63, 64, 127, 128})
  void bisectionFindsTheSmallestPassingValueWithLogarithmicallyManyTests(long threshold)
      throws Exception {
    List<Long> tested = new ArrayList<>();
    OptionalLong found = ReadMemory.smallestPassing(128, k -> {
      tested.add(k);
      return k >= threshold;
    });
    assertEquals(OptionalLong.of(threshold), found);
    assertEquals(128L, tested.get(0), "the maximum is tested first");
    assertTrue(tested.size() <= 8, "1 + log2(128) tests at most, got " + tested);
    assertTrue(tested.stream().allMatch(k -> k >= 1 && k <= 128), "tested " + tested);
  }

  @Test
  void bisectionIsEmptyWhenEvenTheMaximumFailsAndTestsNothingElse() throws Exception {
    List<Long> tested = new ArrayList<>();
    OptionalLong found = ReadMemory.smallestPassing(128, k -> {
      tested.add(k);
      return false;
    });
    assertEquals(OptionalLong.empty(), found);
    assertEquals(List.of(128L), tested);
  }

  @Test
  void bisectionOverOneValueTestsOnlyIt() throws Exception {
    assertEquals(OptionalLong.of(1), ReadMemory.smallestPassing(1, k -> true));
  }

  @Test
  void bisectionRejectsAnEmptyRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReadMemory.smallestPassing(0, k -> true));
    assertTrue(e.getMessage().contains("got 0"), e.getMessage());
  }

  @Test
  void reportGivesTheRatiosOfTheSmallestHeapsToTheRetainedSize() {
    // R = 500 MiB; H = 1,000 MiB; H_tree = 4,000 MiB; H_floor = 640 MiB
    Figures f = new Figures("OutcomeModel[...]", 1_000_000, 300 * MIB, 500 * MIB,
        "-XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError", "PS Scavenge, PS MarkSweep", 8192, 64,
        10, search("hold", 640), search("read", 1000), search("tree", 4000), 100);
    String md = f.markdown();
    assertTrue(md.contains("| **H / R** (heap needed to read ÷ the model's own size) | **2.00** |"),
        md);
    assertTrue(md.contains("| H / H_tree | 0.25 |"), md);
    assertTrue(md.contains("| H / H_floor (the reader's overhead beyond the collector's"
        + " headroom) | 1.56 |"), md);
    assertTrue(md.contains("| 1,000.0 | 2.00 |"), md);
    assertTrue(md.contains("| read | 8,192 | 2.0 | 3,000.0 | 2,500.0 | 510.0 |"), md);
    assertTrue(md.contains("read: 8192 ok, 1000 ok, 936 OOM"), md);
  }

  @Test
  void reportSaysMoreThanTheMaximumWhenNoHeapWasEnough() {
    Search none = new Search("read", OptionalLong.empty(),
        List.of(new Trial(8192, Outcome.OUT_OF_MEMORY, Optional.empty(), 5)));
    Figures f = new Figures("m", 10, MIB, MIB, "", "G1", 8192, 64, 10, search("hold", 64), none,
        search("tree", 64), 1);
    String md = f.markdown();
    assertTrue(md.contains("holds the model** | > 8192 | — |"), md);
    assertTrue(md.contains("| **H / R** (heap needed to read ÷ the model's own size) | **—** |"),
        md);
  }

  /** A search that worked at 8,192 MiB and at {@code smallest}, and failed 64 MiB below it. */
  private static Search search(String what, long smallest) {
    ChildResult r = new ChildResult(2, 3000 * MIB, 2500 * MIB, 510 * MIB);
    return new Search(what, OptionalLong.of(smallest), List.of(
        new Trial(8192, Outcome.OK, Optional.of(r), 3),
        new Trial(smallest, Outcome.OK, Optional.of(r), 3),
        new Trial(smallest - 64, Outcome.OUT_OF_MEMORY, Optional.empty(), 3)));
  }
}
