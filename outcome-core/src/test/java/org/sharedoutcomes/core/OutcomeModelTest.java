package org.sharedoutcomes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.Fixtures.ANA;
import static org.sharedoutcomes.core.Fixtures.CCB;
import static org.sharedoutcomes.core.Fixtures.CRA;
import static org.sharedoutcomes.core.Fixtures.D2026;
import static org.sharedoutcomes.core.Fixtures.DEV;
import static org.sharedoutcomes.core.Fixtures.ESDC;
import static org.sharedoutcomes.core.Fixtures.INCOME;
import static org.sharedoutcomes.core.Fixtures.NUM;
import static org.sharedoutcomes.core.Fixtures.PMDU;
import static org.sharedoutcomes.core.Fixtures.POVERTY;
import static org.sharedoutcomes.core.Fixtures.RATE;
import static org.sharedoutcomes.core.Fixtures.valid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The look-ups, equality and derivation of {@link OutcomeModel}. */
class OutcomeModelTest {
  private final OutcomeModel model = valid().build();

  private static <T> List<String> ids(List<T> values, Function<T, EntityId> id) {
    return values.stream().map(v -> id.apply(v).value()).toList();
  }

  @Test
  void listsEntitiesInIdOrder() {
    assertEquals(List.of("cra", "esdc", "pmdu"), ids(model.agencies(), Agency::id));
    assertEquals(List.of("income", "poverty"), ids(model.outcomes(), Outcome::id));
    assertEquals(List.of("den", "num", "rate", "share"), ids(model.indicators(),
        Indicator::id));
  }

  @Test
  void findsEntitiesById() {
    assertEquals("Employment", model.agency(ESDC).orElseThrow().name());
    assertEquals(Optional.empty(), model.agency(AgencyId.of("nobody")));
    assertEquals("Ana", model.person(ANA).orElseThrow().name());
    assertEquals("Delivery", model.commitment(DEV).orElseThrow().title());
    assertTrue(model.outcome(POVERTY).isPresent());
    assertTrue(model.indicator(RATE).isPresent());
    assertTrue(model.agreement(AgreementId.of("dsa")).isPresent());
    assertTrue(model.conflict(ConflictId.of("cf")).isPresent());
  }

  @Test
  void rolesOnATargetAreInRoleThenPartyOrder() {
    assertEquals(List.of(RoleAssignment.of(ESDC, Role.ACCOUNTABLE, CCB),
        RoleAssignment.of(CRA, Role.CONTRIBUTOR, CCB), RoleAssignment.of(ANA, Role.LEAD, CCB)),
        model.rolesOn(CCB));
    assertEquals(List.of(), model.rolesOn(CommitmentId.of("unknown")));
  }

  @Test
  void rolesHeldByAPartyAreInTargetOrder() {
    assertEquals(List.of(RoleAssignment.of(ESDC, Role.ACCOUNTABLE, CCB),
        RoleAssignment.of(ESDC, Role.CONSULTED, POVERTY)), model.rolesHeldBy(ESDC));
  }

  @Test
  void partiesWithARoleOnATarget() {
    assertEquals(Set.of(ESDC), model.partiesWith(Role.ACCOUNTABLE, CCB));
    assertEquals(Set.of(ANA), model.partiesWith(Role.LEAD, CCB));
    assertEquals(Set.of(), model.partiesWith(Role.FUNDER, CCB));
  }

  @Test
  void theAgencyOfAPersonIsTheAgencyTheyWorkIn() {
    assertEquals(ESDC, model.agencyOf(ANA));
    assertEquals(CRA, model.agencyOf(CRA));
  }

  @Test
  void agenciesOnATargetIncludeThoseActingThroughTheirPeople() {
    assertEquals(List.of(CRA, ESDC), List.copyOf(model.agenciesOn(CCB)));
    assertEquals(List.of(PMDU), List.copyOf(model.agenciesOn(DEV)));
  }

  @Test
  void commitmentsOfAnAgencyIncludeThoseItsPeopleHoldRolesOn() {
    assertEquals(List.of("ccb"), ids(model.commitmentsOf(ESDC), Commitment::id));
    assertEquals(List.of("ccb"), ids(model.commitmentsOf(CRA), Commitment::id));
    assertEquals(List.of("dev"), ids(model.commitmentsOf(PMDU), Commitment::id));
  }

  @Test
  void commitmentsServingAnOutcomeAreTheDirectOnes() {
    assertEquals(List.of("ccb"), ids(model.commitmentsServing(INCOME), Commitment::id));
    assertEquals(List.of(), model.commitmentsServing(POVERTY));
  }

  @Test
  void dependentsAndChildren() {
    assertEquals(List.of("dev"), ids(model.dependentsOf(CCB), Commitment::id));
    assertEquals(List.of(), model.dependentsOf(DEV));
    assertEquals(List.of("income"), ids(model.childrenOf(POVERTY), Outcome::id));
  }

  @Test
  void indicatorsOfACommitmentAndOfAnOutcome() {
    assertEquals(List.of("rate"), ids(model.indicatorsOf(CCB), Indicator::id));
    assertEquals(List.of("rate"), ids(model.indicatorsOf(POVERTY), Indicator::id));
    assertEquals(List.of(), model.indicatorsOf(DEV));
  }

  @Test
  void assessmentsAndTheLatestOneOnADate() {
    assertEquals(1, model.assessmentsOf(CCB).size());
    assertEquals(Rating.AMBER, model.latestAssessment(CCB, D2026).orElseThrow().rating());
    assertEquals(Optional.empty(), model.latestAssessment(CCB, D2026.minusDays(1)));
    OutcomeModel later = model.toBuilder()
        .assessment(DeliveryAssessment.of(CCB, D2026.plusDays(10), Rating.GREEN, "better"))
        .build();
    assertEquals(Rating.GREEN, later.latestAssessment(CCB, D2026.plusDays(10)).orElseThrow()
        .rating());
    assertEquals(Rating.AMBER, later.latestAssessment(CCB, D2026.plusDays(9)).orElseThrow()
        .rating());
  }

  @Test
  void interventionsToAnAgency() {
    assertEquals(1, model.interventionsTo(ESDC).size());
    assertEquals(List.of(), model.interventionsTo(CRA));
  }

  @Test
  void theCentreIsTheCentralAgenciesAndTheDeliveryUnitHolders() {
    assertEquals(Set.of(PMDU), model.centre());
    OutcomeModel m = model.toBuilder().assign(ANA, Role.DELIVERY_UNIT, DEV).build();
    assertEquals(List.of(ESDC, PMDU), List.copyOf(m.centre()));
    assertTrue(m.isCentre(ESDC));
    assertFalse(m.isCentre(CRA));
  }

  @Test
  void measurementsOfAnIndicatorInTimeOrder() {
    OutcomeModel m = model.toBuilder().measurement(RATE, D2026.minusDays(40),
        D2026.minusDays(10), 12).build();
    assertEquals(2, m.measurements(RATE).size());
    assertEquals(12, m.measurements(RATE).value(0));
    assertEquals(0, m.measurements(NUM).size());
    assertEquals(2, m.measurementCount());
  }

  @Test
  void theLookUpListsAreUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> model.agencies().clear());
    assertThrows(UnsupportedOperationException.class, () -> model.rolesOn(CCB).clear());
    assertThrows(UnsupportedOperationException.class, () -> model.centre().clear());
    assertThrows(UnsupportedOperationException.class,
        () -> model.partiesWith(Role.ACCOUNTABLE, CCB).clear());
  }

  @Test
  void toBuilderBuildsAnEqualModel() {
    OutcomeModel again = model.toBuilder().build();
    assertEquals(model, again);
    assertEquals(model.hashCode(), again.hashCode());
  }

  @Test
  void equalityDoesNotDependOnTheOrderOfAdding() {
    OutcomeModel.Builder b = OutcomeModel.builder();
    reversed(model.conflicts()).forEach(b::conflict);
    reversed(model.agreements()).forEach(b::agreement);
    reversed(model.interventions()).forEach(b::intervention);
    reversed(model.assessments()).forEach(b::assessment);
    for (Indicator i : reversed(model.indicators())) {
      b.indicator(i);
      reversed(model.measurements(i.id()).asList()).forEach(b::measurement);
    }
    reversed(model.roles()).forEach(b::role);
    reversed(model.commitments()).forEach(b::commitment);
    reversed(model.outcomes()).forEach(b::outcome);
    reversed(model.persons()).forEach(b::person);
    reversed(model.agencies()).forEach(b::agency);
    OutcomeModel other = b.build();
    assertEquals(model, other);
    assertEquals(model.hashCode(), other.hashCode());
  }

  private static <T> List<T> reversed(List<T> values) {
    List<T> copy = new ArrayList<>(values);
    Collections.reverse(copy);
    return copy;
  }

  @Test
  void aChangedModelIsNotEqual() {
    OutcomeModel changed = model.toBuilder()
        .replace(Commitment.builder("dev", "Delivery, revised").dependsOn("ccb").build())
        .build();
    assertNotEquals(model, changed);
    assertEquals("Delivery, revised", changed.commitment(DEV).orElseThrow().title());
    assertEquals("Delivery", model.commitment(DEV).orElseThrow().title());
  }

  @Test
  void removeRoleDropsTheAssignment() {
    OutcomeModel m = model.toBuilder()
        .removeRole(RoleAssignment.of(CRA, Role.CONTRIBUTOR, CCB)).build();
    assertEquals(2, m.rolesOn(CCB).size());
  }

  @Test
  void theEmptyModelHasNothing() {
    assertTrue(OutcomeModel.empty().isEmpty());
    assertFalse(model.isEmpty());
    assertEquals(OutcomeModel.empty(), OutcomeModel.builder().build());
  }

  @Test
  void toStringSummarisesTheSize() {
    assertTrue(model.toString().startsWith("OutcomeModel[3 agencies, 1 persons, 2 outcomes,"
        + " 2 commitments, 5 roles, 4 indicators, 1 measurements"), model.toString());
  }
}
