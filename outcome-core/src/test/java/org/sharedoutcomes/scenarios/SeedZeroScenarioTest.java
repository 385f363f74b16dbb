package org.sharedoutcomes.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.*;
import org.sharedoutcomes.core.check.AccountabilityCheck;

/** Seed 000 with the public API only: the centre, three departments, a shared commitment. */
class SeedZeroScenarioTest {
  @Test
  void theSeedZeroScenarioBuildsAndAsksForAConflictProtocol() {
    CommitmentId wait = CommitmentId.of("wait-times");
    OutcomeModel model = OutcomeModel.builder()
        .agency("pmdu", "Delivery Unit", AgencyKind.CENTRAL_AGENCY, GovernmentLevel.NATIONAL)
        .agency("health", "Health", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
        .agency("education", "Education", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
        .agency("justice", "Justice", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
        .outcome(Outcome.of("healthy-kids", "Children are healthier", OutcomeLevel.OUTCOME))
        .commitment(Commitment.builder("wait-times", "Halve child clinic waits")
            .serves("healthy-kids").due(LocalDate.of(2028, 12, 31)).build())
        .assign(AgencyId.of("health"), Role.ACCOUNTABLE, wait)
        .assign(AgencyId.of("health"), Role.LEAD, wait)
        .assign(AgencyId.of("education"), Role.CONTRIBUTOR, wait)
        .assign(AgencyId.of("pmdu"), Role.DELIVERY_UNIT, wait)
        .indicator(Indicator.builder("wait-days", "Median wait, days").unit("days")
            .direction(Direction.DESCENDING).baseline(84, LocalDate.of(2025, 1, 1))
            .target(Target.atMost(LocalDate.of(2028, 12, 31), 42)).dataOwner("health")
            .measures(wait).build())
        .build();
    List<String> codes = AccountabilityCheck.of(model).findings().stream()
        .map(f -> f.code().code()).toList();
    assertEquals(List.of("SO-ACC-008"), codes); // shared, but no conflict-resolution protocol
    assertEquals(List.of(AgencyId.of("pmdu")), List.copyOf(model.centre()));
    assertEquals(List.of(AgencyId.of("education"), AgencyId.of("health"), AgencyId.of("pmdu")),
        List.copyOf(model.agenciesOn(wait)));
    assertEquals(List.of(), model.commitmentsOf(AgencyId.of("justice")));
  }
}
