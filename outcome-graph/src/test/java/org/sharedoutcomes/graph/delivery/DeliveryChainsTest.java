package org.sharedoutcomes.graph.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.graph.Fixtures.a;
import static org.sharedoutcomes.graph.Fixtures.c;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.Fixtures;
import org.sharedoutcomes.graph.delivery.DeliveryChain.Stage;
import org.sharedoutcomes.graph.delivery.DeliveryChain.Step;

class DeliveryChainsTest {
  private final DeliveryChains chains =
      new DeliveryChains(AccountabilityGraph.of(Fixtures.deliveryModel()));

  @Test
  void followsTheDeclaredRolesFromTheDeliveryUnitToTheFrontLine() {
    DeliveryChain only = chains.chainsOf(c("c1")).get(0);
    assertEquals(List.of(
            new Step(a("du"), a("du"), Stage.DELIVERY_UNIT, Role.DELIVERY_UNIT),
            new Step(a("health"), a("health"), Stage.ACCOUNTABLE, Role.ACCOUNTABLE),
            new Step(a("city"), a("city"), Stage.RESPONSIBLE, Role.RESPONSIBLE),
            new Step(a("ngo"), a("ngo"), Stage.DELIVERY_PARTNER, Role.IMPLEMENTER),
            new Step(PersonId.of("pat"), a("edu"), Stage.FRONT_LINE, Role.CONTRIBUTOR)),
        only.steps());
    assertEquals(List.of(a("du"), a("health"), a("city"), a("ngo"), a("edu")), only.agencies());
    assertTrue(only.reachesFrontLine());
  }

  @Test
  void givesOneChainPerCombinationOfTheStagesParties() {
    OutcomeModel m = Fixtures.deliveryModel().toBuilder()
        .assign(a("edu"), Role.RESPONSIBLE, c("c1"))
        .build();
    assertEquals(2, new DeliveryChains(AccountabilityGraph.of(m)).chainsOf(c("c1")).size());
  }

  @Test
  void aCommitmentWithoutItsOwnDeliveryUnitIsUnreachedAndSaysWhy() {
    assertTrue(chains.chainsOf(c("c2")).isEmpty());
    assertEquals(DeliveryChains.NO_DELIVERY_UNIT, chains.unreached().get(c("c2")));
  }

  @Test
  void aCommitmentOnWhichOnlyTheDeliveryUnitHoldsAStageIsUnreachedAndSaysWhy() {
    OutcomeModel m = OutcomeModel.builder()
        .agency(Fixtures.agency("du", AgencyKind.CENTRAL_AGENCY))
        .agency(Fixtures.agency("x", AgencyKind.DEPARTMENT))
        .commitment(Commitment.builder("k", "K").build())
        .assign(a("du"), Role.DELIVERY_UNIT, c("k"))
        .assign(a("x"), Role.INFORMED, c("k"))
        .build();
    DeliveryChains d = new DeliveryChains(AccountabilityGraph.of(m));
    assertEquals(DeliveryChains.ONLY_DELIVERY_UNIT, d.unreached().get(c("k")));
    assertTrue(d.reason().isPresent());
  }

  @Test
  void aChainMayEndBeforeTheFrontLine() {
    OutcomeModel m = OutcomeModel.builder()
        .agency(Fixtures.agency("du", AgencyKind.CENTRAL_AGENCY))
        .agency(Fixtures.agency("x", AgencyKind.DEPARTMENT))
        .commitment(Commitment.builder("k", "K").build())
        .assign(a("du"), Role.DELIVERY_UNIT, c("k"))
        .assign(a("x"), Role.ACCOUNTABLE, c("k"))
        .build();
    DeliveryChain ch = new DeliveryChains(AccountabilityGraph.of(m)).chainsOf(c("k")).get(0);
    assertEquals(List.of(a("du"), a("x")), ch.agencies());
    assertFalse(ch.reachesFrontLine());
  }

  @Test
  void aClientGroupAndACoProducerAreAtTheFrontLine() {
    OutcomeModel m = OutcomeModel.builder()
        .agency(Fixtures.agency("du", AgencyKind.CENTRAL_AGENCY))
        .agency(Fixtures.agency("clients", AgencyKind.CLIENT_GROUP))
        .agency(Fixtures.agency("whanau", AgencyKind.COMMUNITY_PROVIDER))
        .commitment(Commitment.builder("k", "K").build())
        .assign(a("du"), Role.DELIVERY_UNIT, c("k"))
        .assign(a("clients"), Role.CONTRIBUTOR, c("k"))
        .assign(a("whanau"), Role.CO_PRODUCER, c("k"))
        .build();
    List<DeliveryChain> k = new DeliveryChains(AccountabilityGraph.of(m)).chainsOf(c("k"));
    assertEquals(2, k.size());
    assertTrue(k.stream().allMatch(DeliveryChain::reachesFrontLine));
  }

  @Test
  void anAgencyThatIsNotAClientGroupWithAContributorRoleIsADeliveryPartner() {
    OutcomeModel m = OutcomeModel.builder()
        .agency(Fixtures.agency("du", AgencyKind.CENTRAL_AGENCY))
        .agency(Fixtures.agency("ngo", AgencyKind.NGO))
        .commitment(Commitment.builder("k", "K").build())
        .assign(a("du"), Role.DELIVERY_UNIT, c("k"))
        .assign(a("ngo"), Role.CONTRIBUTOR, c("k"))
        .build();
    DeliveryChain ch = new DeliveryChains(AccountabilityGraph.of(m)).chainsOf(c("k")).get(0);
    assertEquals(Stage.DELIVERY_PARTNER, ch.steps().get(1).stage());
  }

  @Test
  void aPartyWithRolesInTwoStagesTakesTheEarlier() {
    OutcomeModel m = Fixtures.deliveryModel().toBuilder()
        .assign(a("du"), Role.ACCOUNTABLE, c("c1"))
        .build();
    DeliveryChain first = new DeliveryChains(AccountabilityGraph.of(m)).chainsOf(c("c1")).get(0);
    assertEquals(Stage.DELIVERY_UNIT, first.steps().get(0).stage());
    assertEquals(1, first.steps().stream().filter(s -> s.party().equals(a("du"))).count());
  }

  @Test
  void aPersonWithTwoContributingRolesIsAtTheFrontLineOnce() {
    OutcomeModel m = Fixtures.deliveryModel().toBuilder()
        .assign(PersonId.of("pat"), Role.RESPONSIBLE, c("c1"))
        .build();
    List<DeliveryChain> c1 = new DeliveryChains(AccountabilityGraph.of(m)).chainsOf(c("c1"));
    assertEquals(1, c1.size());
    assertEquals(new Step(PersonId.of("pat"), a("edu"), Stage.FRONT_LINE, Role.CONTRIBUTOR),
        c1.get(0).steps().get(4));
  }

  @Test
  void rejectsAChainThatGoesUpTheStages() {
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> new DeliveryChain(c("k"), List.of(
            new Step(a("du"), a("du"), Stage.DELIVERY_UNIT, Role.DELIVERY_UNIT),
            new Step(a("x"), a("x"), Stage.RESPONSIBLE, Role.RESPONSIBLE),
            new Step(a("y"), a("y"), Stage.ACCOUNTABLE, Role.ACCOUNTABLE))));
    assertTrue(ex.getMessage().contains("'k'"));
  }

  @Test
  void aModelWithoutADeliveryUnitHasNoChainsAndSaysWhy() {
    OutcomeModel m = Fixtures.deliveryModel().toBuilder()
        .removeRole(org.sharedoutcomes.core.RoleAssignment.of(a("du"), Role.DELIVERY_UNIT,
            c("c1")))
        .build();
    DeliveryChains d = new DeliveryChains(AccountabilityGraph.of(m));
    assertTrue(d.chains().isEmpty());
    assertTrue(d.reason().orElseThrow().contains("delivery unit"));
  }

  @Test
  void anEmptyModelHasNoChainsAndSaysWhy() {
    DeliveryChains d = new DeliveryChains(AccountabilityGraph.of(OutcomeModel.empty()));
    assertTrue(d.chains().isEmpty());
    assertEquals("the model has no commitments", d.reason().orElseThrow());
  }
}
