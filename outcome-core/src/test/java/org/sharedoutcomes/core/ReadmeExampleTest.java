package org.sharedoutcomes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.check.AccountabilityCheck;
import org.sharedoutcomes.core.check.Finding;
import org.sharedoutcomes.core.check.FindingCode;

/** The example in the root README.md, kept compiling and true. */
class ReadmeExampleTest {
  @Test
  void readmeExampleBuildsAndReportsTheMissingConflictProtocol() {
    var model = OutcomeModel.builder()
        .agency("pmdu", "Delivery Unit", AgencyKind.CENTRAL_AGENCY, GovernmentLevel.NATIONAL)
        .agency("esdc", "Employment and Social Development", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
        .agency("cra", "Revenue Agency", AgencyKind.CROWN_ENTITY, GovernmentLevel.NATIONAL)
        .outcome(Outcome.of("poverty", "Fewer children live in poverty", OutcomeLevel.IMPACT))
        .commitment(Commitment.builder("ccb", "Canada Child Benefit").serves("poverty").build())
        .assign(AgencyId.of("esdc"), Role.ACCOUNTABLE, CommitmentId.of("ccb"))
        .assign(AgencyId.of("esdc"), Role.LEAD, CommitmentId.of("ccb"))
        .assign(AgencyId.of("cra"), Role.CONTRIBUTOR, CommitmentId.of("ccb"))
        .build();
    List<Finding> findings = AccountabilityCheck.of(model).findings();

    assertEquals(1, findings.size(), findings::toString);
    Finding f = findings.get(0);
    assertEquals(FindingCode.SHARED_WITHOUT_CONFLICT_PROTOCOL, f.code());
    assertTrue(f.toString().startsWith(
        "[SO-ACC-008 WARNING] commitment 'ccb' (\"Canada Child Benefit\") is shared by 2 agencies"),
        f.toString());
  }
}
