package org.sharedoutcomes.graph.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.graph.Fixtures.a;
import static org.sharedoutcomes.graph.Fixtures.c;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.Fixtures;

class SinglePointsOfFailureTest {
  private final SinglePointsOfFailure spof =
      new SinglePointsOfFailure(AccountabilityGraph.of(Fixtures.deliveryModel()));

  @Test
  void anAgencyThatIsTheOnlyAccountablePartyOrphansItsCommitment() {
    FailureImpact edu = spof.impactOf(a("edu"));
    assertEquals(Set.of(c("c2")), edu.orphaned());
  }

  @Test
  void aFailingPersonsAgencyTakesTheirContributionAway() {
    assertEquals(Set.of(c("c1")), spof.impactOf(a("edu")).losingContributor());
  }

  @Test
  void anAccountablePartyWithAResponsibleOneLeftOnlyLosesAContributor() {
    FailureImpact health = spof.impactOf(a("health"));
    assertTrue(health.orphaned().isEmpty());
    assertEquals(Set.of(c("c1"), c("c2")), health.losingContributor());
  }

  @Test
  void aDeliveryUnitThatOnlyStewardsIsHarmlessToLose() {
    assertTrue(spof.impactOf(a("du")).isHarmless());
    assertTrue(!spof.impacts().containsKey(a("du")));
  }

  @Test
  void findsTheBrokerAgencyBetweenTwoCommitments() {
    OutcomeModel m = OutcomeModel.builder()
        .agency(Fixtures.agency("p", AgencyKind.DEPARTMENT))
        .agency(Fixtures.agency("q", AgencyKind.DEPARTMENT))
        .agency(Fixtures.agency("r", AgencyKind.DEPARTMENT))
        .commitment(Commitment.builder("k1", "One").build())
        .commitment(Commitment.builder("k2", "Two").build())
        .assign(a("p"), Role.ACCOUNTABLE, c("k1"))
        .assign(a("q"), Role.RESPONSIBLE, c("k1"))
        .assign(a("q"), Role.ACCOUNTABLE, c("k2"))
        .assign(a("r"), Role.RESPONSIBLE, c("k2"))
        .build();
    SinglePointsOfFailure s = new SinglePointsOfFailure(AccountabilityGraph.of(m));
    assertEquals(Set.of(a("q")), s.articulationPoints());
    assertEquals(2, s.bridges().size());
  }

  @Test
  void rejectsAnUnknownAgency() {
    IllegalArgumentException ex =
        assertThrows(IllegalArgumentException.class, () -> spof.impactOf(a("nobody")));
    assertTrue(ex.getMessage().contains("'nobody'"));
  }

  @Test
  void anEmptyModelHasNoSinglePointOfFailure() {
    SinglePointsOfFailure e = new SinglePointsOfFailure(AccountabilityGraph.of(OutcomeModel.empty()));
    assertTrue(e.articulationPoints().isEmpty());
    assertTrue(e.impacts().isEmpty());
  }
}
