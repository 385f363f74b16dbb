package org.sharedoutcomes.graph.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.graph.Fixtures.a;
import static org.sharedoutcomes.graph.Fixtures.c;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.Fixtures;

class DeliveryChainsTest {
  private final DeliveryChains chains =
      new DeliveryChains(AccountabilityGraph.of(Fixtures.deliveryModel()));

  @Test
  void followsReportingLinesFromTheDeliveryUnitToEachFrontLineAgency() {
    assertEquals(List.of(
            new DeliveryChain(c("c1"), List.of(a("du"), a("health"), a("city"))),
            new DeliveryChain(c("c1"), List.of(a("du"), a("edu"))),
            new DeliveryChain(c("c1"), List.of(a("du"), a("health"), a("city"), a("ngo")))),
        chains.chainsOf(c("c1")));
  }

  @Test
  void aCommitmentWithoutItsOwnDeliveryUnitUsesTheModelsDeliveryUnits() {
    assertEquals(List.of(new DeliveryChain(c("c2"), List.of(a("du"), a("health")))),
        chains.chainsOf(c("c2")));
  }

  @Test
  void everyFrontLineAgencyIsReached() {
    assertTrue(chains.unreached().isEmpty());
    assertTrue(chains.reason().isEmpty());
    assertEquals(4, chains.chains().size());
  }

  @Test
  void aFrontLineAgencyOutsideTheDeliveryUnitsHierarchyIsUnreached() {
    OutcomeModel m = OutcomeModel.builder()
        .agency(Fixtures.agency("top", AgencyKind.DEPARTMENT))
        .agency(Fixtures.agency("du", AgencyKind.DEPARTMENT).withParent(a("top")))
        .agency(Fixtures.agency("other", AgencyKind.DEPARTMENT).withParent(a("top")))
        .commitment(Commitment.builder("k", "K").build())
        .assign(a("du"), Role.DELIVERY_UNIT, c("k"))
        .assign(a("other"), Role.RESPONSIBLE, c("k"))
        .build();
    DeliveryChains d = new DeliveryChains(AccountabilityGraph.of(m));
    assertEquals(Map.of(c("k"), Set.of(a("other"))), d.unreached());
    assertTrue(d.reason().isPresent());
  }

  @Test
  void aModelWithoutADeliveryUnitHasNoChainsAndSaysWhy() {
    OutcomeModel m = Fixtures.deliveryModel().toBuilder()
        .removeRole(org.sharedoutcomes.core.RoleAssignment.of(a("du"), Role.DELIVERY_UNIT,
            c("c1")))
        .build();
    DeliveryChains d = new DeliveryChains(AccountabilityGraph.of(m));
    assertTrue(d.chains().isEmpty());
    assertTrue(d.reason().orElseThrow().contains("DELIVERY_UNIT"));
  }

  @Test
  void anEmptyModelHasNoChainsAndSaysWhy() {
    DeliveryChains d = new DeliveryChains(AccountabilityGraph.of(OutcomeModel.empty()));
    assertTrue(d.chains().isEmpty());
    assertEquals("the model has no commitments", d.reason().orElseThrow());
  }
}
