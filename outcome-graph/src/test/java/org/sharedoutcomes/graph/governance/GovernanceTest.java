package org.sharedoutcomes.graph.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.graph.Fixtures.a;
import static org.sharedoutcomes.graph.Fixtures.c;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.ContributionKind;
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

  private static OutcomeModel.Builder cycle() {
    return OutcomeModel.builder()
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
        .assign(a("s"), Role.ACCOUNTABLE, c("k4")).assign(a("p"), Role.CONTRIBUTOR, c("k4"));
  }

  @Test
  void sharedAccountabilityInACycleWithoutACentreIsUndeterminedAndSaysTheCentreIsMissing() {
    GovernanceClassification g =
        new GovernanceClassification(AccountabilityGraph.of(cycle().build()));
    assertEquals(GovernanceForm.UNDETERMINED, g.form());
    assertEquals(Confidence.NONE, g.confidence());
    assertTrue(g.reason().orElseThrow().contains("no centre agency"));
    // a cycle is a regular network: its centralization is measured, and is 0
    assertEquals(0.0, g.centralization().getAsDouble(), 1e-12);
    assertTrue(g.margin().isEmpty());
  }

  @Test
  void agenciesThatShareNoCommitmentAreUndeterminedNotParticipantGoverned() {
    // four agencies, each alone on its commitment, and a centre: the collaboration network
    // has no edges, so its centralization is 0 by the formula only and shows no governance
    OutcomeModel m = OutcomeModel.builder()
        .agency(Fixtures.agency("p", AgencyKind.DEPARTMENT))
        .agency(Fixtures.agency("q", AgencyKind.DEPARTMENT))
        .agency(Fixtures.agency("r", AgencyKind.DEPARTMENT))
        .agency(Fixtures.agency("s", AgencyKind.DEPARTMENT))
        .agency(Fixtures.agency("pmo", AgencyKind.CENTRAL_AGENCY))
        .commitment(Commitment.builder("k1", "One").build())
        .commitment(Commitment.builder("k2", "Two").build())
        .commitment(Commitment.builder("k3", "Three").build())
        .commitment(Commitment.builder("k4", "Four").build())
        .assign(a("p"), Role.ACCOUNTABLE, c("k1")).assign(a("q"), Role.ACCOUNTABLE, c("k2"))
        .assign(a("r"), Role.ACCOUNTABLE, c("k3")).assign(a("s"), Role.ACCOUNTABLE, c("k4"))
        .build();
    GovernanceClassification g = new GovernanceClassification(AccountabilityGraph.of(m));
    assertEquals(GovernanceForm.UNDETERMINED, g.form());
    assertTrue(g.centralization().isEmpty());
    assertTrue(g.margin().isEmpty());
    assertTrue(!g.figures().containsKey("centralization"), g.figures().toString());
    assertTrue(g.reason().orElseThrow().contains("not measured"), g.reason().toString());
  }

  @Test
  void sharedAccountabilityInACycleWithACentreThatHoldsNoRoleIsParticipantGoverned() {
    // the neighbour of the case above: the same agencies working together in a cycle
    OutcomeModel m = cycle().agency(Fixtures.agency("pmo", AgencyKind.CENTRAL_AGENCY)).build();
    GovernanceClassification g = new GovernanceClassification(AccountabilityGraph.of(m));
    assertEquals(GovernanceForm.PARTICIPANT_GOVERNED, g.form());
    assertEquals(Confidence.HIGH, g.confidence());
    assertTrue(g.margin().isPresent());
    // measured: the cycle and the idle centre give 1/6, below the 0.50 threshold
    assertEquals(1.0 / 6, g.centralization().getAsDouble(), 1e-12);
    assertTrue(g.evidence().stream().anyMatch(e -> e.contains("hold no role")));
  }

  @Test
  void twoAgenciesTiedForTheLeadAreUndeterminedAndNamed() {
    OutcomeModel m = three()
        .assign(a("p"), Role.ACCOUNTABLE, c("k1"))
        .assign(a("q"), Role.ACCOUNTABLE, c("k2"))
        .assign(a("p"), Role.RESPONSIBLE, c("k2"))
        .assign(a("q"), Role.RESPONSIBLE, c("k1"))
        .build();
    GovernanceClassification g = new GovernanceClassification(AccountabilityGraph.of(m));
    assertEquals(GovernanceForm.UNDETERMINED, g.form());
    assertTrue(g.reason().orElseThrow().contains("'p', 'q'"));
  }

  @Test
  void oneAgencyAheadOfTheOtherByOneCommitmentLeads() {
    OutcomeModel m = three()
        .commitment(Commitment.builder("k3", "Three").build())
        .assign(a("p"), Role.ACCOUNTABLE, c("k1"))
        .assign(a("q"), Role.ACCOUNTABLE, c("k2"))
        .assign(a("p"), Role.RESPONSIBLE, c("k2"))
        .assign(a("q"), Role.RESPONSIBLE, c("k1"))
        .assign(a("p"), Role.ACCOUNTABLE, c("k3"))
        .build();
    GovernanceClassification g = new GovernanceClassification(AccountabilityGraph.of(m));
    assertEquals(GovernanceForm.LEAD_ORGANIZATION, g.form());
    assertEquals(Optional.of(a("p")), g.governor());
  }

  @Test
  void aDecidingFigureNearItsThresholdGivesLowConfidence() {
    // p delivers on 1 of 2 commitments: exactly at the 0.5 threshold, margin 0
    OutcomeModel m = three()
        .assign(a("p"), Role.ACCOUNTABLE, c("k1"))
        .assign(a("q"), Role.CONTRIBUTOR, c("k1"))
        .assign(a("r"), Role.CONTRIBUTOR, c("k2"))
        .build();
    GovernanceClassification g = new GovernanceClassification(AccountabilityGraph.of(m));
    assertEquals(GovernanceForm.LEAD_ORGANIZATION, g.form());
    assertEquals(Confidence.LOW, g.confidence());
    assertEquals(0.5, g.figures().get("deliveryShare"), 1e-12);
  }

  @Test
  void thresholdsAreConfigurable() {
    OutcomeModel m = three()
        .assign(a("p"), Role.ACCOUNTABLE, c("k1"))
        .assign(a("q"), Role.CONTRIBUTOR, c("k1"))
        .assign(a("r"), Role.CONTRIBUTOR, c("k2"))
        .agency(Fixtures.agency("pmo", AgencyKind.CENTRAL_AGENCY))
        .build();
    GovernanceClassification g = new GovernanceClassification(AccountabilityGraph.of(m),
        new GovernanceThresholds(0.5, 0.75, 0.9, 0.1));
    assertEquals(GovernanceForm.PARTICIPANT_GOVERNED, g.form());
    assertEquals(0.75, g.thresholds().delivery());
  }

  @Test
  void rejectsAThresholdOutsideItsRange() {
    IllegalArgumentException ex = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new GovernanceThresholds(0.5, 1.5, 0.5, 0.1));
    assertTrue(ex.getMessage().contains("delivery threshold"));
  }

  @Test
  void aSingleAgencyIsUndeterminedWithTheReason() {
    OutcomeModel m = OutcomeModel.builder()
        .agency(Fixtures.agency("p", AgencyKind.CENTRAL_AGENCY))
        .commitment(Commitment.builder("k1", "One").build())
        .assign(a("p"), Role.ACCOUNTABLE, c("k1"))
        .build();
    GovernanceClassification g = new GovernanceClassification(AccountabilityGraph.of(m));
    assertEquals(GovernanceForm.UNDETERMINED, g.form());
    assertTrue(g.reason().orElseThrow().contains("1 agencies"));
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
    assertEquals(2.0 / 3.0, s.interventionShare().orElseThrow(), 1e-12);
    assertTrue(s.interventionShareReason().isEmpty());
  }

  @Test
  void theCentresEdgeShareCountsEdgesTouchingIt() {
    // du's one edge: du -delivery-unit-for-> c1, of 11 edges
    CentreShare s = new CentreShare(AccountabilityGraph.of(Fixtures.deliveryModel()));
    assertEquals(1.0 / 11.0, s.edgeShare().orElseThrow(), 1e-12);
    assertTrue(s.edgeShareReason().isEmpty());
  }

  @Test
  void aContributionIsAnEdgeOfTheShareTouchingTheCentreOnlyWhenTheCentreGives() {
    // the centre's funding: 2 of 12 edges; its neighbour, a department's funding: 1 of 12
    OutcomeModel centreGives = Fixtures.deliveryModel().toBuilder()
        .contribution(Contribution.of(a("du"), c("c1"), ContributionKind.FUNDING,
            new BigDecimal("100000"), "GBP"))
        .build();
    OutcomeModel departmentGives = Fixtures.deliveryModel().toBuilder()
        .contribution(Contribution.of(a("health"), c("c1"), ContributionKind.FUNDING,
            new BigDecimal("100000"), "GBP"))
        .build();
    assertEquals(2.0 / 12.0,
        new CentreShare(AccountabilityGraph.of(centreGives)).edgeShare().orElseThrow(), 1e-12);
    assertEquals(1.0 / 12.0,
        new CentreShare(AccountabilityGraph.of(departmentGives)).edgeShare().orElseThrow(),
        1e-12);
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
    assertEquals(Optional.empty(), s.edgeShare());
    assertTrue(s.reason().orElseThrow().contains("no centre"));
  }

  /** Agencies health, city (under health) and ngo; health accountable, ngo responsible. */
  private static OutcomeModel threeAgencies(AgencyKind healthKind) {
    return OutcomeModel.builder()
        .agency(Fixtures.agency("health", healthKind))
        .agency(Fixtures.agency("city", AgencyKind.MUNICIPALITY).withParent(a("health")))
        .agency(Fixtures.agency("ngo", AgencyKind.NGO))
        .commitment(Commitment.builder("c1", "Clinics").build())
        .assign(a("health"), Role.ACCOUNTABLE, c("c1"))
        .assign(a("ngo"), Role.RESPONSIBLE, c("c1"))
        .build();
  }

  @Test
  void withoutACentreTheSharesAreAbsentWithTheReasonNotZero() {
    // 4 edges, none can be the centre's since there is none: absent, not 0
    CentreShare s = new CentreShare(AccountabilityGraph.of(threeAgencies(AgencyKind.DEPARTMENT)
        .toBuilder().intervention(Intervention.of(a("health"), a("ngo"), c("c1"),
            InterventionKind.SUPPORT, LocalDate.of(2024, 3, 1), "help")).build()));
    assertEquals(Optional.empty(), s.edgeShare());
    assertTrue(s.edgeShareReason().orElseThrow().contains("no centre"));
    assertEquals(Optional.empty(), s.interventionShare());
    assertTrue(s.interventionShareReason().orElseThrow().contains("no centre"));
  }

  @Test
  void withTheSameNetworkAroundACentreTheSharesAreComputed() {
    // neighbour: health is a central agency; it touches 3 of the 4 edges (city reports to it,
    // its accountability, its intervention; not ngo's responsibility) and makes the one
    // intervention
    CentreShare s = new CentreShare(AccountabilityGraph.of(
        threeAgencies(AgencyKind.CENTRAL_AGENCY).toBuilder().intervention(Intervention.of(
            a("health"), a("ngo"), c("c1"), InterventionKind.SUPPORT, LocalDate.of(2024, 3, 1),
            "help")).build()));
    assertEquals(3.0 / 4.0, s.edgeShare().orElseThrow(), 1e-12);
    assertEquals(Optional.empty(), s.edgeShareReason());
    assertEquals(Optional.of(1.0), s.interventionShare());
    assertEquals(Optional.empty(), s.interventionShareReason());
  }

  @Test
  void aCentreWithoutEdgesHasNoEdgeShareAndSaysWhy() {
    OutcomeModel alone = OutcomeModel.builder()
        .agency(Fixtures.agency("du", AgencyKind.CENTRAL_AGENCY)).build();
    CentreShare s = new CentreShare(AccountabilityGraph.of(alone));
    assertEquals(Optional.empty(), s.edgeShare());
    assertTrue(s.edgeShareReason().orElseThrow().contains("no edges"));
    // neighbour: one role edge, the centre's
    CentreShare one = new CentreShare(AccountabilityGraph.of(alone.toBuilder()
        .commitment(Commitment.builder("c1", "Clinics").build())
        .assign(a("du"), Role.ACCOUNTABLE, c("c1")).build()));
    assertEquals(Optional.of(1.0), one.edgeShare());
  }

  @Test
  void aCentreWithoutInterventionsHasNoInterventionShareAndSaysWhy() {
    CentreShare s = new CentreShare(AccountabilityGraph.of(Fixtures.deliveryModel()));
    assertEquals(Optional.empty(), s.interventionShare());
    assertTrue(s.interventionShareReason().orElseThrow().contains("no interventions"));
  }
}
