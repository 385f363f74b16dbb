package org.sharedoutcomes.core.protocol.responsibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.ContributionKind;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.protocol.Fraction;

class ModelGamesTest {
  static final AgencyId A = AgencyId.of("a");
  static final AgencyId B = AgencyId.of("b");
  static final AgencyId C = AgencyId.of("c");
  static final AgencyId D = AgencyId.of("d");
  static final CommitmentId X = CommitmentId.of("x");

  /** Agencies a to d; commitment x (with the given attributes), accountable a. */
  static OutcomeModel.Builder base(String... attributes) {
    Commitment.Builder c = Commitment.builder("x", "Shared work");
    for (int i = 0; i < attributes.length; i += 2) {
      c.attribute(attributes[i], attributes[i + 1]);
    }
    OutcomeModel.Builder b = OutcomeModel.builder();
    for (String id : List.of("a", "b", "c", "d")) {
      b.agency(id, "Agency " + id, AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL);
    }
    return b.commitment(c.build()).assign(A, Role.ACCOUNTABLE, X);
  }

  static Contribution money(AgencyId party, String amount, String unit) {
    return Contribution.of(party, X, ContributionKind.FUNDING, new BigDecimal(amount), unit);
  }

  static Allocation shapley(OutcomeModel m) {
    return new ShapleyShares().allocate(m, X);
  }

  @Test
  void essentialPartiesGameIsTheDefaultAndSplitsEquallyBetweenVetoParties() {
    OutcomeModel m = base().assign(B, Role.RESPONSIBLE, X).assign(C, Role.IMPLEMENTER, X)
        .assign(D, Role.CONTRIBUTOR, X).build();
    Allocation a = shapley(m);
    assertEquals(Fraction.of(1, 3), a.share(A));
    assertEquals(Fraction.of(1, 3), a.share(B));
    assertEquals(Fraction.of(1, 3), a.share(C));
    assertEquals(Fraction.ZERO, a.share(D));
    assertTrue(a.explanation().contains("veto parties [a, b, c]"), a.explanation());
  }

  @Test
  void holdersOfOneEssentialRoleAreSubstitutes() {
    // a is a veto party; b and c both implement: a 2/3, b and c 1/6 each (as the glove game)
    OutcomeModel m = base().assign(B, Role.IMPLEMENTER, X).assign(C, Role.IMPLEMENTER, X)
        .build();
    Allocation a = shapley(m);
    assertEquals(Fraction.of(2, 3), a.share(A));
    assertEquals(Fraction.of(1, 6), a.share(B));
    assertEquals(Fraction.of(1, 6), a.share(C));
  }

  @Test
  void essentialRolesNobodyHoldsAreNotRequiredAndTheExplanationSaysSo() {
    OutcomeModel m = base().assign(B, Role.CONTRIBUTOR, X).build();
    Allocation a = shapley(m);
    assertEquals(Fraction.ONE, a.share(A));
    assertTrue(a.explanation().contains("RESPONSIBLE, IMPLEMENTER"), a.explanation());
  }

  @Test
  void theCommitmentCanListItsOwnEssentialRoles() {
    OutcomeModel m = base(ModelGames.ESSENTIAL_ROLES_ATTRIBUTE, "ACCOUNTABLE, FUNDER")
        .assign(B, Role.FUNDER, X).assign(C, Role.IMPLEMENTER, X).build();
    Allocation a = shapley(m);
    assertEquals(Fraction.of(1, 2), a.share(A));
    assertEquals(Fraction.of(1, 2), a.share(B));
    assertEquals(Fraction.ZERO, a.share(C));
  }

  @Test
  void refusesAnEssentialRoleHeldOnlyByNonParties() {
    OutcomeModel m = base(ModelGames.ESSENTIAL_ROLES_ATTRIBUTE, "ACCOUNTABLE,CONSULTED")
        .assign(B, Role.CONSULTED, X).build();
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> shapley(m));
    assertTrue(x.getMessage().contains("CONSULTED"), x.getMessage());
  }

  @Test
  void additiveContributionsGameGivesSharesInProportionToAmountsOfOneUnit() {
    OutcomeModel m = base(ModelGames.GAME_ATTRIBUTE, ModelGames.ADDITIVE_CONTRIBUTIONS)
        .assign(B, Role.FUNDER, X)
        .contribution(money(A, "100", "CAD")).contribution(money(B, "200", "CAD"))
        .contribution(money(B, "0.5", "CAD")).build();
    Allocation a = shapley(m);
    assertEquals(Fraction.of(200, 601), a.share(A));
    assertEquals(Fraction.of(401, 601), a.share(B));
  }

  @Test
  void contributionsInTwoCurrenciesHaveNoAdditiveGameAndTheReportSaysWhy() {
    OutcomeModel m = base(ModelGames.GAME_ATTRIBUTE, ModelGames.ADDITIVE_CONTRIBUTIONS)
        .assign(B, Role.FUNDER, X)
        .contribution(money(A, "100", "CAD")).contribution(money(B, "200", "EUR")).build();
    CreditReport r = CreditReport.forModel(m, new ShapleyShares());
    String reason = r.unallocated().get(X);
    assertTrue(reason.contains("[CAD, EUR]"), reason);
    assertTrue(reason.contains(ModelGames.UNIT_ATTRIBUTE), reason);
  }

  @Test
  void theCommitmentCanNameTheUnitOfItsAdditiveGame() {
    OutcomeModel m = base(ModelGames.GAME_ATTRIBUTE, ModelGames.ADDITIVE_CONTRIBUTIONS,
        ModelGames.UNIT_ATTRIBUTE, "EUR")
        .assign(B, Role.FUNDER, X)
        .contribution(money(A, "100", "CAD")).contribution(money(A, "1", "EUR"))
        .contribution(money(B, "3", "EUR")).build();
    Allocation a = shapley(m);
    assertEquals(Fraction.of(1, 4), a.share(A));
    assertTrue(a.explanation().contains("[CAD] left out"), a.explanation());
  }

  @Test
  void contributionsOfPartiesWithoutAContributingRoleAreLeftOutAndNamed() {
    OutcomeModel m = base(ModelGames.GAME_ATTRIBUTE, ModelGames.ADDITIVE_CONTRIBUTIONS)
        .contribution(money(A, "1", "FTE")).contribution(money(D, "5", "FTE")).build();
    Allocation a = shapley(m);
    assertEquals(Fraction.ONE, a.share(A));
    assertTrue(a.explanation().contains("[d]"), a.explanation());
  }

  @Test
  void anUnknownGameNameIsTheReasonTheCommitmentIsNotAllocated() {
    OutcomeModel m = base(ModelGames.GAME_ATTRIBUTE, "banzhaf").build();
    String reason = CreditReport.forModel(m, new ShapleyShares()).unallocated().get(X);
    assertTrue(reason.contains("'banzhaf'"), reason);
  }

  @Test
  void contributionEstimatesStayTheDefaultWhereTheRolesDeclareThem() {
    OutcomeModel m = base().role(RoleAssignment.of(B, Role.CONTRIBUTOR, X)
        .withAttribute(AllocationRequest.CONTRIBUTION, "1")).build();
    Allocation a = shapley(m);
    // a declares no estimate: it contributes 0 in the estimates game
    assertEquals(Fraction.ZERO, a.share(A));
    assertEquals(Fraction.ONE, a.share(B));
    assertTrue(a.explanation().contains(ModelGames.CONTRIBUTION_ESTIMATES), a.explanation());
  }

  @Test
  void theProtocolsDefaultGameAppliesWhereTheCommitmentNamesNone() {
    OutcomeModel m = base().role(RoleAssignment.of(B, Role.CONTRIBUTOR, X)
        .withAttribute(AllocationRequest.CONTRIBUTION, "1")).build();
    Allocation a = new ShapleyShares(ModelGames.ESSENTIAL_PARTIES).allocate(m, X);
    assertEquals(Fraction.ONE, a.share(A));
  }

  @Test
  void theShareBombIsRefusedAndTheCommitmentListedWithTheLimit() {
    OutcomeModel m = base().role(RoleAssignment.of(B, Role.CONTRIBUTOR, X)
        .withAttribute(AllocationRequest.SHARE, "1e-1000000")).build();
    CreditReport r = CreditReport.forModel(m, new DeclaredShares());
    String reason = r.unallocated().get(X);
    assertTrue(reason.contains("1e-1000000"), reason);
    assertTrue(r.allocations().isEmpty());
  }

  @Test
  void threeEqualContributionsGiveThreeEqualThirds() {
    OutcomeModel m = base(ModelGames.GAME_ATTRIBUTE, ModelGames.ADDITIVE_CONTRIBUTIONS)
        .assign(B, Role.FUNDER, X).assign(C, Role.FUNDER, X)
        .contribution(money(A, "0.1", "EUR")).contribution(money(B, "0.1", "EUR"))
        .contribution(money(C, "0.1", "EUR")).build();
    Allocation a = shapley(m);
    for (AgencyId p : List.of(A, B, C)) {
      assertEquals(Fraction.of(1, 3), a.share(p), p.value());
    }
  }
}
