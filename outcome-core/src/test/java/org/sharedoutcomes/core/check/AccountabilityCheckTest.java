package org.sharedoutcomes.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.CollaborationMode;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.Intervention;
import org.sharedoutcomes.core.InterventionKind;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TrajectoryPoint;

/** Every check code: the case that triggers it and the nearest case that does not. */
class AccountabilityCheckTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
  private static final AgencyId PMDU = AgencyId.of("pmdu");
  private static final AgencyId ESDC = AgencyId.of("esdc");
  private static final AgencyId CRA = AgencyId.of("cra");
  private static final CommitmentId C = CommitmentId.of("c");

  /** Three agencies and one commitment with one accountable department: no findings. */
  private static OutcomeModel.Builder base() {
    return base(Commitment.builder("c", "Child benefit").conflictProtocol("consent"))
        .assign(ESDC, Role.ACCOUNTABLE, C);
  }

  private static OutcomeModel.Builder base(Commitment.Builder c) {
    return OutcomeModel.builder()
        .agency("pmdu", "Delivery Unit", AgencyKind.CENTRAL_AGENCY, GovernmentLevel.NATIONAL)
        .agency("esdc", "Employment", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
        .agency("cra", "Revenue", AgencyKind.CROWN_ENTITY, GovernmentLevel.NATIONAL)
        .commitment(c.build());
  }

  private static List<Finding> findings(OutcomeModel.Builder b, FindingCode code) {
    return AccountabilityCheck.of(b.build()).findings(code);
  }

  private static List<EntityId> ids(EntityId... ids) {
    return Arrays.asList(ids);
  }

  @Test
  void theBaseModelHasNoFindings() {
    assertEquals(List.of(), AccountabilityCheck.of(base().build()).findings());
  }

  // SO-ACC-001
  @Test
  void reportsACommitmentWithNoAccountableParty() {
    List<Finding> f = findings(base(Commitment.builder("c", "Child benefit"))
        .assign(ESDC, Role.RESPONSIBLE, C), FindingCode.NO_ACCOUNTABLE_PARTY);
    assertEquals(1, f.size());
    assertEquals(ids(C), f.get(0).entities());
    assertEquals(Severity.ERROR, f.get(0).severity());
    assertEquals("[SO-ACC-001 ERROR] commitment 'c' (\"Child benefit\") has no accountable"
        + " party; exactly one is required", f.get(0).toString());
  }

  @Test
  void doesNotReportACommitmentWithOneAccountableParty() {
    assertEquals(List.of(), findings(base(), FindingCode.NO_ACCOUNTABLE_PARTY));
  }

  @Test
  void anAccountablePartyOnAnOutcomeDoesNotCountForACommitment() {
    OutcomeModel.Builder b = base(Commitment.builder("c", "C").serves("o"))
        .outcome(Outcome.of("o", "O", OutcomeLevel.OUTCOME))
        .assign(ESDC, Role.ACCOUNTABLE, OutcomeId.of("o"));
    assertEquals(1, findings(b, FindingCode.NO_ACCOUNTABLE_PARTY).size());
  }

  // SO-ACC-002
  @Test
  void reportsACommitmentWithTwoAccountableParties() {
    List<Finding> f = findings(base().assign(CRA, Role.ACCOUNTABLE, C),
        FindingCode.SEVERAL_ACCOUNTABLE_PARTIES);
    assertEquals(1, f.size());
    assertEquals(ids(C, CRA, ESDC), f.get(0).entities());
    assertTrue(f.get(0).message().endsWith("has 2 accountable parties (cra, esdc); exactly one"
        + " is required"), f.get(0).message());
  }

  @Test
  void doesNotReportOneAccountablePartyHoldingTheRoleForTwoSpans() {
    OutcomeModel.Builder b = base(Commitment.builder("c", "C").conflictProtocol("consent"))
        .role(RoleAssignment.of(ESDC, Role.ACCOUNTABLE, C).during(DAY, DAY.plusDays(9)))
        .role(RoleAssignment.of(ESDC, Role.ACCOUNTABLE, C).during(DAY.plusDays(10),
            DAY.plusDays(20)));
    assertEquals(List.of(), findings(b, FindingCode.SEVERAL_ACCOUNTABLE_PARTIES));
  }

  @Test
  void doesNotReportOneAccountableAndOneResponsibleParty() {
    assertEquals(List.of(), findings(base().assign(CRA, Role.RESPONSIBLE, C),
        FindingCode.SEVERAL_ACCOUNTABLE_PARTIES));
  }

  // SO-ACC-003
  @Test
  void reportsAnOutcomeNoCommitmentServes() {
    List<Finding> f = findings(base().outcome(Outcome.of("o", "Nobody's", OutcomeLevel.IMPACT)),
        FindingCode.UNSERVED_OUTCOME);
    assertEquals(1, f.size());
    assertEquals(ids(OutcomeId.of("o")), f.get(0).entities());
    assertEquals(Severity.WARNING, f.get(0).severity());
  }

  @Test
  void doesNotReportAnOutcomeServedThroughAChildOutcome() {
    OutcomeModel.Builder b = base(Commitment.builder("c", "C").serves("child")
        .conflictProtocol("consent"))
        .assign(ESDC, Role.ACCOUNTABLE, C)
        .outcome(Outcome.of("o", "Parent", OutcomeLevel.IMPACT))
        .outcome(Outcome.of("child", "Child", OutcomeLevel.OUTCOME)
            .withParents(OutcomeId.of("o")));
    assertEquals(List.of(), findings(b, FindingCode.UNSERVED_OUTCOME));
  }

  // SO-ACC-004, 005, 006
  private static Indicator.Builder complete() {
    return Indicator.builder("i", "I").baseline(1, DAY).target(Target.atLeast(DAY, 2))
        .dataOwner("esdc");
  }

  @Test
  void reportsAnIndicatorWithoutBaseline() {
    Indicator i = complete().build();
    // measures the commitment, so that it lacks its baseline and nothing else
    Indicator without = Indicator.builder("i", "I").target(Target.atLeast(DAY, 2))
        .dataOwner("esdc").measures(C).build();
    List<Finding> f = findings(base().indicator(without),
        FindingCode.INDICATOR_WITHOUT_BASELINE);
    assertEquals(1, f.size());
    assertEquals(ids(i.id()), f.get(0).entities());
    assertEquals(List.of(), AccountabilityCheck.of(base().indicator(without).build())
        .findings().stream().filter(x -> x.code() != FindingCode.INDICATOR_WITHOUT_BASELINE)
        .toList());
  }

  @Test
  void doesNotReportAnIndicatorWithABaseline() {
    assertEquals(List.of(), findings(base().indicator(complete().build()),
        FindingCode.INDICATOR_WITHOUT_BASELINE));
  }

  @Test
  void reportsAnIndicatorWithoutTarget() {
    Indicator i = Indicator.builder("i", "I").baseline(1, DAY).dataOwner("esdc").build();
    List<Finding> f = findings(base().indicator(i), FindingCode.INDICATOR_WITHOUT_TARGET);
    assertEquals(1, f.size());
    assertEquals(ids(i.id()), f.get(0).entities());
  }

  @Test
  void doesNotReportAnIndicatorWithOnlyAPlannedTrajectory() {
    Indicator i = Indicator.builder("i", "I").baseline(1, DAY).dataOwner("esdc")
        .plannedPoints(new TrajectoryPoint(DAY, 3)).build();
    assertEquals(List.of(), findings(base().indicator(i), FindingCode.INDICATOR_WITHOUT_TARGET));
  }

  @Test
  void reportsAnIndicatorWithoutDataOwner() {
    Indicator i = Indicator.builder("i", "I").baseline(1, DAY).target(Target.atLeast(DAY, 2))
        .build();
    List<Finding> f = findings(base().indicator(i), FindingCode.INDICATOR_WITHOUT_OWNER);
    assertEquals(1, f.size());
    assertEquals(ids(i.id()), f.get(0).entities());
  }

  @Test
  void doesNotReportAnIndicatorWithADataOwner() {
    assertEquals(List.of(), findings(base().indicator(complete().build()),
        FindingCode.INDICATOR_WITHOUT_OWNER));
  }

  // SO-ACC-007
  @Test
  void reportsALeadThatIsItsOwnSoleContributor() {
    List<Finding> f = findings(base().assign(ESDC, Role.LEAD, C)
        .assign(ESDC, Role.CONTRIBUTOR, C), FindingCode.LEAD_IS_SOLE_CONTRIBUTOR);
    assertEquals(1, f.size());
    assertEquals(ids(C, ESDC), f.get(0).entities());
  }

  @Test
  void reportsALeadWithNoContributorsAtAll() {
    assertEquals(1, findings(base().assign(ESDC, Role.LEAD, C),
        FindingCode.LEAD_IS_SOLE_CONTRIBUTOR).size());
  }

  @Test
  void doesNotReportALeadWithAnotherContributor() {
    assertEquals(List.of(), findings(base().assign(ESDC, Role.LEAD, C)
        .assign(CRA, Role.CONTRIBUTOR, C), FindingCode.LEAD_IS_SOLE_CONTRIBUTOR));
  }

  @Test
  void aConsultedPartyDoesNotCountAsAContributor() {
    assertEquals(1, findings(base().assign(ESDC, Role.LEAD, C)
        .assign(CRA, Role.CONSULTED, C), FindingCode.LEAD_IS_SOLE_CONTRIBUTOR).size());
  }

  // SO-ACC-008
  @Test
  void reportsASharedCommitmentWithoutConflictProtocol() {
    List<Finding> f = findings(base(Commitment.builder("c", "C"))
        .assign(ESDC, Role.ACCOUNTABLE, C).assign(CRA, Role.CONTRIBUTOR, C),
        FindingCode.SHARED_WITHOUT_CONFLICT_PROTOCOL);
    assertEquals(1, f.size());
    assertEquals(ids(C), f.get(0).entities());
    assertTrue(f.get(0).message().contains("is shared by 2 agencies (cra, esdc)"),
        f.get(0).message());
  }

  @Test
  void doesNotReportASharedCommitmentWithAConflictProtocol() {
    assertEquals(List.of(), findings(base().assign(CRA, Role.CONTRIBUTOR, C),
        FindingCode.SHARED_WITHOUT_CONFLICT_PROTOCOL));
  }

  @Test
  void doesNotReportACommitmentOfOneAgencyActingThroughTwoPeople() {
    OutcomeModel.Builder b = base(Commitment.builder("c", "C"))
        .person(Person.of("ana", "Ana", "esdc")).person(Person.of("bo", "Bo", "esdc"))
        .assign(PersonId.of("ana"), Role.ACCOUNTABLE, C)
        .assign(PersonId.of("bo"), Role.CONTRIBUTOR, C);
    assertEquals(List.of(), findings(b, FindingCode.SHARED_WITHOUT_CONFLICT_PROTOCOL));
  }

  // SO-ACC-009
  @Test
  void reportsACollaborationWithoutTheTrioOfRoles() {
    List<Finding> f = findings(base(Commitment.builder("c", "C").conflictProtocol("consent")
        .collaborationMode(CollaborationMode.COLLABORATION))
        .assign(ESDC, Role.ACCOUNTABLE, C).assign(ESDC, Role.PUBLIC_ENTREPRENEUR, C),
        FindingCode.COLLABORATION_WITHOUT_TRIO);
    assertEquals(1, f.size());
    assertEquals(Severity.INFO, f.get(0).severity());
    assertTrue(f.get(0).message().contains("without a guardian angel, fellow traveller;"),
        f.get(0).message());
  }

  @Test
  void doesNotReportACollaborationWithTheWholeTrio() {
    OutcomeModel.Builder b = base(Commitment.builder("c", "C").conflictProtocol("consent")
        .collaborationMode(CollaborationMode.INTEGRATION))
        .assign(ESDC, Role.ACCOUNTABLE, C).assign(ESDC, Role.PUBLIC_ENTREPRENEUR, C)
        .assign(PMDU, Role.GUARDIAN_ANGEL, C).assign(CRA, Role.FELLOW_TRAVELLER, C);
    assertEquals(List.of(), findings(b, FindingCode.COLLABORATION_WITHOUT_TRIO));
  }

  @Test
  void doesNotReportCooperationWithoutTheTrio() {
    OutcomeModel.Builder b = base(Commitment.builder("c", "C").conflictProtocol("consent")
        .collaborationMode(CollaborationMode.COOPERATION)).assign(ESDC, Role.ACCOUNTABLE, C);
    assertEquals(List.of(), findings(b, FindingCode.COLLABORATION_WITHOUT_TRIO));
  }

  // SO-ACC-010
  @Test
  void reportsTheCentreAccountableForADepartmentsCommitment() {
    List<Finding> f = findings(base(Commitment.builder("c", "C").conflictProtocol("consent"))
        .assign(PMDU, Role.ACCOUNTABLE, C).assign(ESDC, Role.RESPONSIBLE, C),
        FindingCode.CENTRE_ACCOUNTABLE);
    assertEquals(1, f.size());
    assertEquals(ids(C, PMDU), f.get(0).entities());
  }

  @Test
  void reportsADeliveryUnitHolderAccountableForADepartmentsCommitment() {
    OutcomeModel.Builder b = base(Commitment.builder("c", "C").conflictProtocol("consent"))
        .commitment(Commitment.builder("d", "D").build())
        .assign(CRA, Role.DELIVERY_UNIT, CommitmentId.of("d"))
        .assign(CRA, Role.ACCOUNTABLE, C).assign(ESDC, Role.RESPONSIBLE, C);
    assertEquals(ids(C, CRA), findings(b, FindingCode.CENTRE_ACCOUNTABLE).get(0).entities());
  }

  @Test
  void doesNotReportTheCentreAccountableForItsOwnCommitment() {
    assertEquals(List.of(), findings(base(Commitment.builder("c", "C"))
        .assign(PMDU, Role.ACCOUNTABLE, C), FindingCode.CENTRE_ACCOUNTABLE));
  }

  @Test
  void doesNotReportTheCentreAsDeliveryUnitBesideAnAccountableDepartment() {
    assertEquals(List.of(), findings(base().assign(PMDU, Role.DELIVERY_UNIT, C),
        FindingCode.CENTRE_ACCOUNTABLE));
  }

  // SO-ACC-011
  private static Intervention act(AgencyId from, InterventionKind kind, int day) {
    return Intervention.of(from, ESDC, C, kind, DAY.plusDays(day), "");
  }

  @Test
  void reportsDirectivesOutnumberingSupport() {
    List<Finding> f = findings(base().intervention(act(PMDU, InterventionKind.DIRECTIVE, 0))
        .intervention(act(PMDU, InterventionKind.DIRECTIVE, 1))
        .intervention(act(PMDU, InterventionKind.SUPPORT, 2)),
        FindingCode.DIRECTIVE_OVER_SUPPORT);
    assertEquals(1, f.size());
    assertEquals(ids(ESDC), f.get(0).entities());
    assertTrue(f.get(0).message().startsWith("the centre gave Employment ('esdc') 2 directives"
        + " and 1 offer of support"), f.get(0).message());
  }

  @Test
  void doesNotReportAsManySupportAsDirectives() {
    assertEquals(List.of(), findings(base().intervention(act(PMDU, InterventionKind.DIRECTIVE, 0))
        .intervention(act(PMDU, InterventionKind.SUPPORT, 1))
        .intervention(act(PMDU, InterventionKind.CHALLENGE, 2)),
        FindingCode.DIRECTIVE_OVER_SUPPORT));
  }

  @Test
  void doesNotCountDirectivesFromOutsideTheCentre() {
    assertEquals(List.of(), findings(base().intervention(act(CRA, InterventionKind.DIRECTIVE, 0)),
        FindingCode.DIRECTIVE_OVER_SUPPORT));
  }

  // ------------------------------------------------------------- the check itself

  @Test
  void listsErrorsFirstThenByCode() {
    OutcomeModel m = base(Commitment.builder("c", "C"))
        .commitment(Commitment.builder("b", "B").build())
        .assign(ESDC, Role.ACCOUNTABLE, C).assign(CRA, Role.CONTRIBUTOR, C)
        .outcome(Outcome.of("o", "O", OutcomeLevel.IMPACT)).build();
    List<FindingCode> codes = AccountabilityCheck.of(m).findings().stream()
        .map(Finding::code).toList();
    assertEquals(List.of(FindingCode.NO_ACCOUNTABLE_PARTY, FindingCode.UNSERVED_OUTCOME,
        FindingCode.SHARED_WITHOUT_CONFLICT_PROTOCOL), codes);
    assertTrue(AccountabilityCheck.of(m).hasErrors());
    assertFalse(AccountabilityCheck.of(base().build()).hasErrors());
  }

  @Test
  void runsOnlyTheCodesAskedFor() {
    OutcomeModel m = base(Commitment.builder("c", "C")).outcome(Outcome.of("o", "O",
        OutcomeLevel.IMPACT)).build();
    List<Finding> f = AccountabilityCheck.of(m, EnumSet.of(FindingCode.UNSERVED_OUTCOME))
        .findings();
    assertEquals(List.of(FindingCode.UNSERVED_OUTCOME), f.stream().map(Finding::code).toList());
    assertEquals(List.of(), AccountabilityCheck.of(m, EnumSet.noneOf(FindingCode.class))
        .findings());
  }

  @Test
  void computesTheFindingsOnce() {
    AccountabilityCheck check = AccountabilityCheck.of(base().build());
    assertSame(check.findings(), check.findings());
    assertThrows(UnsupportedOperationException.class, () -> check.findings().clear());
  }

  @Test
  void runsEveryCodeButTheExcludedOnes() {
    OutcomeModel m = base(Commitment.builder("c", "C")).outcome(Outcome.of("o", "O",
        OutcomeLevel.IMPACT)).build();
    AccountabilityCheck check = AccountabilityCheck.of(m)
        .excluding(EnumSet.of(FindingCode.NO_ACCOUNTABLE_PARTY));
    EnumSet<FindingCode> expected = EnumSet.allOf(FindingCode.class);
    expected.remove(FindingCode.NO_ACCOUNTABLE_PARTY);
    assertEquals(expected, check.codes());
    assertEquals(List.of(FindingCode.UNSERVED_OUTCOME), check.findings().stream()
        .map(Finding::code).toList());
    assertEquals(List.of(FindingCode.NO_ACCOUNTABLE_PARTY, FindingCode.UNSERVED_OUTCOME),
        AccountabilityCheck.of(m).findings().stream().map(Finding::code).toList());
  }

  @Test
  void excludingNarrowsAChosenSetAndIgnoresCodesItDoesNotRun() {
    AccountabilityCheck check = AccountabilityCheck.of(base().build(),
        EnumSet.of(FindingCode.UNSERVED_OUTCOME, FindingCode.CENTRE_ACCOUNTABLE))
        .excluding(EnumSet.of(FindingCode.CENTRE_ACCOUNTABLE, FindingCode.NO_ACCOUNTABLE_PARTY));
    assertEquals(EnumSet.of(FindingCode.UNSERVED_OUTCOME), check.codes());
  }

  @Test
  void excludingEveryCodeFindsNothing() {
    OutcomeModel m = base(Commitment.builder("c", "C")).build();
    assertEquals(List.of(), AccountabilityCheck.of(m)
        .excluding(EnumSet.allOf(FindingCode.class)).findings());
  }

  @Test
  void excludingLeavesTheOriginalCheckUnchanged() {
    AccountabilityCheck all = AccountabilityCheck.of(base().build());
    all.excluding(EnumSet.of(FindingCode.UNSERVED_OUTCOME));
    assertEquals(EnumSet.allOf(FindingCode.class), all.codes());
  }
}
