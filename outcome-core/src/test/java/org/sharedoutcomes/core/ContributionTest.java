package org.sharedoutcomes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContributionTest {
  static final AgencyId ESDC = AgencyId.of("esdc");
  static final AgencyId CRA = AgencyId.of("cra");
  static final CommitmentId CCB = CommitmentId.of("ccb");
  static final OutcomeId POVERTY = OutcomeId.of("poverty");

  static OutcomeModel.Builder model() {
    return OutcomeModel.builder()
        .agency("esdc", "Employment", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
        .agency("cra", "Revenue", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
        .outcome(Outcome.of("poverty", "Fewer children in poverty", OutcomeLevel.OUTCOME))
        .commitment(Commitment.builder("ccb", "Child benefit").serves("poverty").build());
  }

  static Contribution of(AgencyId party, RoleTarget target, String amount, String unit) {
    return Contribution.of(party, target, ContributionKind.FUNDING, new BigDecimal(amount), unit);
  }

  @Test
  void refusesANegativeAmountNamingTheContribution() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> of(ESDC, CCB, "-1", "CAD"));
    assertTrue(x.getMessage().contains("'esdc' to 'ccb'"), x.getMessage());
  }

  @Test
  void refusesAnAmountBeyondTheExponentLimit() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> of(ESDC, CCB, "1e-1000000", "CAD"));
    assertTrue(x.getMessage().contains("amount"), x.getMessage());
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStarts() {
    assertThrows(IllegalArgumentException.class, () -> Contribution.builder(ESDC, CCB,
        ContributionKind.STAFF, BigDecimal.ONE, "FTE").from(LocalDate.of(2026, 1, 2))
        .to(LocalDate.of(2026, 1, 1)).build());
  }

  @Test
  void refusesABlankUnit() {
    assertThrows(IllegalArgumentException.class, () -> of(ESDC, CCB, "1", " "));
  }

  @Test
  void amountsEqualInValueAreEqualContributions() {
    assertEquals(of(ESDC, CCB, "2.50", "CAD"), of(ESDC, CCB, "2.5", "CAD"));
  }

  @Test
  void aCurrencyCodeIsACurrencyAndOtherUnitsAreNot() {
    assertEquals(Optional.of(Currency.getInstance("CAD")), of(ESDC, CCB, "1", "CAD").currency());
    assertEquals(Optional.empty(), of(ESDC, CCB, "1", "FTE").currency());
  }

  @Test
  void totalsAreKeptPerUnitAndNeverAddedAcrossCurrencies() {
    Map<String, BigDecimal> totals = Contribution.totalsByUnit(List.of(of(ESDC, CCB, "1", "CAD"),
        of(CRA, CCB, "2", "EUR"), of(CRA, CCB, "3", "CAD")));
    assertEquals(Map.of("CAD", new BigDecimal("4"), "EUR", new BigDecimal("2")), totals);
  }

  @Test
  void theModelLooksUpContributionsByTargetAndByParty() {
    Contribution a = of(ESDC, CCB, "10", "CAD");
    Contribution b = of(CRA, CCB, "5", "CAD");
    Contribution c = of(ESDC, POVERTY, "1", "FTE");
    OutcomeModel m = model().contribution(c).contribution(b).contribution(a).build();
    assertEquals(List.of(b, a), m.contributionsTo(CCB));
    assertEquals(List.of(a, c), m.contributionsOf(ESDC));
    assertEquals(List.of(b, a, c), m.contributions());
    assertEquals(m, m.toBuilder().build());
  }

  @Test
  void buildReportsAContributionOfAnUnknownPartyToAnUnknownTargetWithAnUnknownReporter() {
    Contribution bad = Contribution.builder(AgencyId.of("ghost"), CommitmentId.of("nowhere"),
        ContributionKind.IN_KIND, BigDecimal.TEN, "person-days")
        .reporter(AgencyId.of("nobody")).build();
    ModelValidationException x = assertThrows(ModelValidationException.class,
        () -> model().contribution(bad).build());
    String m = x.getMessage();
    assertTrue(m.contains("'ghost'"), m);
    assertTrue(m.contains("'nowhere'"), m);
    assertTrue(m.contains("'nobody'"), m);
    assertEquals(3, x.problems().size(), m);
    // each is the contribution's own problem, in the field that names what the model lacks
    for (Problem p : x.problems()) {
      assertEquals(EntityKind.CONTRIBUTION, p.kind(), p::toString);
      assertEquals(java.util.Optional.of("ghost->nowhere/IN_KIND/10 person-days"), p.id());
    }
    assertEquals(java.util.Set.of("target", "party", "reporter"),
        x.problems().stream().map(Problem::field).collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void aSecondAmountInOneBuilderIsRefused() {
    Contribution.Builder b = of(ESDC, CCB, "1", "CAD").toBuilder();
    b.amount(BigDecimal.TEN);
    IllegalStateException x = assertThrows(IllegalStateException.class,
        () -> b.amount(BigDecimal.ONE));
    assertTrue(x.getMessage().contains("amount is already set"), x.getMessage());
  }

  @Test
  void customKindsAreUpperCaseWords() {
    assertEquals("LOAN", ContributionKind.of("LOAN").id());
    assertThrows(IllegalArgumentException.class, () -> ContributionKind.of("loan"));
    assertTrue(ContributionKind.of("FUNDING").isBuiltIn());
  }
}
