package org.sharedoutcomes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.check.AccountabilityCheck;

/** The examples in outcome-core/README.md, kept compiling and true. */
class ModuleReadmeTest {
  @Test
  void theModelExampleBuildsAndAnswersItsLookUps() {
    CommitmentId ccb = CommitmentId.of("ccb");
    OutcomeModel model = OutcomeModel.builder()
        .agency("pmdu", "Delivery Unit", AgencyKind.CENTRAL_AGENCY, GovernmentLevel.NATIONAL)
        .agency("esdc", "Employment", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
        .agency("cra", "Revenue Agency", AgencyKind.CROWN_ENTITY, GovernmentLevel.NATIONAL)
        .outcome(Outcome.of("poverty", "Fewer children live in poverty", OutcomeLevel.IMPACT))
        .commitment(Commitment.builder("ccb", "Canada Child Benefit").serves("poverty")
            .due(LocalDate.of(2027, 3, 31)).conflictProtocol("negotiate-then-escalate").build())
        .assign(AgencyId.of("esdc"), Role.ACCOUNTABLE, ccb)
        .assign(AgencyId.of("cra"), Role.CONTRIBUTOR, ccb)
        .assign(AgencyId.of("pmdu"), Role.DELIVERY_UNIT, ccb)
        .indicator(Indicator.builder("rate", "Child poverty rate").unit("%")
            .direction(Direction.DESCENDING).baseline(11.0, LocalDate.of(2015, 1, 1))
            .target(Target.atMost(LocalDate.of(2030, 12, 31), 5.0)).dataOwner("esdc")
            .measures(ccb).build())
        .measurement(IndicatorId.of("rate"), LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31), 8.4)
        .build();

    assertEquals(List.of(Role.ACCOUNTABLE, Role.CONTRIBUTOR, Role.DELIVERY_UNIT),
        model.rolesOn(ccb).stream().map(RoleAssignment::role).toList());
    assertEquals(List.of(ccb), model.commitmentsOf(AgencyId.of("cra")).stream()
        .map(Commitment::id).toList());
    assertEquals(Set.of(AgencyId.of("pmdu")), model.centre());
    assertEquals(8.4, model.measurements(IndicatorId.of("rate")).value(0));
    assertEquals(List.of(), AccountabilityCheck.of(model).findings());
  }

  @Test
  void theValidationMessageExampleIsWhatBuildSays() {
    ModelValidationException e = assertThrows(ModelValidationException.class,
        () -> OutcomeModel.builder()
            .commitment(Commitment.builder("ccb", "C").dependsOn("dev").build())
            .commitment(Commitment.builder("dev", "D").dependsOn("ccb").build())
            .person(Person.of("bob", "Bob", "ghost"))
            .build());
    assertEquals("the model has 2 problems:\n"
        + "  - person 'bob' field agency: refers to agency 'ghost', which the model does not"
        + " have\n"
        + "  - commitment 'ccb' field dependsOn: is in a cycle of dependsOn: ccb -> dev -> ccb;"
        + " break the cycle", e.getMessage());
  }
}
