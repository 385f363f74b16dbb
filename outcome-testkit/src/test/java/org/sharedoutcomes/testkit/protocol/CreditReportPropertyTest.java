package org.sharedoutcomes.testkit.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.protocol.Fraction;
import org.sharedoutcomes.core.protocol.ProtocolRegistry;
import org.sharedoutcomes.core.protocol.responsibility.Allocation;
import org.sharedoutcomes.core.protocol.responsibility.CreditReport;
import org.sharedoutcomes.core.protocol.responsibility.EqualShares;
import org.sharedoutcomes.testkit.RandomModels;
import org.sharedoutcomes.testkit.Seeds;

class CreditReportPropertyTest {
  static LongStream seeds() {
    return Seeds.of(60);
  }

  private static CreditReport report(long seed) {
    OutcomeModel m = RandomModels.small().model(seed);
    return CreditReport.forModel(m, ProtocolRegistry.builtIns(), new EqualShares());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void creditsAddUpToOnePerAllocatedCommitment(long seed) {
    CreditReport r = report(seed);
    Fraction sum = Fraction.ZERO;
    for (Fraction f : r.credits().values()) {
      sum = sum.plus(f);
    }
    assertEquals(r.total(), sum);
    assertEquals(Fraction.of(r.allocations().size()), r.total());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyAllocationSumsToExactlyOne(long seed) {
    for (Allocation a : report(seed).allocations()) {
      Fraction sum = Fraction.ZERO;
      for (Fraction f : a.shares().values()) {
        sum = sum.plus(f);
      }
      assertEquals(Fraction.ONE, sum, a::toString);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyCommitmentIsEitherAllocatedOrListedWithAReason(long seed) {
    OutcomeModel m = RandomModels.small().model(seed);
    CreditReport r = CreditReport.forModel(m, ProtocolRegistry.builtIns(), new EqualShares());
    assertEquals(m.commitments().size(), r.allocations().size() + r.unallocated().size());
  }

  @org.junit.jupiter.api.Test
  void randomModelsGiveAllocationsAndListCommitmentsWithoutDeclaredWeightsWithTheReason() {
    int[] counts = new int[2];
    seeds().forEach(seed -> {
      CreditReport r = report(seed);
      counts[0] += r.allocations().size();
      counts[1] += r.unallocated().size();
      r.unallocated().values().forEach(reason ->
          org.junit.jupiter.api.Assertions.assertTrue(reason.contains("'"), reason));
    });
    org.junit.jupiter.api.Assertions.assertTrue(counts[0] > 100, "allocated " + counts[0]);
    org.junit.jupiter.api.Assertions.assertTrue(counts[1] > 0, "unallocated " + counts[1]);
  }
}
