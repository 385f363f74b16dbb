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
}
