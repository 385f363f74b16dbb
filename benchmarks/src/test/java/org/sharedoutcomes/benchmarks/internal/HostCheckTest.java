package org.sharedoutcomes.benchmarks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostCheckTest {
  /** The chase must visit every slot, or it would measure a cache-sized loop. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1_000_003})
  void theChaseIsOneCycleThroughEverySlot(long seed) {
    for (int n : new int[] {2, 3, 17, 4096, 100_000}) {
      int[] next = HostCheck.cycle(n, seed);
      BitSet seen = new BitSet(n);
      int p = 0;
      int steps = 0;
      do {
        assertFalse(seen.get(p), "seed " + seed + ", n " + n + ": slot " + p + " visited twice");
        seen.set(p);
        p = next[p];
        steps++;
      } while (p != 0);
      assertEquals(n, steps, "seed " + seed + ", n " + n);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1 << 16, 1 << 20})
  void printsTheThreeFiguresAsPositiveTimes(int bytes) {
    String line = HostCheck.line(bytes, bytes / 4, 100_000, 100_000);
    var m = java.util.regex.Pattern.compile(
        "compute=([0-9.]+)ns chase=([0-9]+)ns touch=([0-9]+)ns/([0-9]+)ns per page").matcher(line);
    assertTrue(m.matches(), line);
    assertTrue(Double.parseDouble(m.group(1)) > 0, line);
  }
}
