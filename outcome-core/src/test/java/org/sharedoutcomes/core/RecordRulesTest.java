package org.sharedoutcomes.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.Fixtures.CCB;
import static org.sharedoutcomes.core.Fixtures.CRA;
import static org.sharedoutcomes.core.Fixtures.D2026;
import static org.sharedoutcomes.core.Fixtures.ESDC;
import static org.sharedoutcomes.core.Fixtures.PMDU;
import static org.sharedoutcomes.core.Fixtures.RATE;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The record-level rules, checked when a value is made: the nearest values that are accepted
 * (the rejected ones are in {@link ArgumentCheckTest}), and the records' small behaviours.
 */
class RecordRulesTest {
  @Test
  void acceptsAMeasurementPeriodOfOneDay() {
    Measurement m = Measurement.of(RATE, D2026, D2026, 1);
    assertEquals(m.periodStart(), m.periodEnd());
  }

  @Test
  void acceptsTheLargestFiniteValuesAndNegativeZero() {
    assertDoesNotThrow(() -> {
      Measurement.of(RATE, D2026, D2026, Double.MAX_VALUE);
      Measurement.of(RATE, D2026, D2026, -Double.MAX_VALUE);
      new Baseline(-0.0, D2026);
      Target.between(D2026, -Double.MAX_VALUE, Double.MAX_VALUE);
      new TrajectoryPoint(D2026, Double.MIN_VALUE);
    });
  }

  @Test
  void acceptsATargetRangeWithEqualBounds() {
    Target t = Target.between(D2026, 5, 5);
    assertEquals(5, t.reference());
    assertTrue(t.isAttainedBy(5));
    assertFalse(t.isAttainedBy(5.0001));
  }

  @Test
  void targetsAreAttainedAccordingToTheirKind() {
    assertTrue(Target.atLeast(D2026, 10).isAttainedBy(10));
    assertFalse(Target.atLeast(D2026, 10).isAttainedBy(9.99));
    assertTrue(Target.atMost(D2026, 10).isAttainedBy(10));
    assertFalse(Target.atMost(D2026, 10).isAttainedBy(10.01));
    assertTrue(Target.exactly(D2026, 10).isAttainedBy(10));
    assertFalse(Target.exactly(D2026, 10).isAttainedBy(10.5));
    assertEquals(7.5, Target.between(D2026, 5, 10).reference());
  }

  @Test
  void acceptsSpansOfOneDay() {
    RoleAssignment r = RoleAssignment.of(ESDC, Role.LEAD, CCB).during(D2026, D2026);
    assertTrue(r.activeOn(D2026));
    assertFalse(r.activeOn(D2026.plusDays(1)));
    assertFalse(r.activeOn(D2026.minusDays(1)));
    DataSharingAgreement a = DataSharingAgreement.builder("d").parties(ESDC, CRA)
        .indicators(RATE).from(D2026).to(D2026).build();
    assertTrue(a.covers(CRA, RATE, D2026));
    assertFalse(a.covers(CRA, RATE, D2026.plusDays(1)));
    assertFalse(a.covers(PMDU, RATE, D2026));
    assertFalse(a.covers(CRA, IndicatorId.of("other"), D2026));
  }

  @Test
  void anOpenEndedRoleIsActiveOnEveryDate() {
    assertTrue(RoleAssignment.of(ESDC, Role.LEAD, CCB).activeOn(java.time.LocalDate.MIN));
  }

  @Test
  void acceptsAParentOrDependencyOtherThanItself() {
    assertEquals(Set.of(OutcomeId.of("b")),
        Outcome.of("a", "A", OutcomeLevel.OUTPUT).withParents(OutcomeId.of("b")).parents());
    assertEquals(Set.of(CommitmentId.of("b")),
        Commitment.builder("a", "A").dependsOn("b").build().dependsOn());
    assertEquals(Optional.of(CRA), Agency.of("a", "A", AgencyKind.NGO,
        GovernmentLevel.LOCAL).withParent(CRA).parent());
    assertEquals(Optional.of(new Ratio(IndicatorId.of("n"), IndicatorId.of("d"))),
        Indicator.builder("i", "I").ratio("n", "d").build().ratio());
    assertEquals(CRA, Intervention.of(ESDC, CRA, CCB, InterventionKind.SUPPORT, D2026, "")
        .to());
  }

  @Test
  void acceptsAnIdOfExactly256CharactersWithInnerSpaces() {
    String text = "a b".repeat(85) + "c";
    assertEquals(256, text.length());
    assertEquals(text, AgencyId.of(text).value());
  }

  @Test
  void acceptsAConflictAboutAResourceNamedInFreeText() {
    assertEquals(" budget line 7 ", new ConflictSubject(SubjectKind.RESOURCE, " budget line 7 ")
        .reference());
  }

  @Test
  void sortsTargetsAndPlannedPointsByDate() {
    Indicator i = Indicator.builder("i", "I")
        .target(Target.atLeast(D2026.plusYears(2), 2), Target.atLeast(D2026, 1))
        .plannedPoints(new TrajectoryPoint(D2026.plusDays(5), 5),
            new TrajectoryPoint(D2026, 0))
        .build();
    assertEquals(List.of(D2026, D2026.plusYears(2)), i.targets().stream().map(Target::date)
        .toList());
    assertEquals(D2026, i.plannedPoints().get(0).date());
    assertEquals(Optional.of(Target.atLeast(D2026.plusYears(2), 2)), i.finalTarget());
  }

  @Test
  void sortsSetsByIdEvenWhenGivenASetSortedTheOtherWay() {
    Set<OutcomeId> reversed = ImmutableSortedSet.<OutcomeId>reverseOrder()
        .add(OutcomeId.of("a"), OutcomeId.of("b"), OutcomeId.of("c")).build();
    // the canonical constructor itself (not part of the stable API) is what is tested here
    Outcome o = new Outcome(OutcomeId.of("x"), "X", OutcomeLevel.OUTPUT, reversed, List.of(),
        Map.of());
    assertEquals(List.of("a", "b", "c"), o.parents().stream().map(OutcomeId::value).toList());
  }

  @Test
  void sortsATwoElementSetOfWhateverItsIterationOrder() {
    // Set.of(a, b) iterates in an order of its own, which differs between JVM runs
    for (int i = 0; i < 20; i++) {
      Set<OutcomeId> two = i % 2 == 0 ? Set.of(OutcomeId.of("b" + i), OutcomeId.of("a" + i))
          : Set.of(OutcomeId.of("a" + i), OutcomeId.of("b" + i));
      Commitment c = Commitment.builder("c", "C").build();
      // the canonical constructor itself (not part of the stable API) is what is tested here
      Commitment withTwo = new Commitment(c.id(), c.title(), c.description(), c.madeBy(),
          c.madeOn(), c.due(), two, Set.of(), List.of(), c.status(), c.priority(),
          c.collaborationMode(), c.phase(), c.responsibilityProtocol(), c.conflictProtocol(),
          Map.of());
      assertEquals(List.of("a" + i, "b" + i),
          withTwo.outcomes().stream().map(OutcomeId::value).toList());
      Set<OutcomeId> one = Set.of(OutcomeId.of("z"));
      Commitment withOne = new Commitment(c.id(), c.title(), c.description(), c.madeBy(),
          c.madeOn(), c.due(), one, Set.of(), List.of(), c.status(), c.priority(),
          c.collaborationMode(), c.phase(), c.responsibilityProtocol(), c.conflictProtocol(),
          Map.of());
      assertSame(one, withOne.outcomes(), "a one-element Set.of is kept, not copied");
    }
  }

  @Test
  void rejectsABlankAttributeKeyEvenInAnImmutableSortedMap() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Person(Fixtures.ANA, "Ana", ESDC, ImmutableSortedMap.of(" ", "v")));
    assertEquals("person 'ana' attributes must not have a blank key", e.getMessage());
  }

  @Test
  void sortsAttributesByKey() {
    Agency a = Agency.of("a", "A", AgencyKind.NGO, GovernmentLevel.LOCAL)
        .withAttribute("zeta", "1").withAttribute("alpha", "2");
    assertEquals(List.of("alpha", "zeta"), List.copyOf(a.attributes().keySet()));
  }

  @Test
  void roleOfABuiltInIdReturnsTheBuiltInConstant() {
    assertSame(Role.ACCOUNTABLE, Role.of("ACCOUNTABLE"));
    assertTrue(Role.ACCOUNTABLE.isBuiltIn());
    assertFalse(Role.of("SPONSOR").isBuiltIn());
    assertEquals(13, Role.builtIns().size());
  }

  @Test
  void contributingRolesAreThoseThatDoTheWork() {
    List<Role> contributing = Role.builtIns().stream().filter(Role::isContributing).toList();
    assertEquals(List.of(Role.RESPONSIBLE, Role.LEAD, Role.CONTRIBUTOR, Role.FUNDER,
        Role.IMPLEMENTER, Role.CO_PRODUCER), contributing);
  }

  @Test
  void aMilestoneIsLateWhenPastDueOrDoneAfterItsDueDate() {
    Milestone m = Milestone.due("m", D2026);
    assertFalse(m.isLate(D2026));
    assertTrue(m.isLate(D2026.plusDays(1)));
    assertFalse(m.doneOn(D2026).isLate(D2026.plusYears(1)));
    assertTrue(m.doneOn(D2026.plusDays(1)).isLate(D2026.plusDays(1)));
  }

  @Test
  void revisingAnOutcomeKeepsTheEarlierStatementWithDateAndReason() {
    Outcome o = Outcome.of("o", "First", OutcomeLevel.OUTCOME).revise("Second", D2026, "why");
    assertEquals("Second", o.statement());
    assertEquals(List.of(new OutcomeRevision("First", D2026, "why")), o.revisions());
  }

  @Test
  void idsOfDifferentKindsWithTheSameTextAreNotEqual() {
    assertFalse(AgencyId.of("x").equals(PersonId.of("x")));
    assertTrue(EntityId.ORDER.compare(AgencyId.of("x"), PersonId.of("x")) != 0);
    assertEquals(0, EntityId.ORDER.compare(AgencyId.of("x"), AgencyId.of("x")));
  }

  @Test
  void commitmentToBuilderRoundTrips() {
    Commitment c = Commitment.builder("c", "C").description("d").madeBy(ESDC).madeOn(D2026)
        .due(D2026.plusDays(1)).serves("o").dependsOn("b")
        .milestones(Milestone.due("m", D2026)).status(CommitmentStatus.ONGOING)
        .priority(Priority.HIGH).collaborationMode(CollaborationMode.COOPERATION)
        .phase(Phase.SUSTAINING).responsibilityProtocol("equal-shares")
        .conflictProtocol("consent").attribute("k", "v").build();
    assertEquals(c, c.toBuilder().build());
  }

  @Test
  void indicatorToBuilderRoundTrips() {
    Indicator i = Indicator.builder("i", "I").unit("%").measureType(MeasureType.PERCENTAGE)
        .direction(Direction.DESCENDING).baseline(3, D2026).target(Target.atMost(D2026, 1))
        .interpolation(Interpolation.STEPWISE).plannedPoints(new TrajectoryPoint(D2026, 2))
        .timeAggregation(Aggregation.SUM).regionAggregation(Aggregation.AVERAGE)
        .aggregable(false).ratio("n", "d").dataOwner("esdc")
        .sensitivity(Sensitivity.OWNER_ONLY).measures(CCB).measures(OutcomeId.of("o"))
        .attribute("k", "v").build();
    assertEquals(i, i.toBuilder().build());
  }
}
