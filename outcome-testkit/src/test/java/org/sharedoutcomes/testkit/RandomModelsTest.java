package org.sharedoutcomes.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.OutcomeModel;

@ExtendWith(SeedReporter.class)
class RandomModelsTest {
  static LongStream seeds() {
    return Seeds.of(500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sameSeedGivesEqualModels(long seed) {
    OutcomeModel a = RandomModels.generate(seed);
    OutcomeModel b = RandomModels.generate(seed);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void differentSeedsGiveDifferentModels() {
    assertNotEquals(RandomModels.generate(1), RandomModels.generate(2));
  }

  @Test
  void generatedModelsUseEveryKindOfEntity() {
    long commitments = 0;
    long measurements = 0;
    long conflicts = 0;
    long agreements = 0;
    for (long seed = 0; seed < 200; seed++) {
      OutcomeModel m = RandomModels.generate(seed);
      commitments += m.commitments().size();
      measurements += m.measurementCount();
      conflicts += m.conflicts().size();
      agreements += m.agreements().size();
    }
    assertTrue(commitments > 200, "commitments: " + commitments);
    assertTrue(measurements > 1000, "measurements: " + measurements);
    assertTrue(conflicts > 50, "conflicts: " + conflicts);
    assertTrue(agreements > 50, "agreements: " + agreements);
  }

  @Test
  void rejectsBoundsOutOfRangeNamingThem() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> RandomModels.withBounds(0, 5, 5));
    assertTrue(e.getMessage().contains("maxAgencies 0 (>= 1)"), e.getMessage());
    e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> RandomModels.withBounds(1, -1, 5));
    assertTrue(e.getMessage().contains("maxCommitments -1 (>= 0)"), e.getMessage());
  }

  @Test
  void acceptsTheSmallestBounds() {
    OutcomeModel m = RandomModels.withBounds(1, 0, 0).model(3);
    assertEquals(1, m.agencies().size());
    assertEquals(0, m.commitments().size());
    assertEquals(0, m.measurementCount());
  }

  @Test
  void seedsRejectACountBelowOne() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Seeds.of(0));
    assertEquals("count must be at least 1, was 0", e.getMessage());
  }

  @Test
  void seedsAreTheSameOnEveryCall() {
    org.junit.jupiter.api.Assertions.assertArrayEquals(Seeds.of(20).toArray(),
        Seeds.of(20).toArray());
  }
}
