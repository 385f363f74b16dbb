package org.sharedoutcomes.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import static org.sharedoutcomes.core.Fixtures.assertHasProblem;
import static org.sharedoutcomes.core.Fixtures.problems;
import static org.sharedoutcomes.core.Fixtures.valid;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every structural rule of {@link OutcomeModel.Builder#build()}: the case that breaks it, and
 * the nearest case that does not.
 */
class ModelValidationTest {
  private static final AgencyId GHOST = AgencyId.of("ghost");

  @Test
  void theFixtureModelIsValid() {
    OutcomeModel m = assertDoesNotThrow(() -> valid().build());
    assertEquals(3, m.agencies().size());
  }

  // ------------------------------------------------------------- dangling references

  /** name, bad change, expected kind, id, field, mentioned text, nearest valid change. */
  static Stream<Arguments> danglingReferences() {
    Commitment.Builder c = Commitment.builder("x", "X");
    Indicator.Builder i = Indicator.builder("x", "X");
    return Stream.of(
        ref("agency parent must be a known agency",
            b -> b.agency(agency("x").withParent(GHOST)),
            EntityKind.AGENCY, "x", "parent", "agency 'ghost'",
            b -> b.agency(agency("x").withParent(CRA))),
        ref("person agency must be a known agency",
            b -> b.person(Person.of("bob", "Bob", "ghost")),
            EntityKind.PERSON, "bob", "agency", "agency 'ghost'",
            b -> b.person(Person.of("bob", "Bob", "cra"))),
        ref("outcome parents must be known outcomes",
            b -> b.outcome(outcome("x").withParents(OutcomeId.of("ghost"))),
            EntityKind.OUTCOME, "x", "parents", "outcome 'ghost'",
            b -> b.outcome(outcome("x").withParents(INCOME))),
        ref("commitment madeBy must be a known agency",
            b -> b.commitment(Commitment.builder("x", "X").madeBy(GHOST).build()),
            EntityKind.COMMITMENT, "x", "madeBy", "agency 'ghost'",
            b -> b.commitment(Commitment.builder("x", "X").madeBy(CRA).build())),
        ref("commitment madeBy must be a known person",
            b -> b.commitment(Commitment.builder("x", "X").madeBy(PersonId.of("ghost")).build()),
            EntityKind.COMMITMENT, "x", "madeBy", "person 'ghost'",
            b -> b.commitment(Commitment.builder("x", "X").madeBy(ANA).build())),
        ref("commitment outcomes must be known outcomes",
            b -> b.commitment(Commitment.builder("x", "X").serves("ghost").build()),
            EntityKind.COMMITMENT, "x", "outcomes", "outcome 'ghost'",
            b -> b.commitment(Commitment.builder("x", "X").serves("poverty").build())),
        ref("commitment dependsOn must be known commitments",
            b -> b.commitment(Commitment.builder("x", "X").dependsOn("ghost").build()),
            EntityKind.COMMITMENT, "x", "dependsOn", "commitment 'ghost'",
            b -> b.commitment(Commitment.builder("x", "X").dependsOn("dev").build())),
        ref("role party must be a known agency",
            b -> b.assign(GHOST, Role.LEAD, CCB),
            EntityKind.ROLE_ASSIGNMENT, "ccb/LEAD/ghost", "party", "agency 'ghost'",
            b -> b.assign(CRA, Role.LEAD, CCB)),
        ref("role party must be a known person",
            b -> b.assign(PersonId.of("ghost"), Role.LEAD, DEV),
            EntityKind.ROLE_ASSIGNMENT, "dev/LEAD/ghost", "party", "person 'ghost'",
            b -> b.assign(ANA, Role.LEAD, DEV)),
        ref("role target must be a known commitment",
            b -> b.assign(CRA, Role.INFORMED, CommitmentId.of("ghost")),
            EntityKind.ROLE_ASSIGNMENT, "ghost/INFORMED/cra", "target", "commitment 'ghost'",
            b -> b.assign(CRA, Role.INFORMED, DEV)),
        ref("role target must be a known outcome",
            b -> b.assign(CRA, Role.INFORMED, OutcomeId.of("ghost")),
            EntityKind.ROLE_ASSIGNMENT, "ghost/INFORMED/cra", "target", "outcome 'ghost'",
            b -> b.assign(CRA, Role.INFORMED, INCOME)),
        ref("indicator dataOwner must be a known agency",
            b -> b.indicator(Indicator.builder("x", "X").dataOwner("ghost").build()),
            EntityKind.INDICATOR, "x", "dataOwner", "agency 'ghost'",
            b -> b.indicator(Indicator.builder("x", "X").dataOwner("cra").build())),
        ref("indicator ratio numerator must be a known indicator",
            b -> b.indicator(Indicator.builder("x", "X").ratio("ghost", "den").build()),
            EntityKind.INDICATOR, "x", "ratio.numerator", "indicator 'ghost'",
            b -> b.indicator(Indicator.builder("x", "X").ratio("num", "den").build())),
        ref("indicator ratio denominator must be a known indicator",
            b -> b.indicator(Indicator.builder("x", "X").ratio("num", "ghost").build()),
            EntityKind.INDICATOR, "x", "ratio.denominator", "indicator 'ghost'",
            b -> b.indicator(Indicator.builder("x", "X").ratio("num", "rate").build())),
        ref("indicator commitments must be known commitments",
            b -> b.indicator(Indicator.builder("x", "X").measures(CommitmentId.of("ghost"))
                .build()),
            EntityKind.INDICATOR, "x", "commitments", "commitment 'ghost'",
            b -> b.indicator(Indicator.builder("x", "X").measures(DEV).build())),
        ref("indicator outcomes must be known outcomes",
            b -> b.indicator(Indicator.builder("x", "X").measures(OutcomeId.of("ghost"))
                .build()),
            EntityKind.INDICATOR, "x", "outcomes", "outcome 'ghost'",
            b -> b.indicator(Indicator.builder("x", "X").measures(INCOME).build())),
        ref("measurement indicator must be a known indicator",
            b -> b.measurement(Measurement.of(IndicatorId.of("ghost"), D2026, D2026, 1)),
            EntityKind.MEASUREMENT, "ghost", "indicator", "indicator 'ghost'",
            b -> b.measurement(Measurement.of(NUM, D2026, D2026, 1))),
        ref("measurement indicator on the fast path must be a known indicator",
            b -> b.measurement(IndicatorId.of("ghost"), D2026, D2026, 1),
            EntityKind.MEASUREMENT, "ghost", "indicator", "indicator 'ghost'",
            b -> b.measurement(NUM, D2026, D2026, 1)),
        ref("measurement reportedBy must be a known agency",
            b -> b.measurement(Measurement.of(RATE, D2026, D2026, 1).withReporter(GHOST)),
            EntityKind.MEASUREMENT, "rate", "reportedBy", "agency 'ghost'",
            b -> b.measurement(Measurement.of(RATE, D2026, D2026, 1).withReporter(CRA))),
        ref("assessment commitment must be a known commitment",
            b -> b.assessment(DeliveryAssessment.of(CommitmentId.of("ghost"), D2026,
                Rating.RED, "")),
            EntityKind.ASSESSMENT, "ghost@2026-01-01", "commitment", "commitment 'ghost'",
            b -> b.assessment(DeliveryAssessment.of(DEV, D2026, Rating.RED, ""))),
        ref("assessment assessor must be a known party",
            b -> b.assessment(DeliveryAssessment.of(DEV, D2026, Rating.RED, "").by(GHOST)),
            EntityKind.ASSESSMENT, "dev@2026-01-01", "assessor", "agency 'ghost'",
            b -> b.assessment(DeliveryAssessment.of(DEV, D2026, Rating.RED, "").by(PMDU))),
        ref("intervention from must be a known agency",
            b -> b.intervention(Intervention.of(GHOST, ESDC, CCB, InterventionKind.SUPPORT,
                D2026, "")),
            EntityKind.INTERVENTION, "ghost->esdc@2026-01-01", "from", "agency 'ghost'",
            b -> b.intervention(Intervention.of(CRA, ESDC, CCB, InterventionKind.SUPPORT,
                D2026, ""))),
        ref("intervention to must be a known agency",
            b -> b.intervention(Intervention.of(PMDU, GHOST, CCB, InterventionKind.SUPPORT,
                D2026, "")),
            EntityKind.INTERVENTION, "pmdu->ghost@2026-01-01", "to", "agency 'ghost'",
            b -> b.intervention(Intervention.of(PMDU, CRA, CCB, InterventionKind.SUPPORT,
                D2026, ""))),
        ref("intervention commitment must be a known commitment",
            b -> b.intervention(Intervention.of(PMDU, CRA, CommitmentId.of("ghost"),
                InterventionKind.SUPPORT, D2026, "")),
            EntityKind.INTERVENTION, "pmdu->cra@2026-01-01", "commitment",
            "commitment 'ghost'",
            b -> b.intervention(Intervention.of(PMDU, CRA, DEV, InterventionKind.SUPPORT,
                D2026, ""))),
        ref("agreement parties must be known agencies",
            b -> b.agreement(DataSharingAgreement.of("x", Set.of(ESDC, GHOST), Set.of(RATE))),
            EntityKind.AGREEMENT, "x", "parties", "agency 'ghost'",
            b -> b.agreement(DataSharingAgreement.of("x", Set.of(ESDC, PMDU), Set.of(RATE)))),
        ref("agreement indicators must be known indicators",
            b -> b.agreement(DataSharingAgreement.of("x", Set.of(ESDC, CRA),
                Set.of(IndicatorId.of("ghost")))),
            EntityKind.AGREEMENT, "x", "indicators", "indicator 'ghost'",
            b -> b.agreement(DataSharingAgreement.of("x", Set.of(ESDC, CRA), Set.of(NUM)))),
        ref("conflict parties must be known parties",
            b -> b.conflict(conflict(ConflictSubject.commitment(CCB), Set.of(ESDC, GHOST), ESDC)),
            EntityKind.CONFLICT, "x", "parties", "agency 'ghost'",
            b -> b.conflict(conflict(ConflictSubject.commitment(CCB), Set.of(ESDC, ANA), ESDC))),
        ref("conflict raisedBy must be a known party",
            b -> b.conflict(conflict(ConflictSubject.commitment(CCB), Set.of(ESDC, CRA),
                PersonId.of("ghost"))),
            EntityKind.CONFLICT, "x", "raisedBy", "person 'ghost'",
            b -> b.conflict(conflict(ConflictSubject.commitment(CCB), Set.of(ESDC, CRA), ANA))),
        ref("conflict subject commitment must be a known commitment",
            b -> b.conflict(conflict(ConflictSubject.commitment(CommitmentId.of("ghost")),
                Set.of(ESDC, CRA), ESDC)),
            EntityKind.CONFLICT, "x", "subject", "commitment 'ghost'",
            b -> b.conflict(conflict(ConflictSubject.commitment(DEV), Set.of(ESDC, CRA),
                ESDC))),
        ref("conflict subject indicator must be a known indicator",
            b -> b.conflict(conflict(ConflictSubject.indicator(IndicatorId.of("ghost")),
                Set.of(ESDC, CRA), ESDC)),
            EntityKind.CONFLICT, "x", "subject", "indicator 'ghost'",
            b -> b.conflict(conflict(ConflictSubject.indicator(NUM), Set.of(ESDC, CRA),
                ESDC))));
  }

  private static Arguments ref(String name, Consumer<OutcomeModel.Builder> bad, EntityKind kind,
      String id, String field, String mentioned, Consumer<OutcomeModel.Builder> good) {
    return Arguments.of(name, bad, kind, id, field, mentioned, good);
  }

  private static Agency agency(String id) {
    return Agency.of(id, "Agency " + id, AgencyKind.MUNICIPALITY, GovernmentLevel.LOCAL);
  }

  private static Outcome outcome(String id) {
    return Outcome.of(id, "Outcome " + id, OutcomeLevel.OUTPUT);
  }

  private static Conflict conflict(ConflictSubject subject, Set<PartyId> parties,
      PartyId raisedBy) {
    return Conflict.of("x", subject, parties, raisedBy, Instant.EPOCH, "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("danglingReferences")
  void rejectsADanglingReferenceNamingTheEntityAndField(String name,
      Consumer<OutcomeModel.Builder> bad, EntityKind kind, String id, String field,
      String mentioned, Consumer<OutcomeModel.Builder> good) {
    OutcomeModel.Builder b = valid();
    bad.accept(b);
    List<Problem> problems = problems(b);
    assertEquals(1, problems.size(), problems::toString);
    assertHasProblem(problems, kind, id, field, mentioned);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("danglingReferences")
  void acceptsTheSameReferenceToAKnownEntity(String name, Consumer<OutcomeModel.Builder> bad,
      EntityKind kind, String id, String field, String mentioned,
      Consumer<OutcomeModel.Builder> good) {
    OutcomeModel.Builder b = valid();
    good.accept(b);
    assertDoesNotThrow(b::build);
  }

  // ------------------------------------------------------------- duplicate ids

  static Stream<Arguments> duplicates() {
    return Stream.of(
        dup(EntityKind.AGENCY, "esdc", b -> b.agency(agency("esdc")), b -> b.agency(agency("e2"))),
        dup(EntityKind.PERSON, "ana", b -> b.person(Person.of("ana", "Ana B", "cra")),
            b -> b.person(Person.of("ana2", "Ana B", "cra"))),
        dup(EntityKind.OUTCOME, "income", b -> b.outcome(outcome("income")),
            b -> b.outcome(outcome("income2"))),
        dup(EntityKind.COMMITMENT, "ccb", b -> b.commitment(Commitment.builder("ccb", "B")
            .build()), b -> b.commitment(Commitment.builder("ccb2", "B").build())),
        dup(EntityKind.INDICATOR, "rate", b -> b.indicator(Indicator.builder("rate", "R")
            .build()), b -> b.indicator(Indicator.builder("rate2", "R").build())),
        dup(EntityKind.AGREEMENT, "dsa", b -> b.agreement(DataSharingAgreement.of("dsa",
            Set.of(PMDU, CRA), Set.of(NUM))), b -> b.agreement(DataSharingAgreement.of("dsa2",
            Set.of(PMDU, CRA), Set.of(NUM)))),
        dup(EntityKind.CONFLICT, "cf", b -> b.conflict(Conflict.of("cf",
            ConflictSubject.indicator(NUM), Set.of(PMDU, CRA), PMDU, Instant.EPOCH, "")),
            b -> b.conflict(Conflict.of("cf2", ConflictSubject.indicator(NUM),
                Set.of(PMDU, CRA), PMDU, Instant.EPOCH, ""))));
  }

  private static Arguments dup(EntityKind kind, String id, Consumer<OutcomeModel.Builder> bad,
      Consumer<OutcomeModel.Builder> good) {
    return Arguments.of(kind, id, bad, good);
  }

  @ParameterizedTest(name = "rejects a duplicate {0} id")
  @MethodSource("duplicates")
  void rejectsADuplicateIdWithinAKind(EntityKind kind, String id,
      Consumer<OutcomeModel.Builder> bad, Consumer<OutcomeModel.Builder> good) {
    OutcomeModel.Builder b = valid();
    bad.accept(b);
    List<Problem> problems = problems(b);
    assertEquals(1, problems.size(), problems::toString);
    assertHasProblem(problems, kind, id, "id", "is used by 2");
  }

  @ParameterizedTest(name = "accepts a second {0} with another id")
  @MethodSource("duplicates")
  void acceptsASecondEntityWithAnotherId(EntityKind kind, String id,
      Consumer<OutcomeModel.Builder> bad, Consumer<OutcomeModel.Builder> good) {
    OutcomeModel.Builder b = valid();
    good.accept(b);
    assertDoesNotThrow(b::build);
  }

  @Test
  void acceptsTheSameIdTextInKindsWithSeparateNameSpaces() {
    OutcomeModel m = valid()
        .outcome(outcome("esdc"))
        .commitment(Commitment.builder("rate", "R").build())
        .indicator(Indicator.builder("ccb", "C").build())
        .agreement(DataSharingAgreement.of("cf", Set.of(ESDC, CRA), Set.of(RATE)))
        .build();
    assertTrue(m.outcome(OutcomeId.of("esdc")).isPresent());
  }

  @Test
  void rejectsAPersonWhoseIdIsAnAgencyId() {
    List<Problem> problems = problems(valid().person(Person.of("cra", "Carl", "esdc")));
    assertEquals(1, problems.size(), problems::toString);
    assertHasProblem(problems, EntityKind.PERSON, "cra", "id", "both an agency id and a person id");
  }

  @Test
  void acceptsAPersonWhoseIdOnlyResemblesAnAgencyId() {
    assertDoesNotThrow(() -> valid().person(Person.of("cra-carl", "Carl", "esdc")).build());
  }

  // ------------------------------------------------------------- cycles

  @Test
  void rejectsACycleOfOutcomeParentsNamingItsMembers() {
    List<Problem> problems = problems(valid()
        .replace(Outcome.of("poverty", "P", OutcomeLevel.IMPACT).withParents(INCOME)));
    assertEquals(1, problems.size(), problems::toString);
    assertHasProblem(problems, EntityKind.OUTCOME, "income", "parents",
        "income -> poverty -> income");
  }

  @Test
  void rejectsALongerCycleOfOutcomeParents() {
    List<Problem> problems = problems(valid()
        .outcome(outcome("a").withParents(OutcomeId.of("b")))
        .outcome(outcome("b").withParents(OutcomeId.of("c")))
        .outcome(outcome("c").withParents(OutcomeId.of("a"))));
    assertEquals(1, problems.size(), problems::toString);
    assertHasProblem(problems, EntityKind.OUTCOME, "a", "parents", "a -> b -> c -> a");
  }

  @Test
  void acceptsADiamondOfOutcomeParents() {
    assertDoesNotThrow(() -> valid()
        .outcome(outcome("a").withParents(OutcomeId.of("b"), OutcomeId.of("c")))
        .outcome(outcome("b").withParents(POVERTY))
        .outcome(outcome("c").withParents(POVERTY))
        .build());
  }

  @Test
  void rejectsACycleOfCommitmentDependencies() {
    List<Problem> problems = problems(valid()
        .replace(Commitment.builder("ccb", "CCB").dependsOn("dev").build()));
    assertEquals(1, problems.size(), problems::toString);
    assertHasProblem(problems, EntityKind.COMMITMENT, "ccb", "dependsOn", "ccb -> dev -> ccb");
  }

  @Test
  void acceptsAChainOfCommitmentDependencies() {
    assertDoesNotThrow(() -> valid()
        .commitment(Commitment.builder("x", "X").dependsOn("dev", "ccb").build())
        .build());
  }

  @Test
  void rejectsARatioComputedFromItselfThroughAnotherRatio() {
    List<Problem> problems = problems(valid()
        .indicator(Indicator.builder("a", "A").ratio("b", "num").build())
        .indicator(Indicator.builder("b", "B").ratio("a", "den").build()));
    assertEquals(1, problems.size(), problems::toString);
    assertHasProblem(problems, EntityKind.INDICATOR, "a", "ratio", "a -> b -> a");
  }

  @Test
  void rejectsARatioCycleOfThreeAddedOutOfOrder() {
    List<Problem> problems = problems(valid()
        .indicator(Indicator.builder("c", "C").ratio("num", "a").build())
        .indicator(Indicator.builder("a", "A").ratio("b", "den").build())
        .indicator(Indicator.builder("b", "B").ratio("c", "num").build()));
    assertEquals(1, problems.size(), problems::toString);
    assertHasProblem(problems, EntityKind.INDICATOR, "a", "ratio", "a -> b -> c -> a");
  }

  @Test
  void findsARatioCycleAmongRatiosWithAnUnknownEnd() {
    // the unknown denominator is one problem and no edge; the cycle after it is still found
    List<Problem> problems = problems(valid()
        .indicator(Indicator.builder("p", "P").ratio("num", "ghost").build())
        .indicator(Indicator.builder("q", "Q").ratio("r", "den").build())
        .indicator(Indicator.builder("r", "R").ratio("num", "q").build()));
    assertEquals(2, problems.size(), problems::toString);
    assertHasProblem(problems, EntityKind.INDICATOR, "p", "ratio.denominator",
        "indicator 'ghost'");
    assertHasProblem(problems, EntityKind.INDICATOR, "q", "ratio", "q -> r -> q");
  }

  @Test
  void findsARatioCycleWhenIndicatorIdsAreDuplicated() {
    // with a duplicate id validation keeps no positions: the cycle is found by ids
    List<Problem> problems = problems(valid()
        .indicator(Indicator.builder("a", "A").ratio("b", "num").build())
        .indicator(Indicator.builder("b", "B").ratio("a", "den").build())
        .indicator(Indicator.builder("num", "Numerator again").build()));
    assertHasProblem(problems, EntityKind.INDICATOR, "a", "ratio", "a -> b -> a");
    assertHasProblem(problems, EntityKind.INDICATOR, "num", "id", "is used by 2");
  }

  @Test
  void rejectsACycleOfAgencyParentsSpellingItOut() {
    // issue 13 point 10: the other hierarchies rejected cycles, agency parents did not
    List<Problem> problems = problems(valid()
        .agency(agency("x").withParent(AgencyId.of("y")))
        .agency(agency("y").withParent(AgencyId.of("x"))));
    assertEquals(1, problems.size(), problems::toString);
    assertHasProblem(problems, EntityKind.AGENCY, "x", "parent", "x -> y -> x");
  }

  @Test
  void acceptsAChainOfAgencyParents() {
    assertDoesNotThrow(() -> valid()
        .agency(agency("x").withParent(AgencyId.of("y")))
        .agency(agency("y").withParent(AgencyId.of("z")))
        .agency(agency("z"))
        .build());
  }

  @Test
  void reportsAComponentOfSeveralCyclesOnceNamingItsMembers() {
    // a -> b -> a and b -> c -> b: one strongly connected component, one problem
    List<Problem> problems = problems(valid()
        .commitment(Commitment.builder("a", "A").dependsOn("b").build())
        .commitment(Commitment.builder("b", "B").dependsOn("a", "c").build())
        .commitment(Commitment.builder("c", "C").dependsOn("b").build()));
    assertEquals(1, problems.size(), problems::toString);
    assertEquals("is in a cycle of dependsOn: a -> b -> a (3 commitment entries are on cycles"
        + " through each other: a, b, c); break the cycle", problems.get(0).message());
  }

  @Test
  void spellsOutALongCycleAsABoundedExcerpt() {
    OutcomeModel.Builder b = valid();
    int n = 30;
    for (int k = 0; k < n; k++) {
      b.agency(agency(String.format("g%02d", k)).withParent(
          AgencyId.of(String.format("g%02d", (k + 1) % n))));
    }
    List<Problem> problems = problems(b);
    assertEquals(1, problems.size(), problems::toString);
    assertEquals("is in a cycle of parent: g00 -> g01 -> g02 -> g03 -> g04 -> g05 -> g06 -> g07"
        + " -> g08 -> ... (20 more) -> g29 -> g00; break the cycle", problems.get(0).message());
  }

  @Test
  void acceptsARatioOfRatios() {
    assertDoesNotThrow(() -> valid()
        .indicator(Indicator.builder("a", "A").ratio("share", "num").build())
        .build());
  }

  // ------------------------------------------------------------- dates and roles

  @Test
  void rejectsACommitmentDueBeforeItWasMade() {
    List<Problem> problems = problems(valid().commitment(Commitment.builder("x", "X")
        .madeOn(D2026).due(D2026.minusDays(1)).build()));
    assertEquals(1, problems.size(), problems::toString);
    assertHasProblem(problems, EntityKind.COMMITMENT, "x", "due", "2025-12-31");
  }

  @Test
  void acceptsACommitmentDueOnTheDayItWasMade() {
    assertDoesNotThrow(() -> valid().commitment(Commitment.builder("x", "X")
        .madeOn(D2026).due(D2026).build()).build());
  }

  @Test
  void rejectsARoleAssignmentGivenTwice() {
    List<Problem> problems = problems(valid().assign(ESDC, Role.ACCOUNTABLE, CCB));
    assertEquals(1, problems.size(), problems::toString);
    assertHasProblem(problems, EntityKind.ROLE_ASSIGNMENT, "ccb/ACCOUNTABLE/esdc", "role",
        "given twice");
  }

  @Test
  void rejectsARoleAssignmentGivenTwiceWithDifferentAttributes() {
    List<Problem> problems = problems(valid()
        .role(RoleAssignment.of(ESDC, Role.ACCOUNTABLE, CCB).withAttribute("source", "sheet")));
    assertHasProblem(problems, EntityKind.ROLE_ASSIGNMENT, "ccb/ACCOUNTABLE/esdc", "role",
        "given twice");
  }

  @Test
  void findsARoleGivenTwiceWhenOtherRolesWereAddedBetweenThem() {
    // the copies are not neighbours as added; sorted, they are
    List<Problem> problems = problems(valid()
        .assign(CRA, Role.CONSULTED, CCB)
        .assign(ESDC, Role.INFORMED, POVERTY)
        .assign(CRA, Role.CONSULTED, CCB)
        .assign(CRA, Role.CONSULTED, CCB));
    assertEquals(2, problems.size(), problems::toString);
    assertHasProblem(problems, EntityKind.ROLE_ASSIGNMENT, "ccb/CONSULTED/cra", "role",
        "given twice");
  }

  @Test
  void anOpenStartIsNotTheEarliestDate() {
    // open and LocalDate.MIN are different spans: both kept, the open one first
    RoleAssignment open = RoleAssignment.builder(CRA, Role.LEAD, DEV).to(D2026).build();
    RoleAssignment earliest = RoleAssignment.builder(CRA, Role.LEAD, DEV)
        .from(java.time.LocalDate.MIN).to(D2026).build();
    OutcomeModel m = valid().role(earliest).role(open).build();
    assertEquals(List.of(open, earliest), m.rolesOn(DEV).stream()
        .filter(r -> r.role().equals(Role.LEAD)).toList());
    assertTrue(RoleAssignment.ORDER.compare(open, earliest) < 0);
    assertTrue(RoleAssignment.ORDER.compare(earliest, open) > 0);
  }

  static java.util.stream.LongStream graphSeeds() {
    return java.util.stream.LongStream.range(0, 300);
  }

  /**
   * Random dependency graphs, some with cycles: validation reports a cycle exactly when
   * Kahn's algorithm (an independent check) cannot order the commitments.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("graphSeeds")
  void reportsADependencyCycleExactlyWhenThereIsOne(long seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    int n = random.nextInt(1, 40);
    double density = random.nextDouble() * 3.0 / n;
    boolean acyclicByConstruction = random.nextBoolean();
    List<Set<Integer>> edges = new java.util.ArrayList<>();
    OutcomeModel.Builder b = OutcomeModel.builder();
    for (int i = 0; i < n; i++) {
      Set<Integer> out = new java.util.TreeSet<>();
      for (int j = 0; j < n; j++) {
        if (j != i && (!acyclicByConstruction || j < i) && random.nextDouble() < density) {
          out.add(j);
        }
      }
      edges.add(out);
    }
    // add the commitments in a shuffled order, so positions in the model are not the indices
    List<Integer> order = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, new java.util.Random(seed));
    for (int i : order) {
      b.commitment(Commitment.builder("c" + i, "C" + i)
          .dependsOn(edges.get(i).stream().map(j -> "c" + j).toArray(String[]::new)).build());
    }
    int[] indegree = new int[n];
    edges.forEach(out -> out.forEach(j -> indegree[j]++));
    java.util.ArrayDeque<Integer> ready = new java.util.ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      if (indegree[i] == 0) {
        ready.add(i);
      }
    }
    int ordered = 0;
    while (!ready.isEmpty()) {
      int v = ready.poll();
      ordered++;
      for (int w : edges.get(v)) {
        if (--indegree[w] == 0) {
          ready.add(w);
        }
      }
    }
    boolean cyclic = ordered < n;
    if (acyclicByConstruction) {
      assertTrue(!cyclic, "seed " + seed + ": the generator made a cycle");
    }
    List<Problem> problems;
    try {
      b.build();
      problems = List.of();
    } catch (ModelValidationException e) {
      problems = e.problems();
    }
    boolean reported = problems.stream().anyMatch(p -> p.message().contains("cycle of dependsOn"));
    assertEquals(cyclic, reported, "seed " + seed + ": " + problems);
    assertEquals(cyclic ? problems.size() : 0, problems.size(), "seed " + seed + ": only cycles");
  }

  @Test
  void countsEveryCopyOfADuplicatedIdAddedInAnyOrder() {
    List<Problem> problems = problems(valid()
        .commitment(Commitment.builder("zz", "Last").build())
        .commitment(Commitment.builder("ccb", "Again").build())
        .commitment(Commitment.builder("zz", "Last again").build())
        .commitment(Commitment.builder("ccb", "Third").build()));
    assertHasProblem(problems, EntityKind.COMMITMENT, "ccb", "id", "is used by 3");
    assertHasProblem(problems, EntityKind.COMMITMENT, "zz", "id", "is used by 2");
  }

  @Test
  void acceptsTheSameRoleForTwoDifferentSpans() {
    OutcomeModel m = valid()
        .role(RoleAssignment.of(CRA, Role.LEAD, DEV).during(D2026, D2026.plusDays(9)))
        .role(RoleAssignment.of(CRA, Role.LEAD, DEV).during(D2026.plusDays(10),
            D2026.plusDays(20)))
        .build();
    assertEquals(2, m.rolesHeldBy(CRA).stream().filter(r -> r.role().equals(Role.LEAD))
        .count());
  }

  // ------------------------------------------------------------- the report

  @Test
  void oneExceptionListsEveryProblem() {
    ModelValidationException e = assertThrows(ModelValidationException.class, () -> valid()
        .agency(agency("esdc"))
        .person(Person.of("bob", "Bob", "ghost"))
        .assign(CRA, Role.LEAD, CommitmentId.of("nope"))
        .measurement(IndicatorId.of("gone"), D2026, D2026, 1)
        .build());
    assertEquals(4, e.problems().size(), e::getMessage);
    assertHasProblem(e.problems(), EntityKind.AGENCY, "esdc", "id", "used by 2");
    assertHasProblem(e.problems(), EntityKind.PERSON, "bob", "agency", "ghost");
    assertHasProblem(e.problems(), EntityKind.ROLE_ASSIGNMENT, "nope/LEAD/cra", "target", "nope");
    assertHasProblem(e.problems(), EntityKind.MEASUREMENT, "gone", "indicator", "gone");
    assertTrue(e.getMessage().startsWith("the model has 4 problems:"), e.getMessage());
    assertTrue(e.getMessage().contains("person 'bob' field agency: refers to agency 'ghost'"),
        e.getMessage());
  }

  @Test
  void theMessageShowsFiftyProblemsAndCountsTheRest() {
    OutcomeModel.Builder b = valid();
    for (int i = 0; i < 53; i++) {
      b.person(Person.of("p" + i, "P", "ghost"));
    }
    ModelValidationException e = assertThrows(ModelValidationException.class, b::build);
    assertEquals(53, e.problems().size());
    assertTrue(e.getMessage().endsWith("... and 3 more"), e.getMessage());
  }

  @Test
  void theProblemsAreTheSameWhateverTheOrderOfAdding() {
    OutcomeModel.Builder one = valid().person(Person.of("b", "B", "x"))
        .person(Person.of("a", "A", "y"));
    OutcomeModel.Builder two = valid().person(Person.of("a", "A", "y"))
        .person(Person.of("b", "B", "x"));
    assertEquals(problems(one), problems(two));
  }

  @Test
  void removingAReferencedAgencyNamesEveryReferenceToIt() {
    List<Problem> problems = problems(valid().remove(CRA));
    assertHasProblem(problems, EntityKind.ROLE_ASSIGNMENT, "ccb/CONTRIBUTOR/cra", "party", "cra");
    assertHasProblem(problems, EntityKind.AGREEMENT, "dsa", "parties", "cra");
    assertHasProblem(problems, EntityKind.CONFLICT, "cf", "raisedBy", "cra");
    assertHasProblem(problems, EntityKind.CONFLICT, "cf", "parties", "cra");
    assertEquals(4, problems.size(), problems::toString);
  }

  @Test
  void removingAnUnreferencedEntityKeepsTheModelValid() {
    assertDoesNotThrow(() -> valid().remove(IndicatorId.of("share")).build());
  }
}
