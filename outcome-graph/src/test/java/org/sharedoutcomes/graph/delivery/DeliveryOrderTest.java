package org.sharedoutcomes.graph.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.graph.Fixtures.c;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.graph.AccountabilityGraph;

class DeliveryOrderTest {
  private static final LocalDate D = LocalDate.of(2025, 1, 1);

  private static Commitment commitment(String id, int days, String... deps) {
    return Commitment.builder(id, "Commitment " + id).madeOn(D).due(D.plusDays(days))
        .dependsOn(deps).build();
  }

  /** a(10) before b(20) and c(5); d(7) after b and c; e(1) alone. */
  private static OutcomeModel plan() {
    return OutcomeModel.builder()
        .commitment(commitment("d", 7, "b", "c"))
        .commitment(commitment("c", 5, "a"))
        .commitment(commitment("b", 20, "a"))
        .commitment(commitment("a", 10))
        .commitment(commitment("e", 1))
        .build();
  }

  @Test
  void ordersEachCommitmentAfterItsDependenciesSmallestIdFirst() {
    assertEquals(List.of(c("a"), c("b"), c("c"), c("d"), c("e")),
        new DeliveryOrder(AccountabilityGraph.of(plan())).order());
  }

  @Test
  void theCriticalPathRunsThroughTheLongestChainOfDurations() {
    DeliveryOrder o = new DeliveryOrder(AccountabilityGraph.of(plan()));
    assertEquals(List.of(c("a"), c("b"), c("d")), o.criticalPath());
    assertEquals(37, o.criticalPathDays());
  }

  @Test
  void earliestFinishAddsTheLatestDependency() {
    assertEquals(15L, new DeliveryOrder(AccountabilityGraph.of(plan())).earliestFinish().get(c("c")));
  }

  @Test
  void anUndatedCommitmentTakesNoTime() {
    assertEquals(0, DeliveryOrder.duration(Commitment.builder("x", "X").build()));
  }

  @Test
  void anEmptyModelHasAnEmptyOrderAndSaysWhy() {
    DeliveryOrder o = new DeliveryOrder(AccountabilityGraph.of(OutcomeModel.empty()));
    assertTrue(o.order().isEmpty());
    assertTrue(o.criticalPath().isEmpty());
    assertEquals("the model has no commitments", o.reason().orElseThrow());
  }
}
