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
  void commitmentsWithoutADurationAreNamedNotSilentlyCountedAsZeroDays() {
    // every commitment dated: nothing to name
    assertEquals(List.of(), new DeliveryOrder(AccountabilityGraph.of(plan())).withoutDuration());
    // f has no made-on date, g no due date, h a due date on its made-on day
    OutcomeModel m = OutcomeModel.builder()
        .commitment(commitment("a", 10))
        .commitment(Commitment.builder("f", "F").due(D.plusDays(30)).dependsOn("a").build())
        .commitment(Commitment.builder("g", "G").madeOn(D).build())
        .commitment(commitment("h", 0))
        .commitment(commitment("k", 5, "f"))
        .build();
    DeliveryOrder o = new DeliveryOrder(AccountabilityGraph.of(m));
    assertEquals(List.of(c("f"), c("g")), o.withoutDuration().stream().sorted().toList());
    // h's 0 days is a measured duration (its neighbour case), so it is not listed
    assertTrue(!o.withoutDuration().contains(c("h")));
    // the path a -> f -> k counts f as 0 days: 15 is a lower bound, and f is named
    assertEquals(List.of(c("a"), c("f"), c("k")), o.criticalPath());
    assertEquals(15, o.criticalPathDays());
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
