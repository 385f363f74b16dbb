package org.sharedoutcomes.core.protocol.responsibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.protocol.Fraction;
import org.sharedoutcomes.core.protocol.ProtocolRegistry;

class ResponsibilityProtocolsTest {
  static final AgencyId ESDC = AgencyId.of("esdc");
  static final AgencyId CRA = AgencyId.of("cra");
  static final AgencyId NGO = AgencyId.of("ngo");
  static final AgencyId STATS = AgencyId.of("stats");
  static final PersonId ANA = PersonId.of("ana");
  static final CommitmentId CCB = CommitmentId.of("ccb");
  static final CommitmentId BIRTH = CommitmentId.of("birth");
  static final CommitmentId ORPHAN = CommitmentId.of("orphan");
  static final OutcomeId POVERTY = OutcomeId.of("child-poverty");

  static OutcomeModel model() {
    return OutcomeModel.builder()
        .agency("esdc", "Employment and Social Development", AgencyKind.DEPARTMENT,
            GovernmentLevel.NATIONAL)
        .agency("cra", "Revenue Agency", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
        .agency("ngo", "Food Bank", AgencyKind.NGO, GovernmentLevel.NON_GOVERNMENTAL)
        .agency("stats", "Statistics", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
        .person(Person.of("ana", "Ana", "ngo"))
        .outcome(Outcome.of("child-poverty", "Fewer children in poverty", OutcomeLevel.OUTCOME))
        .commitment(Commitment.builder("ccb", "Canada Child Benefit").serves("child-poverty")
            .responsibilityProtocol("declared-shares").build())
        .commitment(Commitment.builder("birth", "Birth registration")
            .serves("child-poverty").build())
        .commitment(Commitment.builder("orphan", "Nobody accountable").build())
        .role(RoleAssignment.of(ESDC, Role.ACCOUNTABLE, CCB).withAttribute("share", "3")
            .withAttribute("contribution", "6"))
        .role(RoleAssignment.of(CRA, Role.CONTRIBUTOR, CCB).withAttribute("share", "1")
            .withAttribute("contribution", "2"))
        .role(RoleAssignment.of(ANA, Role.CO_PRODUCER, CCB))
        .assign(STATS, Role.INFORMED, CCB)
        .assign(CRA, Role.ACCOUNTABLE, BIRTH)
        .assign(ESDC, Role.IMPLEMENTER, BIRTH)
        .assign(NGO, Role.CONSULTED, ORPHAN)
        .build();
  }

  @Test
  void requestFromModelHoldsAccountableAndContributingPartiesButNotInformedOnes() {
    AllocationRequest r = AllocationRequest.from(model(), CCB);
    assertEquals(List.of(ANA, CRA, ESDC), r.parties());
    assertEquals(ESDC, r.accountable());
  }

  @Test
  void requestFromModelRejectsCommitmentWithoutAccountableOrLeadParty() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> AllocationRequest.from(model(), ORPHAN));
    assertTrue(x.getMessage().contains("'orphan'"), x.getMessage());
  }

  @Test
  void requestRejectsAccountablePartyOutsideItsParties() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> new AllocationRequest(CCB, List.of(CRA), ESDC, List.of(), Map.of(),
            java.util.Optional.empty(), List.of(), Map.of()));
    assertTrue(x.getMessage().contains("'esdc'"), x.getMessage());
  }

  @Test
  void singleAccountableGivesEverythingToTheAccountableParty() {
    Allocation a = new SingleAccountable().allocate(model(), CCB);
    assertEquals(Fraction.ONE, a.share(ESDC));
    assertEquals(Fraction.ZERO, a.share(CRA));
    assertEquals(Fraction.ZERO, a.share(ANA));
  }

  @Test
  void equalSharesGivesEachOfThreePartiesOneThirdSummingToExactlyOne() {
    Allocation a = new EqualShares().allocate(model(), CCB);
    assertEquals(Map.of(ANA, Fraction.of(1, 3), CRA, Fraction.of(1, 3), ESDC, Fraction.of(1, 3)),
        a.shares());
  }

  @Test
  void declaredSharesReadsShareAttributesAndGivesUndeclaredPartiesNothing() {
    Allocation a = new DeclaredShares().allocate(model(), CCB);
    assertEquals(Fraction.of(3, 4), a.share(ESDC));
    assertEquals(Fraction.of(1, 4), a.share(CRA));
    assertEquals(Fraction.ZERO, a.share(ANA));
    assertTrue(a.explanation().contains("ana"), a.explanation());
  }

  @Test
  void declaredSharesPrefersWeightsGivenByTheCaller() {
    AllocationRequest r = AllocationRequest.from(model(), CCB)
        .withWeights(Map.of(ANA, Fraction.of(1), CRA, Fraction.of(1), ESDC, Fraction.of(2)));
    Allocation a = new DeclaredShares().allocate(r);
    assertEquals(Fraction.of(1, 2), a.share(ESDC));
    assertEquals(Fraction.of(1, 4), a.share(ANA));
  }

  @Test
  void declaredSharesRejectsCommitmentWithNoDeclaredWeightNamingIt() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> new DeclaredShares().allocate(model(), BIRTH));
    assertTrue(x.getMessage().contains("'birth'"), x.getMessage());
  }

  @Test
  void declaredSharesRejectsAttributeThatIsNotANumberNamingPartyAndRole() {
    AllocationRequest r = AllocationRequest.of(CCB, ESDC, List.of(ESDC)).withRoles(
        List.of(RoleAssignment.of(ESDC, Role.ACCOUNTABLE, CCB).withAttribute("share", "half")));
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> new DeclaredShares().allocate(r));
    assertTrue(x.getMessage().contains("'esdc'") && x.getMessage().contains("half"),
        x.getMessage());
  }

  @Test
  void shapleyOfContributionEstimatesIsProportionalToThem() {
    Allocation a = new ShapleyShares().allocate(model(), CCB);
    assertEquals(Fraction.of(3, 4), a.share(ESDC));
    assertEquals(Fraction.of(1, 4), a.share(CRA));
    assertEquals(Fraction.ZERO, a.share(ANA));
    assertTrue(a.standardErrors().isEmpty());
  }

  @Test
  void shapleyOfGloveGameGivesExactThirdsAndSixthsWithEqualSharesForTheSymmetricGloves() {
    AllocationRequest r = AllocationRequest.of(CCB, ESDC, List.of(ESDC, CRA, NGO))
        .withGame(CoalitionGame.glove(1, 2));
    Allocation a = new ShapleyShares().allocate(r);
    assertEquals(Fraction.of(2, 3), a.share(ESDC));
    assertEquals(Fraction.of(1, 6), a.share(CRA));
    assertEquals(Fraction.of(1, 6), a.share(NGO));
    Fraction sum = Fraction.ZERO;
    for (Fraction f : a.shares().values()) {
      sum = sum.plus(f);
    }
    assertEquals(Fraction.ONE, sum);
  }

  @Test
  void shapleyBeyondTheExactLimitReportsStandardErrors() {
    AllocationRequest r = AllocationRequest.of(CCB, ESDC, List.of(ESDC, CRA, NGO))
        .withGame(CoalitionGame.weightedVoting(3, 2, 1, 1));
    Allocation a = new ShapleyShares(2, 2000, 3).allocate(r);
    assertEquals(3, a.standardErrors().size());
    assertTrue(a.standardErrors().get(ESDC) > 0);
    assertEquals(2.0 / 3, a.share(ESDC).doubleValue(), 4 * a.standardErrors().get(ESDC));
  }

  @Test
  void shapleyRejectsACommitmentWhoseNamedGameHasNoData() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> new ShapleyShares(ModelGames.ADDITIVE_CONTRIBUTIONS).allocate(model(), BIRTH));
    assertTrue(x.getMessage().contains("'birth'"), x.getMessage());
    assertTrue(x.getMessage().contains("no contributions"), x.getMessage());
  }

  @Test
  void shapleyAppliesTheEssentialPartiesGameByDefaultWhenNoEstimatesAreDeclared() {
    Allocation a = new ShapleyShares().allocate(model(), BIRTH);
    assertTrue(a.explanation().contains(ModelGames.ESSENTIAL_PARTIES), a.explanation());
  }

  @Test
  void allocationRejectsSharesThatDoNotSumToOne() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> Allocation.exact(CCB, "custom", Map.of(ESDC, Fraction.of(1, 2),
            CRA, Fraction.of(1, 3)), ESDC, "broken"));
    assertTrue(x.getMessage().contains("5/6"), x.getMessage());
  }

  @Test
  void creditReportForAnOutcomeCreditsPersonsToTheirAgencyWithoutDoubleCounting() {
    CreditReport r = CreditReport.forOutcome(model(), POVERTY, new EqualShares());
    assertEquals(Fraction.of(2), r.total());
    assertEquals(Fraction.of(1, 3), r.creditOf(NGO));
    assertEquals(Fraction.of(1, 3).plus(Fraction.of(1, 2)), r.creditOf(CRA));
    assertEquals(Fraction.of(1, 3).plus(Fraction.of(1, 2)), r.creditOf(ESDC));
    Fraction sum = Fraction.ZERO;
    for (Fraction f : r.credits().values()) {
      sum = sum.plus(f);
    }
    assertEquals(r.total(), sum);
  }

  @Test
  void creditReportListsCommitmentsItCannotAllocateWithTheReason() {
    CreditReport r = CreditReport.forModel(model(), new EqualShares());
    assertEquals(Fraction.of(2), r.total());
    assertTrue(r.unallocated().containsKey(ORPHAN));
    assertFalse(r.unallocated().get(ORPHAN).isBlank());
  }

  @Test
  void creditReportUsesTheProtocolEachCommitmentNames() {
    CreditReport r =
        CreditReport.forModel(model(), ProtocolRegistry.builtIns(), new SingleAccountable());
    assertEquals(DeclaredShares.ID, r.allocation(CCB).orElseThrow().protocol());
    assertEquals(SingleAccountable.ID, r.allocation(BIRTH).orElseThrow().protocol());
    assertEquals(Fraction.of(3, 4), r.creditOf(ESDC));
    assertEquals(Fraction.of(1, 4).plus(Fraction.ONE), r.creditOf(CRA));
  }

  @Test
  void builtInsAreFoundThroughServiceLoaderById() {
    for (String id : List.of("single-accountable", "equal-shares", "declared-shares",
        "shapley")) {
      assertEquals(id, ResponsibilityProtocol.find(id).orElseThrow().id());
    }
    assertTrue(ResponsibilityProtocol.find("no-such-protocol").isEmpty());
  }

  @Test
  void everyPartyOfTheRequestGetsAShareEntry() {
    Allocation a = new SingleAccountable().allocate(model(), CCB);
    assertEquals(List.<PartyId>of(ANA, CRA, ESDC), List.copyOf(a.shares().keySet()));
  }

  @Test
  void estimatedSharesOfANegativeValueAreExactAndSumToExactlyOne() {
    Allocation a = Allocation.estimated(CCB, "shapley", List.of(ESDC, CRA, NGO),
        new double[] {2, -0.5, 1.5}, ESDC, "non-monotone game", Map.of());
    assertEquals(Fraction.of(2, 3), a.share(ESDC));
    assertEquals(Fraction.of(-1, 6), a.share(CRA));
    assertEquals(Fraction.of(1, 2), a.share(NGO));
  }

  @Test
  void estimatedSharesOfEqualEstimatesAreEqualWhateverTheIds() {
    Allocation a = Allocation.estimated(CCB, "shapley", List.of(ANA, CRA, ESDC),
        new double[] {0.1, 0.1, 0.1}, ESDC, "three equal estimates", Map.of());
    assertEquals(Fraction.of(1, 3), a.share(ANA));
    assertEquals(Fraction.of(1, 3), a.share(CRA));
    assertEquals(Fraction.of(1, 3), a.share(ESDC));
  }

  @Test
  void estimatedSharesRejectValuesThatSumToZero() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> Allocation.estimated(CCB, "shapley", List.of(ESDC, CRA), new double[] {1, -1},
            ESDC, "zero", Map.of()));
    assertTrue(x.getMessage().contains("'ccb'"), x.getMessage());
  }
}
