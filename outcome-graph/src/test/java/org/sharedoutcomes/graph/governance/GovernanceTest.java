package org.sharedoutcomes.graph.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.graph.Fixtures.a;
import static org.sharedoutcomes.graph.Fixtures.c;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.Intervention;
import org.sharedoutcomes.core.InterventionKind;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.Fixtures;

class GovernanceTest {
  private static OutcomeModel.Builder three() {
    return OutcomeModel.builder()
        .agency(Fixtures.agency("p", AgencyKind.DEPARTMENT))
        .agency(Fixtures.agency("q", AgencyKind.DEPARTMENT))
        .agency(Fixtures.agency("r", AgencyKind.DEPARTMENT))
        .commitment(Commitment.builder("k1", "One").build())
        .commitment(Commitment.builder("k2", "Two").build());
  }

  @Test
  void aDeliveryUnitThatStewardsWithoutDeliveringIsANetworkAdministrativeOrganization() {
    GovernanceClassification g =
        new GovernanceClassification(AccountabilityGraph.of(Fixtures.deliveryModel()));
    assertEquals(GovernanceForm.NETWORK_ADMINISTRATIVE_ORGANIZATION, g.form());
    assertEquals(Optional.of(a("du")), g.governor());
  }

  @Test
  void oneAgencyAccountableForMostCommitmentsIsALeadOrganization() {
    OutcomeModel m = three()
        .assign(a("p"), Role.ACCOUNTABLE, c("k1"))
        .assign(a("p"), Role.ACCOUNTABLE, c("k2"))
        .assign(a("q"), Role.CONTRIBUTOR, c("k1"))
        .assign(a("r"), Role.CONTRIBUTOR, c("k2"))
        .build();
    GovernanceClassification g = new GovernanceClassification(AccountabilityGraph.of(m));
    assertEquals(GovernanceForm.LEAD_ORGANIZATION, g.form());
    assertEquals(Optional.of(a("p")), g.governor());
    assertTrue(g.evidence().stream().anyMatch(e -> e.contains("'p'") && e.contains("1.000")));
  }

  @Test
  void sharedAccountabilityInACycleIsParticipantGoverned() {
    OutcomeModel m = OutcomeModel.builder()
        .agency(Fixtures.agency("p", AgencyKind.DEPARTMENT))
        .agency(Fixtures.agency("q", AgencyKind.DEPARTMENT))
        .agency(Fixtures.agency("r", AgencyKind.DEPARTMENT))
        .agency(Fixtures.agency("s", AgencyKind.DEPARTMENT))
        .commitment(Commitment.builder("k1", "One").build())
        .commitment(Commitment.builder("k2", "Two").build())
        .commitment(Commitment.builder("k3", "Three").build())
        .commitment(Commitment.builder("k4", "Four").build())
        .assign(a("p"), Role.ACCOUNTABLE, c("k1")).assign(a("q"), Role.CONTRIBUTOR, c("k1"))
        .assign(a("q"), Role.ACCOUNTABLE, c("k2")).assign(a("r"), Role.CONTRIBUTOR, c("k2"))
        .assign(a("r"), Role.ACCOUNTABLE, c("k3")).assign(a("s"), Role.CONTRIBUTOR, c("k3"))
        .assign(a("s"), Role.ACCOUNTABLE, c("k4")).assign(a("p"), Role.CONTRIBUTOR, c("k4"))
        .build();
    GovernanceClassification g = new GovernanceClassification(AccountabilityGraph.of(m));
    assertEquals(GovernanceForm.PARTICIPANT_GOVERNED, g.form());
    assertEquals(0.0, g.centralization(), 1e-12);
  }

  @Test
  void anEmptyModelIsUndeterminedWithEvidence() {
    GovernanceClassification g =
        new GovernanceClassification(AccountabilityGraph.of(OutcomeModel.empty()));
    assertEquals(GovernanceForm.UNDETERMINED, g.form());
    assertTrue(g.evidence().get(0).contains("0 agencies"));
  }

  @Test
  void countsTheCentresInterventionsAndDirectivesPerYear() {
    OutcomeModel m = Fixtures.deliveryModel().toBuilder()
        .intervention(Intervention.of(a("du"), a("health"), c("c1"), InterventionKind.DIRECTIVE,
            LocalDate.of(2024, 3, 1), "do it"))
        .intervention(Intervention.of(a("du"), a("edu"), c("c2"), InterventionKind.SUPPORT,
            LocalDate.of(2024, 5, 1), "can we help?"))
        .intervention(Intervention.of(a("health"), a("city"), c("c1"), InterventionKind.DIRECTIVE,
            LocalDate.of(2025, 2, 1), "hurry"))
        .build();
    CentreShare s = new CentreShare(AccountabilityGraph.of(m));
    assertEquals(2, s.periods().size());
    CentrePeriod y2024 = s.periods().get(0);
    assertEquals(LocalDate.of(2024, 1, 1), y2024.start());
    assertEquals(LocalDate.of(2024, 12, 31), y2024.end());
    assertEquals(2, y2024.centreInterventions());
    assertEquals(Optional.of(0.5), y2024.directiveShare());
    assertEquals(Optional.of(0.0), s.periods().get(1).interventionShare());
    assertEquals(2.0 / 3.0, s.interventionShare(), 1e-12);
  }

  @Test
  void theCentresEdgeShareCountsEdgesTouchingIt() {
    // du's edges: health->du and edu->du (reports-to); 2 of 12 edges
    CentreShare s = new CentreShare(AccountabilityGraph.of(Fixtures.deliveryModel()));
    assertEquals(2.0 / 12.0, s.edgeShare(), 1e-12);
  }

  @Test
  void aModelWithoutDatedFactsHasNoPeriodsAndSaysWhy() {
    CentreShare s = new CentreShare(AccountabilityGraph.of(Fixtures.deliveryModel()));
    assertTrue(s.periods().isEmpty());
    assertTrue(s.reason().orElseThrow().contains("no dated"));
  }

  @Test
  void aModelWithoutACentreSaysSo() {
    CentreShare s = new CentreShare(AccountabilityGraph.of(OutcomeModel.empty()));
    assertEquals(0.0, s.edgeShare());
    assertTrue(s.reason().orElseThrow().contains("no centre"));
  }
}
