package org.sharedoutcomes.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;

/** SO-ACC-002 looks at the spans of accountable roles: a handover is not shared accountability. */
class AccountableSpansTest {
  private static final AgencyId ESDC = AgencyId.of("esdc");
  private static final AgencyId CRA = AgencyId.of("cra");
  private static final CommitmentId C = CommitmentId.of("c");

  private static RoleAssignment accountable(AgencyId party, String from, String to) {
    RoleAssignment.Builder b = RoleAssignment.builder(party, Role.ACCOUNTABLE, C);
    if (!from.isEmpty()) {
      b.from(LocalDate.parse(from));
    }
    if (!to.isEmpty()) {
      b.to(LocalDate.parse(to));
    }
    return b.build();
  }

  private static List<Finding> several(RoleAssignment... roles) {
    OutcomeModel.Builder b = OutcomeModel.builder()
        .agency(Agency.of("esdc", "Employment", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL))
        .agency(Agency.of("cra", "Revenue", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL))
        .commitment(Commitment.builder("c", "Child benefit").conflictProtocol("mediation")
            .build());
    for (RoleAssignment r : roles) {
      b.role(r);
    }
    return AccountabilityCheck.of(b.build()).findings(FindingCode.SEVERAL_ACCOUNTABLE_PARTIES);
  }

  @Test
  void aHandoverFromOneAccountableAgencyToAnotherIsNotAFinding() {
    assertEquals(List.of(), several(
        accountable(ESDC, "", "2025-12-31"),
        accountable(CRA, "2026-01-01", "")));
  }

  @Test
  void accountableSpansSharingOneDayAreSeveralAccountableParties() {
    List<Finding> found = several(
        accountable(ESDC, "", "2026-01-01"),
        accountable(CRA, "2026-01-01", ""));
    assertEquals(1, found.size());
    assertEquals(List.<EntityId>of(C, CRA, ESDC), found.get(0).entities());
    assertEquals("commitment 'c' (\"Child benefit\") has 2 accountable parties (cra, esdc); exactly"
        + " one is required", found.get(0).message());
  }

  @Test
  void onlyThePartiesAccountableAtTheSameTimeAreNamed() {
    // esdc until 2024, then cra and a second esdc span overlap from 2026
    List<Finding> found = several(
        accountable(ESDC, "2020-01-01", "2024-12-31"),
        accountable(CRA, "2025-01-01", "2026-12-31"),
        accountable(ESDC, "2026-06-01", ""));
    assertEquals(1, found.size());
    assertEquals(List.<EntityId>of(C, CRA, ESDC), found.get(0).entities());
  }

  @Test
  void saysAtTheSameTimeWhenSomeAccountablePartiesDoNotOverlap() {
    OutcomeModel.Builder b = OutcomeModel.builder()
        .agency(Agency.of("esdc", "Employment", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL))
        .agency(Agency.of("cra", "Revenue", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL))
        .agency(Agency.of("hc", "Health", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL))
        .commitment(Commitment.builder("c", "Child benefit").conflictProtocol("mediation")
            .build())
        .role(accountable(AgencyId.of("hc"), "", "2019-12-31"))
        .role(accountable(ESDC, "2020-01-01", ""))
        .role(accountable(CRA, "2020-01-01", ""));
    List<Finding> found = AccountabilityCheck.of(b.build())
        .findings(FindingCode.SEVERAL_ACCOUNTABLE_PARTIES);
    assertEquals(1, found.size());
    assertEquals("commitment 'c' (\"Child benefit\") has 2 accountable parties (cra, esdc) at the"
        + " same time; exactly one is required", found.get(0).message());
  }
}
