package org.sharedoutcomes.core.protocol.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.CITY;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.CONFLICT;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.CRA;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.DIRECTOR;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.DU;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.ESDC;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.JUDGE;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.SETTING;
import static org.sharedoutcomes.core.protocol.conflict.Fixtures.day;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.protocol.Fraction;

class BuiltInConflictProtocolsTest {

  private static ConflictProcess allAgree(ConflictProcess p, double atDay, String proposal) {
    return p.apply(ConflictEvent.proposal(ESDC, day(atDay), proposal))
        .apply(ConflictEvent.stance(ESDC, day(atDay), Stance.AGREE, ""))
        .apply(ConflictEvent.stance(CRA, day(atDay), Stance.AGREE, ""))
        .apply(ConflictEvent.stance(CITY, day(atDay), Stance.AGREE, ""));
  }

  @Nested
  class NegotiateThenEscalateProtocol {
    private final ConflictProcess open = new NegotiateThenEscalate().open(SETTING);

    @Test
    void declaresNegotiationPlusEveryLevelAsItsMaximumDuration() {
      assertEquals(Duration.ofDays(80), new NegotiateThenEscalate().maximumDuration());
    }

    @Test
    void agreementOfEveryPartyDecidesDuringNegotiation() {
      ConflictProcess p = allAgree(open, 2, "joint counter")
          .apply(ConflictEvent.decision(CITY, day(3), "joint counter"));
      assertEquals(DecisionBasis.AGREEMENT, p.decision().orElseThrow().basis());
      assertEquals(0, p.state().escalationLevel());
    }

    @Test
    void rejectsARulingDuringNegotiation() {
      ConflictProcess p = Fixtures.heardAll(open, 1);
      RejectedEventException x = assertThrows(RejectedEventException.class,
          () -> p.apply(ConflictEvent.decision(DIRECTOR, day(2), "ESDC runs it")));
      assertTrue(x.getMessage().contains("escalate"), x.getMessage());
    }

    @Test
    void aPartyEscalatesAndTheDirectorsLevelRules() {
      ConflictProcess p = Fixtures.heardAll(open, 1)
          .apply(ConflictEvent.escalated(CRA, day(5), "stuck"));
      assertEquals("directors", p.state().stage());
      assertEquals(day(15), p.state().requireDeadline());
      p = p.apply(ConflictEvent.decision(DIRECTOR, day(6), "ESDC runs it"));
      assertEquals(Optional.of(DIRECTOR), p.decision().orElseThrow().decidedBy());
      assertTrue(ProtocolAudit.of(p).passed());
    }

    @Test
    void rejectsTheCentreRulingAtALevelBelowTheDeliveryUnit() {
      ConflictProcess p = Fixtures.heardAll(open, 1)
          .apply(ConflictEvent.escalated(CRA, day(5), "stuck"));
      RejectedEventException x = assertThrows(RejectedEventException.class,
          () -> p.apply(ConflictEvent.decision(DU, day(6), "ESDC runs it")));
      assertTrue(x.getMessage().contains("belongs to the centre"), x.getMessage());
    }

    @Test
    void deadlinesClimbTheLadderToTheDeliveryUnitWhichThenRules() {
      ConflictProcess p = open.apply(ConflictEvent.deadlinePassed(day(30)))
          .apply(ConflictEvent.deadlinePassed(day(40)))
          .apply(ConflictEvent.deadlinePassed(day(50)));
      assertEquals("delivery unit", p.state().stage());
      assertEquals(3, p.state().escalationLevel());
      p = p.apply(ConflictEvent.decision(DU, day(55), "joint counter"));
      assertEquals(DecisionBasis.RULING, p.decision().orElseThrow().basis());
      assertTrue(ProtocolAudit.of(p).passed());
    }

    @Test
    void theStatusQuoStandsWhenTheLastLevelRunsOutOfTime() {
      ConflictProcess p = open;
      for (double d : new double[] {30, 40, 50, 60, 80}) {
        p = p.apply(ConflictEvent.deadlinePassed(day(d)));
      }
      assertEquals(DecisionBasis.DEFAULT, p.decision().orElseThrow().basis());
      assertEquals(day(80), p.closedAt().orElseThrow());
    }
  }

  @Nested
  class MajorityVoteProtocol {
    @Test
    void weightedYesOutweighsTwoNosAndAdoptsWhenEveryoneHasVoted() {
      ConflictSetting s = SETTING.withWeights(Map.of(ESDC, Fraction.of(3)));
      ConflictProcess p = new MajorityVote().open(s)
          .apply(ConflictEvent.proposal(ESDC, day(1), "ESDC runs it"))
          .apply(ConflictEvent.stance(ESDC, day(1), Stance.AGREE, ""))
          .apply(ConflictEvent.stance(CRA, day(2), Stance.DISAGREE, ""))
          .apply(ConflictEvent.stance(CITY, day(2), Stance.BLOCK, "no"));
      Decision d = p.decision().orElseThrow();
      assertEquals(DecisionBasis.VOTE, d.basis());
      assertTrue(d.text().startsWith("adopted: ESDC runs it"), d.text());
      assertEquals(day(2), d.at());
    }

    @Test
    void statusQuoStandsWhenQuorumIsNotReachedAtClosing() {
      ConflictProcess p = new MajorityVote().open(SETTING)
          .apply(ConflictEvent.proposal(ESDC, day(1), "ESDC runs it"))
          .apply(ConflictEvent.stance(ESDC, day(1), Stance.AGREE, ""))
          .apply(ConflictEvent.deadlinePassed(day(14)));
      Decision d = p.decision().orElseThrow();
      assertEquals(DecisionBasis.DEFAULT, d.basis());
      assertTrue(d.text().contains("quorum"), d.text());
    }

    @Test
    void aTieGoesToTheArbiterUnderTheArbiterTieRule() {
      MajorityVote vote = new MajorityVote(Duration.ofDays(10), Fraction.of(1, 2),
          TieRule.ARBITER, Duration.ofDays(3));
      ConflictProcess p = vote.open(SETTING)
          .apply(ConflictEvent.proposal(ESDC, day(1), "ESDC runs it"))
          .apply(ConflictEvent.stance(ESDC, day(1), Stance.AGREE, ""))
          .apply(ConflictEvent.stance(CRA, day(2), Stance.DISAGREE, ""))
          .apply(ConflictEvent.stance(CITY, day(2), Stance.ABSTAIN, ""));
      assertEquals(MajorityVote.TIE_BREAK, p.state().stage());
      assertEquals(day(5), p.state().requireDeadline());
      p = p.apply(ConflictEvent.decision(JUDGE, day(4), "ESDC runs it"));
      assertEquals(Optional.of(JUDGE), p.decision().orElseThrow().decidedBy());
      assertEquals(Duration.ofDays(13), vote.maximumDuration());
    }

    @Test
    void rejectsASecondProposal() {
      ConflictProcess p = new MajorityVote().open(SETTING)
          .apply(ConflictEvent.proposal(ESDC, day(1), "ESDC runs it"));
      assertThrows(RejectedEventException.class,
          () -> p.apply(ConflictEvent.proposal(CRA, day(2), "CRA runs it")));
    }
  }

  @Nested
  class ConsensusProtocol {
    @Test
    void aBlockStopsTheDecisionAndTheMessageNamesTheBlocker() {
      ConflictProcess p = new Consensus().open(SETTING)
          .apply(ConflictEvent.proposal(ESDC, day(1), "joint counter"))
          .apply(ConflictEvent.stance(ESDC, day(1), Stance.AGREE, ""))
          .apply(ConflictEvent.stance(CRA, day(1), Stance.AGREE, ""))
          .apply(ConflictEvent.stance(CITY, day(1), Stance.BLOCK, "our staff"));
      RejectedEventException x = assertThrows(RejectedEventException.class,
          () -> p.apply(ConflictEvent.decision(ESDC, day(2), "joint counter")));
      assertTrue(x.getMessage().contains("[city] disagree or block"), x.getMessage());
      assertEquals(DecisionBasis.DEFAULT, p.apply(ConflictEvent.deadlinePassed(day(21)))
          .decision().orElseThrow().basis());
    }

    @Test
    void everyoneAgreeingDecides() {
      ConflictProcess p = allAgree(new Consensus().open(SETTING), 1, "joint counter")
          .apply(ConflictEvent.decision(CRA, day(2), "joint counter"));
      assertEquals(DecisionBasis.AGREEMENT, p.decision().orElseThrow().basis());
    }
  }

  @Nested
  class ConsentProtocol {
    private final ConflictProcess proposed = new Consent().open(SETTING)
        .apply(ConflictEvent.proposal(ESDC, day(1), "ESDC runs it"))
        .apply(ConflictEvent.objection(CITY, day(2), "city staff lose their jobs"));

    @Test
    void aStandingObjectionBlocksTheDecision() {
      assertThrows(RejectedEventException.class,
          () -> proposed.apply(ConflictEvent.decision(ESDC, day(3), "ESDC runs it")));
    }

    @Test
    void anAmendedProposalWithoutObjectionPassesAtTheDeadline() {
      ConflictProcess p = proposed
          .apply(ConflictEvent.proposal(ESDC, day(3), "ESDC runs it with city staff"))
          .apply(ConflictEvent.deadlinePassed(day(14)));
      Decision d = p.decision().orElseThrow();
      assertEquals(DecisionBasis.CONSENT, d.basis());
      assertEquals("ESDC runs it with city staff", d.text());
    }

    @Test
    void theProposerCannotObjectToItsOwnProposal() {
      assertThrows(RejectedEventException.class,
          () -> proposed.apply(ConflictEvent.objection(ESDC, day(3), "changed my mind")));
    }
  }

  @Nested
  class LeadDecidesProtocol {
    private final ConflictProcess decided = Fixtures.heardAll(new LeadDecides().open(SETTING), 1)
        .apply(ConflictEvent.decision(ESDC, day(2), "ESDC runs it"));

    @Test
    void theLeadsDecisionBecomesFinalWhenNobodyAppeals() {
      assertEquals(LeadDecides.APPEAL_WINDOW, decided.state().stage());
      ConflictProcess p = decided.apply(ConflictEvent.deadlinePassed(day(7)));
      Decision d = p.decision().orElseThrow();
      assertEquals(Optional.of(ESDC), d.decidedBy());
      assertEquals(day(7), d.at());
      assertTrue(ProtocolAudit.of(p).passed());
    }

    @Test
    void anotherPartyAppealsOnceAndTheArbiterDecides() {
      ConflictProcess p = decided.apply(ConflictEvent.escalated(CRA, day(3), "unfair"))
          .apply(ConflictEvent.decision(JUDGE, day(5), "joint counter"));
      assertEquals(Optional.of(JUDGE), p.decision().orElseThrow().decidedBy());
      assertEquals(1, p.state().escalationLevel());
    }

    @Test
    void theLeadCannotAppealItsOwnDecision() {
      RejectedEventException x = assertThrows(RejectedEventException.class,
          () -> decided.apply(ConflictEvent.escalated(ESDC, day(3), "")));
      assertTrue(x.getMessage().contains("cannot appeal its own decision"), x.getMessage());
    }

    @Test
    void onlyTheLeadDecides() {
      ConflictProcess heard = Fixtures.heardAll(new LeadDecides().open(SETTING), 1);
      assertThrows(RejectedEventException.class,
          () -> heard.apply(ConflictEvent.decision(CRA, day(2), "CRA runs it")));
    }

    @Test
    void refusesToStartWithoutAnArbiter() {
      IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
          () -> new LeadDecides().open(ConflictSetting.of(CONFLICT).withLead(ESDC)));
      assertTrue(x.getMessage().contains("arbiter"), x.getMessage());
    }
  }

  @Nested
  class ArbitrationProtocol {
    @Test
    void theArbiterRulesAfterHearingEveryParty() {
      ConflictProcess p = Fixtures.heardAll(new Arbitration().open(SETTING), 1)
          .apply(ConflictEvent.decision(JUDGE, day(3), "joint counter"));
      assertEquals(Optional.of(JUDGE), p.decision().orElseThrow().decidedBy());
      assertTrue(ProtocolAudit.of(p).passed());
    }

    @Test
    void refusesAnArbiterFromTheCentre() {
      IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
          () -> new Arbitration().open(SETTING.withArbiter(DU)));
      assertTrue(x.getMessage().contains("centre"), x.getMessage());
    }

    @Test
    void theStatusQuoStandsIfTheArbiterNeverRules() {
      ConflictProcess p = new Arbitration().open(SETTING)
          .apply(ConflictEvent.deadlinePassed(day(14)))
          .apply(ConflictEvent.deadlinePassed(day(28)));
      assertEquals(DecisionBasis.DEFAULT, p.decision().orElseThrow().basis());
      assertTrue(ProtocolAudit.of(p).passed());
    }
  }

  @Test
  void settingRejectsAnArbiterWhoIsAParty() {
    assertThrows(IllegalArgumentException.class, () -> SETTING.withArbiter(CRA));
  }

  @Test
  void settingRejectsALeadWhoIsNotAParty() {
    assertThrows(IllegalArgumentException.class,
        () -> ConflictSetting.of(CONFLICT).withCentre(Set.of(DU)).withLead(JUDGE));
  }
}
