package org.sharedoutcomes.testkit.protocol;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.protocol.ProtocolRegistry;
import org.sharedoutcomes.core.protocol.conflict.ConflictEvent;
import org.sharedoutcomes.core.protocol.conflict.ConflictProcess;
import org.sharedoutcomes.core.protocol.conflict.ConflictResolutionProtocol;
import org.sharedoutcomes.core.protocol.conflict.ConflictStatistics;
import org.sharedoutcomes.core.protocol.conflict.DecisionBasis;
import org.sharedoutcomes.testkit.Seeds;

/**
 * The random event sequences of the contract kit reach every way a built-in protocol can end,
 * and every kind of event gets both accepted and rejected, so the contract tests are not
 * vacuous.
 */
class RandomSequenceCoverageTest {
  static Stream<ConflictResolutionProtocol> builtIns() {
    ProtocolRegistry r = ProtocolRegistry.builtIns();
    return r.conflictIds().stream().map(r::requireConflict);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtIns")
  void randomSequencesEndInDecisionsOtherThanTheDefaultAndInWithdrawals(
      ConflictResolutionProtocol protocol) {
    List<ConflictProcess> done = new ArrayList<>();
    Map<ConflictEvent.Kind, int[]> accepted = new EnumMap<>(ConflictEvent.Kind.class);
    Map<ConflictEvent.Kind, int[]> rejected = new EnumMap<>(ConflictEvent.Kind.class);
    Seeds.of(1000).forEach(seed -> {
      ConflictProcess p = protocol.open(
          RandomProtocolInputs.setting(RandomProtocolInputs.conflict(seed)));
      ConflictProcess end = RandomProtocolInputs.run(p, seed, 40,
          (q, x) -> rejected.computeIfAbsent(x.event().kind(), k -> new int[1])[0]++);
      end.trail().forEach(
          e -> accepted.computeIfAbsent(e.event().kind(), k -> new int[1])[0]++);
      done.add(end);
    });
    ConflictStatistics stats = ConflictStatistics.of(done);
    System.out.printf("%s: %s by basis %s%n", protocol.id(), stats, stats.byBasis());
    assertTrue(stats.withdrawn() > 0, stats::toString);
    long nonDefault = stats.byBasis().entrySet().stream()
        .filter(e -> e.getKey() != DecisionBasis.DEFAULT).mapToInt(Map.Entry::getValue).sum();
    assertTrue(nonDefault >= 50, () -> "only " + nonDefault + " decisions other than default");
    for (ConflictEvent.Kind k : List.of(ConflictEvent.Kind.POSITION_STATED,
        ConflictEvent.Kind.DEADLINE_PASSED, ConflictEvent.Kind.STANCE_CAST)) {
      assertTrue(accepted.containsKey(k), () -> "no " + k + " accepted");
      assertTrue(rejected.containsKey(k), () -> "no " + k + " rejected");
    }
    assertTrue(rejected.containsKey(ConflictEvent.Kind.DECISION_RECORDED),
        "no recorded decision rejected");
  }
}
