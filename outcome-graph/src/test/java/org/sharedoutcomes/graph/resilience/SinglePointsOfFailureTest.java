package org.sharedoutcomes.graph.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.graph.Fixtures.a;
import static org.sharedoutcomes.graph.Fixtures.c;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeLevel;
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
  void aDeliveryUnitThatOnlyStewardsOrphansNothingButBreaksItsChains() {
    FailureImpact du = spof.impactOf(a("du"));
    assertTrue(du.orphaned().isEmpty() && du.losingContributor().isEmpty());
    assertEquals(1, du.brokenChains().size());
    assertTrue(spof.impacts().containsKey(a("du")));
  }

  @Test
  void anAgencyWithNoRoleIsHarmlessToLose() {
    OutcomeModel m = Fixtures.deliveryModel().toBuilder()
        .agency(Fixtures.agency("idle", AgencyKind.NGO)).build();
    SinglePointsOfFailure s = new SinglePointsOfFailure(AccountabilityGraph.of(m));
    assertTrue(s.impactOf(a("idle")).isHarmless());
    assertTrue(!s.impacts().containsKey(a("idle")));
  }

  /** k2 depends on k1, k3 on k2; o1 served by k2 only, o2 by k2 and k4; i1 owned by p. */
  private static OutcomeModel dependencyModel() {
    return OutcomeModel.builder()
        .agency(Fixtures.agency("p", AgencyKind.DEPARTMENT))
        .agency(Fixtures.agency("q", AgencyKind.DEPARTMENT))
        .agency(Fixtures.agency("r", AgencyKind.DEPARTMENT))
        .outcome(Outcome.of("o1", "One", OutcomeLevel.OUTCOME))
        .outcome(Outcome.of("o2", "Two", OutcomeLevel.OUTCOME))
        .commitment(Commitment.builder("k1", "One").build())
        .commitment(Commitment.builder("k2", "Two").dependsOn("k1").serves("o1", "o2").build())
        .commitment(Commitment.builder("k3", "Three").dependsOn("k2").build())
        .commitment(Commitment.builder("k4", "Four").serves("o2").build())
        .assign(a("p"), Role.ACCOUNTABLE, c("k1"))
        .assign(a("q"), Role.ACCOUNTABLE, c("k2"))
        .assign(a("q"), Role.ACCOUNTABLE, c("k3"))
        .assign(a("r"), Role.ACCOUNTABLE, c("k4"))
        .indicator(Indicator.builder("i1", "Count").dataOwner("p").measures(c("k1")).build())
        .build();
  }

  @Test
  void aFailureReachesTheCommitmentsThatDependOnAnOrphanedOneWithThePath() {
    FailureImpact p = new SinglePointsOfFailure(AccountabilityGraph.of(dependencyModel()))
        .impactOf(a("p"));
    assertEquals(Set.of(c("k1")), p.orphaned());
    assertEquals(Map.of(c("k2"), List.of(c("k2"), c("k1")),
        c("k3"), List.of(c("k3"), c("k2"), c("k1"))), p.dependents());
  }

  @Test
  void anOutcomeIsUnservedOnlyWhenEveryServingCommitmentIsAtRisk() {
    FailureImpact p = new SinglePointsOfFailure(AccountabilityGraph.of(dependencyModel()))
        .impactOf(a("p"));
    assertEquals(Set.of(OutcomeId.of("o1")), p.unservedOutcomes());
  }

  @Test
  void aFailureWithNoDependentsLeavesOtherOutcomesServed() {
    FailureImpact r = new SinglePointsOfFailure(AccountabilityGraph.of(dependencyModel()))
        .impactOf(a("r"));
    assertEquals(Set.of(c("k4")), r.orphaned());
    assertTrue(r.dependents().isEmpty());
    assertTrue(r.unservedOutcomes().isEmpty());
  }

  @Test
  void aFailingDataOwnerLeavesItsIndicatorsWithoutOne() {
    SinglePointsOfFailure s = new SinglePointsOfFailure(AccountabilityGraph.of(dependencyModel()));
    assertEquals(Set.of(IndicatorId.of("i1")), s.impactOf(a("p")).ownerlessIndicators());
    assertTrue(s.impactOf(a("q")).ownerlessIndicators().isEmpty());
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
