package org.sharedoutcomes.core.protocol.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.CITY;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.CRA;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.DU;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.ESDC;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.SETTING;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.day;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.ConflictSubject;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.protocol.ProtocolRegistry;

class AuditAndStatisticsTest {

  private static ConflictProcess arbitrated() {
    return Fixtures.heardAll(new Arbitration().open(SETTING), 1)
        .apply(ConflictEvent.decision(Fixtures.JUDGE, day(2), "ESDC runs it"));
  }

  /** Lets a party rule while running, then denies it: the audit reads the trail itself. */
  private static final class Fickle implements ConflictResolutionProtocol {
    final java.util.concurrent.atomic.AtomicBoolean appealable =
        new java.util.concurrent.atomic.AtomicBoolean(true);

    @Override
    public String id() {
      return "fickle";
    }

    @Override
    public Duration maximumDuration() {
      return Duration.ofDays(3);
    }

    @Override
    public boolean letsPartyRuleSubjectToAppeal() {
      return appealable.get();
    }

    @Override
    public ProcessState start(ConflictSetting setting) {
      return ProcessState.opened("only", setting.conflict().raisedAt().plus(Duration.ofDays(3)));
    }

    @Override
    public ProcessState apply(ConflictSetting setting, ProcessState state, ConflictEvent e) {
      if (e instanceof ConflictEvent.DecisionRecorded d) {
        return state.decided(Decision.ruling(d.decision(), d.by(), d.at(), "only"));
      }
      if (e instanceof ConflictEvent.PositionStated p) {
        return state.withPosition(p.party(), p.position());
      }
      return state.decided(Decision.statusQuo(state.requireDeadline(), "only"));
    }
  }

  @Test
  void auditOfAnOpenProcessIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> ProtocolAudit.of(new Consensus().open(SETTING)));
  }

  @Test
  void auditPassesForAnArbitrationAfterEveryPartyWasHeard() {
    ProtocolAudit a = ProtocolAudit.of(arbitrated());
    assertTrue(a.passed(), a::toString);
    assertTrue(a.holds(ProtocolAudit.Rule.CENTRE_ONLY_AFTER_ESCALATION));
  }

  @Test
  void auditFindsAPartyThatRuledOnItsOwnCaseWithoutAppeal() {
    Fickle fickle = new Fickle();
    ConflictProcess p = Fixtures.heardAll(fickle.open(SETTING), 1)
        .apply(ConflictEvent.decision(CRA, day(2), "CRA runs it"));
    fickle.appealable.set(false);
    ProtocolAudit a = ProtocolAudit.of(p);
    assertFalse(a.holds(ProtocolAudit.Rule.NO_PARTY_DECIDED_OWN_CASE));
    assertTrue(a.violations().get(ProtocolAudit.Rule.NO_PARTY_DECIDED_OWN_CASE).contains("'cra'"));
    assertTrue(a.holds(ProtocolAudit.Rule.EVERY_PARTY_HEARD));
  }

  @Test
  void statisticsCountTimeToResolutionCentreDecisionsAndEscalations() {
    ConflictProcess byCentre = new NegotiateThenEscalate().open(SETTING)
        .apply(ConflictEvent.deadlinePassed(day(30)))
        .apply(ConflictEvent.deadlinePassed(day(40)))
        .apply(ConflictEvent.deadlinePassed(day(50)))
        .apply(ConflictEvent.decision(DU, day(52), "joint counter"));
    ConflictProcess withdrawn = new Consensus().open(SETTING)
        .apply(ConflictEvent.withdrawn(CITY, day(4), "settled"));
    ConflictProcess agreed = new Consensus().open(SETTING)
        .apply(ConflictEvent.proposal(ESDC, day(1), "joint"))
        .apply(ConflictEvent.stance(ESDC, day(1), Stance.AGREE, ""))
        .apply(ConflictEvent.stance(CRA, day(1), Stance.AGREE, ""))
        .apply(ConflictEvent.stance(CITY, day(1), Stance.AGREE, ""))
        .apply(ConflictEvent.decision(CITY, day(10), "joint"));
    ConflictProcess open = new Consensus().open(SETTING);
    ConflictStatistics s = ConflictStatistics.of(List.of(byCentre, withdrawn, agreed, open));
    assertEquals(4, s.processes());
    assertEquals(2, s.decided());
    assertEquals(1, s.withdrawn());
    assertEquals(1, s.open());
    assertEquals(0.5, s.shareDecidedByCentre().getAsDouble());
    assertEquals(1.0 / 3, s.shareEscalated().getAsDouble(), 1e-12);
    assertEquals(Optional.of(Duration.ofDays(10)), s.medianTimeToResolution());
    assertEquals(Optional.of(Duration.ofDays(22)), s.meanTimeToResolution());
    assertEquals(Optional.of(Duration.ofDays(52)), s.maximumTimeToResolution());
  }

  @Test
  void settingFromAModelTakesTheLeadFromTheCommitmentAndTheArbiterFromAnAttribute() {
    OutcomeModel model = OutcomeModel.builder()
        .agency("esdc", "ESDC", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
        .agency("cra", "CRA", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
        .agency("pco", "Privy Council Office", AgencyKind.CENTRAL_AGENCY,
            GovernmentLevel.NATIONAL)
        .agency("judge", "Ombud", AgencyKind.CROWN_ENTITY, GovernmentLevel.NATIONAL)
        .commitment(Commitment.builder("birth", "Birth registration")
            .conflictProtocol("arbitration").build())
        .assign(ESDC, Role.LEAD, CommitmentId.of("birth"))
        .assign(CRA, Role.CONTRIBUTOR, CommitmentId.of("birth"))
        .build();
    Conflict c = Conflict.builder("c1", ConflictSubject.commitment(CommitmentId.of("birth")),
        CRA, Fixtures.T0).parties(ESDC, CRA).attribute("arbiter", "judge").build();
    ConflictSetting s = ConflictSetting.from(model, c);
    assertEquals(Optional.of(ESDC), s.lead());
    assertEquals(Optional.of(AgencyId.of("judge")), s.arbiter());
    assertTrue(s.isCentre(AgencyId.of("pco")));
    assertFalse(s.isCentre(ESDC));
    ConflictResolutionProtocol p = ProtocolRegistry.builtIns()
        .conflictFor(c, model.commitment(CommitmentId.of("birth"))).orElseThrow();
    assertEquals("arbitration", p.id());
  }

  @Test
  void builtInsAreFoundThroughServiceLoaderAndTheRegistryById() {
    ProtocolRegistry loaded = ProtocolRegistry.loaded();
    for (String id : List.of("negotiate-then-escalate", "majority-vote", "consensus", "consent",
        "lead-decides", "arbitration")) {
      assertEquals(id, ConflictResolutionProtocol.find(id).orElseThrow().id());
      assertEquals(id, loaded.requireConflict(id).id());
    }
  }

  @Test
  void registryRefusesASecondProtocolWithTheSameIdButReplacesOnRequest() {
    ProtocolRegistry r = ProtocolRegistry.builtIns();
    assertThrows(IllegalArgumentException.class, () -> r.with(new Consensus()));
    ProtocolRegistry quick = r.replacing(new Consensus(Duration.ofDays(2)));
    assertEquals(Duration.ofDays(2), quick.requireConflict("consensus").maximumDuration());
  }

  @Test
  void registryNamesTheKnownIdsWhenAnIdIsUnknown() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> ProtocolRegistry.builtIns().requireConflict("coin-toss"));
    assertTrue(x.getMessage().contains("consensus"), x.getMessage());
  }

  @Test
  void aShareOfNothingIsAbsentNotZero() {
    // only open processes: nothing decided, nothing closed, so neither share exists
    ConflictStatistics none = ConflictStatistics.of(List.of(new Consensus().open(SETTING)));
    assertTrue(none.shareDecidedByCentre().isEmpty());
    assertTrue(none.shareEscalated().isEmpty());
    // the neighbour: one withdrawn process is closed without escalation (0 of 1) but decided
    // by nobody, so the escalated share is 0 and the centre's share still absent
    ConflictStatistics withdrawn = ConflictStatistics.of(List.of(new Consensus().open(SETTING)
        .apply(ConflictEvent.withdrawn(CITY, day(4), "settled"))));
    assertEquals(0.0, withdrawn.shareEscalated().getAsDouble());
    assertTrue(withdrawn.shareDecidedByCentre().isEmpty());
  }
}
