package org.sharedoutcomes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.Fixtures.CCB;
import static org.sharedoutcomes.core.Fixtures.CRA;
import static org.sharedoutcomes.core.Fixtures.D2026;
import static org.sharedoutcomes.core.Fixtures.ESDC;
import static org.sharedoutcomes.core.Fixtures.RATE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.check.AccountabilityCheck;
import org.sharedoutcomes.core.check.FindingCode;

/**
 * Every builder and factory method given null, a blank id or an out-of-range value throws
 * {@link NullPointerException} or {@link IllegalArgumentException} with a message naming the
 * field.
 */
class ArgumentCheckTest {
  private static final Class<NullPointerException> NPE = NullPointerException.class;
  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;

  private static Arguments c(Class<? extends RuntimeException> type, String field,
      Executable call) {
    return Arguments.of((type == NPE ? "null " : "bad ") + field, type, field, call);
  }

  static Stream<Arguments> ids() {
    return Stream.of(
        c(NPE, "agency id must not be null", () -> AgencyId.of(null)),
        c(IAE, "agency id must not be blank", () -> AgencyId.of(" ")),
        c(IAE, "agency id ' x' must not start or end with white space", () -> AgencyId.of(" x")),
        c(IAE, "agency id 'a\tb' contains a control character at index 1",
            () -> AgencyId.of("a\tb")),
        c(IAE, "is longer than 256 characters", () -> AgencyId.of("x".repeat(257))),
        c(NPE, "person id must not be null", () -> PersonId.of(null)),
        c(IAE, "person id must not be blank", () -> PersonId.of("")),
        c(NPE, "outcome id must not be null", () -> OutcomeId.of(null)),
        c(IAE, "outcome id must not be blank", () -> OutcomeId.of("\t")),
        c(NPE, "commitment id must not be null", () -> CommitmentId.of(null)),
        c(IAE, "commitment id must not be blank", () -> CommitmentId.of(" ")),
        c(NPE, "indicator id must not be null", () -> IndicatorId.of(null)),
        c(IAE, "indicator id must not be blank", () -> IndicatorId.of(" ")),
        c(NPE, "agreement id must not be null", () -> AgreementId.of(null)),
        c(IAE, "agreement id must not be blank", () -> AgreementId.of(" ")),
        c(NPE, "conflict id must not be null", () -> ConflictId.of(null)),
        c(IAE, "conflict id must not be blank", () -> ConflictId.of(" ")),
        c(NPE, "role id must not be null", () -> Role.of(null)),
        c(IAE, "role id 'sponsor' must be an upper-case word", () -> Role.of("sponsor")),
        c(IAE, "role id '" + "A".repeat(65) + "' must be", () -> Role.of("A".repeat(65))));
  }

  static Stream<Arguments> parties() {
    Agency a = Agency.of("a", "A", AgencyKind.NGO, GovernmentLevel.NON_GOVERNMENTAL);
    return Stream.of(
        c(NPE, "agency 'a' name must not be null",
            () -> Agency.of("a", null, AgencyKind.NGO, GovernmentLevel.LOCAL)),
        c(IAE, "agency 'a' name must not be blank",
            () -> Agency.of("a", " ", AgencyKind.NGO, GovernmentLevel.LOCAL)),
        c(NPE, "agency 'a' kind", () -> Agency.of("a", "A", null, GovernmentLevel.LOCAL)),
        c(NPE, "agency 'a' level", () -> Agency.of("a", "A", AgencyKind.NGO, null)),
        c(NPE, "agency 'a' jurisdiction", () -> a.withJurisdiction(null)),
        c(IAE, "agency 'a' jurisdiction must not be blank", () -> a.withJurisdiction(" ")),
        c(NPE, "agency 'a' parent", () -> a.withParent(null)),
        c(IAE, "agency 'a' parent must not be itself", () -> a.withParent(AgencyId.of("a"))),
        c(NPE, "agency 'a' attribute key", () -> a.withAttribute(null, "v")),
        c(IAE, "agency 'a' attribute key must not be blank", () -> a.withAttribute(" ", "v")),
        c(NPE, "agency 'a' attribute 'k'", () -> a.withAttribute("k", null)),
        c(NPE, "agency 'a' attributes", () -> new Agency(AgencyId.of("a"), "A", AgencyKind.NGO,
            GovernmentLevel.LOCAL, Optional.empty(), Optional.empty(), null)),
        c(NPE, "agency 'a' jurisdiction must not be null (use Optional.empty())",
            () -> new Agency(AgencyId.of("a"), "A", AgencyKind.NGO, GovernmentLevel.LOCAL,
                null, Optional.empty(), Map.of())),
        c(NPE, "person 'p' name", () -> Person.of("p", null, "a")),
        c(IAE, "person 'p' name must not be blank", () -> Person.of("p", "", "a")),
        c(NPE, "agency id must not be null", () -> Person.of("p", "P", null)),
        c(NPE, "person 'p' agency", () -> new Person(PersonId.of("p"), "P", null, Map.of())));
  }

  static Stream<Arguments> outcomesAndCommitments() {
    Outcome o = Outcome.of("o", "O", OutcomeLevel.OUTCOME);
    Commitment.Builder b = Commitment.builder("c", "C");
    return Stream.of(
        c(NPE, "outcome 'o' statement", () -> Outcome.of("o", null, OutcomeLevel.IMPACT)),
        c(IAE, "outcome 'o' statement must not be blank",
            () -> Outcome.of("o", " ", OutcomeLevel.IMPACT)),
        c(NPE, "outcome 'o' level", () -> Outcome.of("o", "O", null)),
        c(NPE, "outcome 'o' parents[0]", () -> o.withParents((OutcomeId) null)),
        c(IAE, "outcome 'o' parents must not contain itself",
            () -> o.withParents(OutcomeId.of("o"))),
        c(NPE, "outcome 'o' statement", () -> o.revise(null, D2026, "r")),
        c(NPE, "revision reason", () -> o.revise("new", D2026, null)),
        c(NPE, "revision statement", () -> new OutcomeRevision(null, D2026, "r")),
        c(NPE, "revision replacedOn", () -> o.revise("new", null, "r")),
        c(IAE, "revision reason must not be blank", () -> o.revise("new", D2026, " ")),
        c(NPE, "outcome 'o' attribute 'k'", () -> o.withAttribute("k", null)),
        c(NPE, "commitment id must not be null", () -> Commitment.builder((String) null, "C")),
        c(IAE, "commitment 'c' title must not be blank", () -> Commitment.builder("c", " ")),
        c(IAE, "commitment 'c' title must not be blank", () -> b.title("")),
        c(NPE, "commitment 'c' description", () -> b.description(null)),
        c(NPE, "commitment 'c' madeBy", () -> b.madeBy((PartyId) null)),
        c(NPE, "commitment 'c' madeOn", () -> b.madeOn((LocalDate) null)),
        c(NPE, "commitment 'c' due", () -> b.due((LocalDate) null)),
        c(NPE, "commitment 'c' outcomes[0]", () -> b.serves((String) null)),
        c(IAE, "commitment 'c' outcomes must not be blank", () -> b.serves(" ")),
        c(NPE, "commitment 'c' outcomes[0]", () -> b.serves((OutcomeId) null)),
        c(NPE, "commitment 'c' dependsOn[0]", () -> b.dependsOn((String) null)),
        c(NPE, "commitment 'c' dependsOn[0]", () -> b.dependsOn((CommitmentId) null)),
        c(IAE, "commitment 'c' dependsOn must not contain itself",
            () -> Commitment.builder("c", "C").dependsOn("c").build()),
        c(NPE, "commitment 'c' milestones[0]", () -> b.milestones((Milestone) null)),
        c(NPE, "commitment 'c' status", () -> b.status((CommitmentStatus) null)),
        c(NPE, "commitment 'c' priority", () -> b.priority((Priority) null)),
        c(NPE, "commitment 'c' collaborationMode", () -> b.collaborationMode((CollaborationMode) null)),
        c(NPE, "commitment 'c' phase", () -> b.phase((Phase) null)),
        c(IAE, "commitment 'c' responsibilityProtocol must not be blank",
            () -> b.responsibilityProtocol(" ")),
        c(NPE, "commitment 'c' conflictProtocol", () -> b.conflictProtocol((String) null)),
        c(IAE, "commitment 'c' attribute key must not be blank", () -> b.attribute(" ", "v")),
        c(NPE, "commitment 'c' attribute 'k'", () -> b.attribute("k", null)),
        c(NPE, "milestone name", () -> Milestone.due(null, D2026)),
        c(IAE, "milestone name must not be blank", () -> Milestone.due(" ", D2026)),
        c(NPE, "milestone 'm' due", () -> Milestone.due("m", null)),
        c(NPE, "milestone 'm' done", () -> Milestone.due("m", D2026).doneOn(null)));
  }

  static Stream<Arguments> roles() {
    RoleAssignment r = RoleAssignment.of(ESDC, Role.LEAD, CCB);
    return Stream.of(
        c(NPE, "role assignment party", () -> RoleAssignment.of(null, Role.LEAD, CCB)),
        c(NPE, "role assignment role", () -> RoleAssignment.of(ESDC, null, CCB)),
        c(NPE, "role assignment target", () -> RoleAssignment.of(ESDC, Role.LEAD, null)),
        c(NPE, "role LEAD of 'esdc' on 'ccb' from", () -> r.during(null, D2026)),
        c(NPE, "role LEAD of 'esdc' on 'ccb' to", () -> r.during(D2026, null)),
        c(IAE, "role LEAD of 'esdc' on 'ccb' ends (2025-12-31) before it starts (2026-01-01)",
            () -> r.during(D2026, D2026.minusDays(1))),
        c(IAE, "role LEAD of 'esdc' on 'ccb' attribute key must not be blank",
            () -> r.withAttribute("", "v")));
  }

  static Stream<Arguments> indicators() {
    Indicator.Builder b = Indicator.builder("i", "I");
    return Stream.of(
        c(NPE, "indicator id must not be null", () -> Indicator.builder((String) null, "I")),
        c(IAE, "indicator 'i' name must not be blank", () -> Indicator.builder("i", " ")),
        c(NPE, "indicator 'i' name", () -> b.name(null)),
        c(NPE, "indicator 'i' unit", () -> b.unit(null)),
        c(NPE, "indicator 'i' measureType", () -> b.measureType(null)),
        c(NPE, "indicator 'i' direction", () -> b.direction(null)),
        c(IAE, "indicator 'i' baseline value must be a finite number, was NaN",
            () -> b.baseline(Double.NaN, D2026)),
        c(IAE, "indicator 'i' baseline value must be a finite number, was Infinity",
            () -> b.baseline(Double.POSITIVE_INFINITY, D2026)),
        c(NPE, "indicator 'i' baseline date", () -> b.baseline(1, null)),
        c(NPE, "indicator 'i' targets[0]", () -> b.target((Target) null)),
        c(IAE, "indicator 'i' targets has two entries on 2026-01-01",
            () -> Indicator.builder("i", "I").target(Target.atLeast(D2026, 1),
                Target.atMost(D2026, 2)).build()),
        c(NPE, "indicator 'i' interpolation", () -> b.interpolation(null)),
        c(NPE, "indicator 'i' plannedPoints[0]", () -> b.plannedPoints((TrajectoryPoint) null)),
        c(IAE, "indicator 'i' plannedPoints has two entries on 2026-01-01",
            () -> Indicator.builder("i", "I").plannedPoints(new TrajectoryPoint(D2026, 1),
                new TrajectoryPoint(D2026, 2)).build()),
        c(NPE, "indicator 'i' timeAggregation", () -> b.timeAggregation(null)),
        c(NPE, "indicator 'i' regionAggregation", () -> b.regionAggregation((Aggregation) null)),
        c(NPE, "indicator 'i' ratio numerator", () -> b.ratio(null, "d")),
        c(IAE, "indicator 'i' ratio denominator must not be blank", () -> b.ratio("n", " ")),
        c(IAE, "indicator 'i' ratio must not refer to the indicator itself",
            () -> Indicator.builder("i", "I").ratio("i", "d").build()),
        c(IAE, "ratio numerator and denominator must differ, both are 'n'",
            () -> b.ratio("n", "n")),
        c(NPE, "indicator 'i' dataOwner", () -> b.dataOwner((String) null)),
        c(IAE, "indicator 'i' dataOwner must not be blank", () -> b.dataOwner("")),
        c(NPE, "indicator 'i' sensitivity", () -> b.sensitivity(null)),
        c(NPE, "indicator 'i' commitments[0]", () -> b.measures((CommitmentId) null)),
        c(NPE, "indicator 'i' outcomes[0]", () -> b.measures((OutcomeId) null)),
        c(NPE, "indicator 'i' attribute 'k'", () -> b.attribute("k", null)),
        c(NPE, "target date", () -> Target.exactly(null, 1)),
        c(IAE, "target low must be a finite number, was NaN",
            () -> Target.atLeast(D2026, Double.NaN)),
        c(IAE, "target low must be a finite number, was -Infinity",
            () -> Target.atMost(D2026, Double.NEGATIVE_INFINITY)),
        c(IAE, "target high must be a finite number, was NaN",
            () -> Target.between(D2026, 1, Double.NaN)),
        c(IAE, "target range on 2026-01-01 is empty: high 4.0 < low 5.0",
            () -> Target.between(D2026, 5, 4)),
        c(IAE, "target EXACT on 2026-01-01 has one value, but low 1.0 differs from high 2.0",
            () -> new Target(D2026, TargetKind.EXACT, 1, 2)),
        c(NPE, "target kind", () -> new Target(D2026, null, 1, 1)),
        c(NPE, "trajectory point date", () -> new TrajectoryPoint(null, 1)),
        c(IAE, "trajectory point value must be a finite number, was NaN",
            () -> new TrajectoryPoint(D2026, Double.NaN)),
        c(IAE, "trajectory point value must be a finite number, was Infinity",
            () -> new TrajectoryPoint(D2026, Double.POSITIVE_INFINITY)),
        c(IAE, "baseline value must be a finite number, was NaN",
            () -> new Baseline(Double.NaN, D2026)),
        c(NPE, "baseline date", () -> new Baseline(1, null)),
        c(NPE, "ratio numerator", () -> new Ratio(null, RATE)),
        c(NPE, "ratio denominator", () -> new Ratio(RATE, null)));
  }

  static Stream<Arguments> measurements() {
    Measurement m = Measurement.of(RATE, D2026, D2026, 1);
    String where = "measurement of 'rate' for period starting 2026-01-01 ";
    return Stream.of(
        c(NPE, "measurement indicator", () -> Measurement.of(null, D2026, D2026, 1)),
        c(NPE, "measurement of 'rate' periodStart", () -> Measurement.of(RATE, null, D2026, 1)),
        c(NPE, where + "periodEnd", () -> Measurement.of(RATE, D2026, null, 1)),
        c(IAE, where + "ends (2025-12-31) before it starts (2026-01-01)",
            () -> Measurement.of(RATE, D2026, D2026.minusDays(1), 1)),
        c(IAE, where + "value must be a finite number, was NaN",
            () -> Measurement.of(RATE, D2026, D2026, Double.NaN)),
        c(IAE, where + "value must be a finite number, was Infinity",
            () -> Measurement.of(RATE, D2026, D2026, Double.POSITIVE_INFINITY)),
        c(IAE, where + "value must be a finite number, was -Infinity",
            () -> Measurement.of(RATE, D2026, D2026, Double.NEGATIVE_INFINITY)),
        c(NPE, where + "reportedBy", () -> m.withReporter(null)),
        c(NPE, where + "reportedAt", () -> m.withReportedAt(null)),
        c(IAE, where + "dimension key must not be blank", () -> m.withDimension(" ", "v")),
        c(NPE, where + "dimension 'region'", () -> m.withDimension("region", null)),
        c(NPE, where + "status", () -> m.withStatus(null)),
        c(NPE, "measurement series indicator", () -> MeasurementSeries.builder(null)),
        c(IAE, "measurement of 'num' cannot be added to the series of 'rate'",
            () -> MeasurementSeries.builder(RATE).add(Measurement.of(IndicatorId.of("num"),
                D2026, D2026, 1))),
        c(IAE, "measurement of 'rate' for period starting 2026-01-01 ends (2025-12-31)",
            () -> MeasurementSeries.builder(RATE).add(D2026, D2026.minusDays(1), 1)),
        c(IAE, where + "value must be a finite number, was NaN",
            () -> MeasurementSeries.builder(RATE).add(D2026, D2026, Double.NaN)),
        c(NPE, "measurements", () -> MeasurementSeries.of(RATE, null)));
  }

  static Stream<Arguments> otherRecords() {
    return Stream.of(
        c(NPE, "assessment commitment", () -> DeliveryAssessment.of(null, D2026, Rating.RED, "")),
        c(NPE, "assessment of 'ccb' date", () -> DeliveryAssessment.of(CCB, null, Rating.RED, "")),
        c(NPE, "assessment of 'ccb' rating", () -> DeliveryAssessment.of(CCB, D2026, null, "")),
        c(NPE, "assessment of 'ccb' rationale",
            () -> DeliveryAssessment.of(CCB, D2026, Rating.RED, null)),
        c(NPE, "assessment of 'ccb' assessor",
            () -> DeliveryAssessment.of(CCB, D2026, Rating.RED, "").by(null)),
        c(NPE, "intervention from", () -> Intervention.of(null, ESDC, CCB,
            InterventionKind.SUPPORT, D2026, "")),
        c(NPE, "intervention to", () -> Intervention.of(ESDC, null, CCB,
            InterventionKind.SUPPORT, D2026, "")),
        c(NPE, "intervention commitment", () -> Intervention.of(CRA, ESDC, null,
            InterventionKind.SUPPORT, D2026, "")),
        c(NPE, "intervention from 'cra' to 'esdc' kind", () -> Intervention.of(CRA, ESDC, CCB,
            null, D2026, "")),
        c(NPE, "intervention from 'cra' to 'esdc' date", () -> Intervention.of(CRA, ESDC, CCB,
            InterventionKind.SUPPORT, null, "")),
        c(NPE, "intervention from 'cra' to 'esdc' note", () -> Intervention.of(CRA, ESDC, CCB,
            InterventionKind.SUPPORT, D2026, null)),
        c(IAE, "intervention from 'esdc' to 'esdc' must be between two different agencies",
            () -> Intervention.of(ESDC, ESDC, CCB, InterventionKind.SUPPORT, D2026, "")),
        c(NPE, "agreement id must not be null",
            () -> DataSharingAgreement.of(null, Set.of(ESDC, CRA), Set.of(RATE))),
        c(NPE, "agreement 'd' parties", () -> DataSharingAgreement.of("d", null, Set.of(RATE))),
        c(IAE, "agreement 'd' parties must name at least two agencies, has 1",
            () -> DataSharingAgreement.of("d", Set.of(ESDC), Set.of(RATE))),
        c(IAE, "agreement 'd' indicators must name at least one indicator",
            () -> DataSharingAgreement.of("d", Set.of(ESDC, CRA), Set.of())),
        c(IAE, "agreement 'd' ends (2025-12-31) before it starts (2026-01-01)",
            () -> DataSharingAgreement.builder("d").parties(ESDC, CRA).indicators(RATE)
                .from(D2026).to(D2026.minusDays(1)).build()),
        c(NPE, "conflict id must not be null", () -> Conflict.of(null,
            ConflictSubject.commitment(CCB), Set.of(ESDC, CRA), ESDC, Instant.EPOCH, "")),
        c(NPE, "conflict 'x' subject", () -> Conflict.of("x", null, Set.of(ESDC, CRA), ESDC,
            Instant.EPOCH, "")),
        c(NPE, "conflict 'x' parties", () -> Conflict.of("x", ConflictSubject.commitment(CCB),
            null, ESDC, Instant.EPOCH, "")),
        c(IAE, "conflict 'x' parties must name at least two parties, has 1",
            () -> Conflict.of("x", ConflictSubject.commitment(CCB), Set.of(ESDC), ESDC,
                Instant.EPOCH, "")),
        c(NPE, "conflict 'x' raisedBy", () -> Conflict.of("x", ConflictSubject.commitment(CCB),
            Set.of(ESDC, CRA), null, Instant.EPOCH, "")),
        c(NPE, "conflict 'x' raisedAt", () -> Conflict.of("x", ConflictSubject.commitment(CCB),
            Set.of(ESDC, CRA), ESDC, null, "")),
        c(NPE, "conflict 'x' description", () -> Conflict.of("x",
            ConflictSubject.commitment(CCB), Set.of(ESDC, CRA), ESDC, Instant.EPOCH, null)),
        c(IAE, "conflict 'x' protocol must not be blank", () -> Conflict.of("x",
            ConflictSubject.commitment(CCB), Set.of(ESDC, CRA), ESDC, Instant.EPOCH, "")
            .withProtocol(" ")),
        c(NPE, "conflict subject kind", () -> new ConflictSubject(null, "x")),
        c(IAE, "conflict subject reference must not be blank",
            () -> new ConflictSubject(SubjectKind.RESOURCE, " ")),
        c(IAE, "conflict subject reference ' ccb' must not start or end with white space",
            () -> new ConflictSubject(SubjectKind.COMMITMENT, " ccb")),
        c(NPE, "conflict subject commitment", () -> ConflictSubject.commitment(null)),
        c(NPE, "conflict subject indicator", () -> ConflictSubject.indicator(null)));
  }

  static Stream<Arguments> modelBuilder() {
    OutcomeModel.Builder b = OutcomeModel.builder();
    return Stream.of(
        c(NPE, "agency must not be null", () -> b.agency(null)),
        c(NPE, "agency id must not be null",
            () -> b.agency(null, "A", AgencyKind.NGO, GovernmentLevel.LOCAL)),
        c(NPE, "person must not be null", () -> b.person(null)),
        c(NPE, "outcome must not be null", () -> b.outcome(null)),
        c(NPE, "commitment must not be null", () -> b.commitment(null)),
        c(NPE, "role assignment must not be null", () -> b.role(null)),
        c(NPE, "role assignment party", () -> b.assign(null, Role.LEAD, CCB)),
        c(NPE, "indicator must not be null", () -> b.indicator(null)),
        c(NPE, "measurement must not be null", () -> b.measurement(null)),
        c(NPE, "measurement indicator", () -> b.measurement(null, D2026, D2026, 1)),
        c(NPE, "measurement of 'rate' periodStart", () -> b.measurement(RATE, null, D2026, 1)),
        c(NPE, "measurement of 'rate' periodEnd", () -> b.measurement(RATE, D2026, null, 1)),
        c(IAE, "value must be a finite number, was NaN",
            () -> b.measurement(RATE, D2026, D2026, Double.NaN)),
        c(IAE, "ends (2025-12-31) before it starts (2026-01-01)",
            () -> b.measurement(RATE, D2026, D2026.minusDays(1), 1)),
        c(NPE, "measurements must not be null", () -> b.measurements((List<Measurement>) null)),
        c(NPE, "measurement series must not be null",
            () -> b.measurements((MeasurementSeries) null)),
        c(NPE, "assessment must not be null", () -> b.assessment(null)),
        c(NPE, "intervention must not be null", () -> b.intervention(null)),
        c(NPE, "agreement must not be null", () -> b.agreement(null)),
        c(NPE, "conflict must not be null", () -> b.conflict(null)),
        c(NPE, "id must not be null", () -> b.remove(null)),
        c(NPE, "role assignment must not be null", () -> b.removeRole(null)),
        c(NPE, "commitment must not be null", () -> b.replace((Commitment) null)),
        c(NPE, "outcome must not be null", () -> b.replace((Outcome) null)),
        c(NPE, "indicator must not be null", () -> b.replace((Indicator) null)),
        c(NPE, "agency must not be null", () -> b.replace((Agency) null)),
        c(NPE, "model must not be null", () -> AccountabilityCheck.of(null)),
        c(NPE, "codes must not be null",
            () -> AccountabilityCheck.of(OutcomeModel.empty(), null)),
        c(IAE, "no accountability check has code 'SO-ACC-999'",
            () -> FindingCode.ofCode("SO-ACC-999")),
        c(IAE, "the model has no indicator 'rate'",
            () -> OutcomeModel.empty().measurements(RATE)),
        c(IAE, "the model has no person 'ana'",
            () -> OutcomeModel.empty().agencyOf(PersonId.of("ana"))),
        c(NPE, "target must not be null", () -> OutcomeModel.empty().rolesOn(null)));
  }

  static Stream<Arguments> all() {
    return Stream.of(ids(), parties(), outcomesAndCommitments(), roles(), indicators(),
        measurements(), otherRecords(), modelBuilder()).flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void throwsTheRightExceptionWithAMessageNamingTheField(String name,
      Class<? extends RuntimeException> type, String message, Executable call) {
    RuntimeException e = assertThrows(RuntimeException.class, call);
    assertEquals(type, e.getClass() == ModelValidationException.class ? IAE : e.getClass(),
        () -> "wrong exception: " + e);
    assertTrue(e.getMessage() != null && e.getMessage().contains(message),
        () -> "expected the message to contain \"" + message + "\", was \"" + e.getMessage()
            + "\"");
  }
}
