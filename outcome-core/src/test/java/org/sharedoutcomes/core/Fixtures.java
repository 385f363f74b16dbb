package org.sharedoutcomes.core;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

/** A small valid model to start tests from, and assertions on validation problems. */
final class Fixtures {
  static final LocalDate D2026 = LocalDate.of(2026, 1, 1);
  static final AgencyId PMDU = AgencyId.of("pmdu");
  static final AgencyId ESDC = AgencyId.of("esdc");
  static final AgencyId CRA = AgencyId.of("cra");
  static final PersonId ANA = PersonId.of("ana");
  static final OutcomeId POVERTY = OutcomeId.of("poverty");
  static final OutcomeId INCOME = OutcomeId.of("income");
  static final CommitmentId CCB = CommitmentId.of("ccb");
  static final CommitmentId DEV = CommitmentId.of("dev");
  static final IndicatorId RATE = IndicatorId.of("rate");
  static final IndicatorId NUM = IndicatorId.of("num");
  static final IndicatorId DEN = IndicatorId.of("den");

  private Fixtures() {}

  /** A builder of a valid model with a few of everything. */
  static OutcomeModel.Builder valid() {
    return OutcomeModel.builder()
        .agency("pmdu", "Delivery Unit", AgencyKind.CENTRAL_AGENCY, GovernmentLevel.NATIONAL)
        .agency(Agency.of("esdc", "Employment", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
            .withParent(PMDU))
        .agency("cra", "Revenue", AgencyKind.CROWN_ENTITY, GovernmentLevel.NATIONAL)
        .person(Person.of("ana", "Ana", "esdc"))
        .outcome(Outcome.of("poverty", "Fewer children in poverty", OutcomeLevel.IMPACT))
        .outcome(Outcome.of("income", "Families have more income", OutcomeLevel.OUTCOME)
            .withParents(POVERTY))
        .commitment(Commitment.builder("ccb", "Canada Child Benefit").serves("income")
            .madeBy(ANA).madeOn(D2026).due(D2026.plusYears(1))
            .conflictProtocol("negotiate-then-escalate").build())
        .commitment(Commitment.builder("dev", "Delivery").dependsOn("ccb").build())
        .assign(ESDC, Role.ACCOUNTABLE, CCB)
        .assign(ANA, Role.LEAD, CCB)
        .assign(CRA, Role.CONTRIBUTOR, CCB)
        .assign(PMDU, Role.ACCOUNTABLE, DEV)
        .assign(ESDC, Role.CONSULTED, POVERTY)
        .indicator(Indicator.builder("rate", "Poverty rate").baseline(11, D2026)
            .target(Target.atMost(D2026.plusYears(4), 5)).dataOwner("esdc")
            .measures(CCB).measures(POVERTY).build())
        .indicator(Indicator.builder("num", "Poor children").build())
        .indicator(Indicator.builder("den", "Children").build())
        .indicator(Indicator.builder("share", "Share").ratio("num", "den").build())
        .measurement(Measurement.of(RATE, D2026, D2026.plusDays(30), 10.5).withReporter(ESDC))
        .assessment(DeliveryAssessment.of(CCB, D2026, Rating.AMBER, "slow").by(ANA))
        .intervention(Intervention.of(PMDU, ESDC, CCB, InterventionKind.SUPPORT, D2026, "help"))
        .agreement(DataSharingAgreement.of("dsa", java.util.Set.of(ESDC, CRA),
            java.util.Set.of(RATE)))
        .conflict(Conflict.of("cf", ConflictSubject.commitment(CCB), java.util.Set.of(ESDC, CRA),
            CRA, java.time.Instant.EPOCH, "who pays"));
  }

  /** The problems build() reports; fails if it builds. */
  static List<Problem> problems(OutcomeModel.Builder b) {
    return assertThrows(ModelValidationException.class, b::build).problems();
  }

  /** Asserts that a problem names the entity and field, and its message names the reference. */
  static void assertHasProblem(List<Problem> problems, EntityKind kind, String id, String field,
      String mentioned) {
    assertTrue(problems.stream().anyMatch(p -> p.kind() == kind && p.id().equals(
            java.util.Optional.of(id)) && p.field().equals(field)
            && p.message().contains(mentioned)),
        () -> "expected a problem with " + kind.label() + " '" + id + "' field " + field
            + " mentioning '" + mentioned + "', got " + problems);
  }
}
