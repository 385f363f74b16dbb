package org.sharedoutcomes.testkit.protocol;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.protocol.Fraction;
import org.sharedoutcomes.core.protocol.conflict.Arbitration;
import org.sharedoutcomes.core.protocol.conflict.ConflictResolutionProtocol;
import org.sharedoutcomes.core.protocol.conflict.ConflictSetting;
import org.sharedoutcomes.core.protocol.conflict.Consensus;
import org.sharedoutcomes.core.protocol.conflict.Consent;
import org.sharedoutcomes.core.protocol.conflict.LeadDecides;
import org.sharedoutcomes.core.protocol.conflict.MajorityVote;
import org.sharedoutcomes.core.protocol.conflict.NegotiateThenEscalate;
import org.sharedoutcomes.core.protocol.conflict.TieRule;

/** Every built-in conflict-resolution protocol passes the contract kit. */
class BuiltInConflictProtocolContractTest {

  @Nested
  class NegotiateThenEscalateContract extends ConflictResolutionProtocolContract {
    @Override
    protected ConflictResolutionProtocol protocol() {
      return new NegotiateThenEscalate();
    }
  }

  @Nested
  class MajorityVoteContract extends ConflictResolutionProtocolContract {
    @Override
    protected ConflictResolutionProtocol protocol() {
      return new MajorityVote();
    }
  }

  @Nested
  class WeightedMajorityVoteWithArbiterTieBreakContract
      extends ConflictResolutionProtocolContract {
    @Override
    protected ConflictResolutionProtocol protocol() {
      return new MajorityVote(Duration.ofDays(10), Fraction.of(2, 3), TieRule.ARBITER,
          Duration.ofDays(3));
    }

    @Override
    protected ConflictSetting setting(Conflict conflict) {
      ConflictSetting s = super.setting(conflict);
      java.util.Map<PartyId, Fraction> w = new java.util.HashMap<>();
      int i = 1;
      for (PartyId p : conflict.parties()) {
        w.put(p, Fraction.of(i++ % 3 + 1));
      }
      return s.withWeights(w);
    }
  }

  @Nested
  class ConsensusContract extends ConflictResolutionProtocolContract {
    @Override
    protected ConflictResolutionProtocol protocol() {
      return new Consensus();
    }
  }

  @Nested
  class ConsentContract extends ConflictResolutionProtocolContract {
    @Override
    protected ConflictResolutionProtocol protocol() {
      return new Consent();
    }
  }

  @Nested
  class LeadDecidesContract extends ConflictResolutionProtocolContract {
    @Override
    protected ConflictResolutionProtocol protocol() {
      return new LeadDecides();
    }
  }

  @Nested
  class ArbitrationContract extends ConflictResolutionProtocolContract {
    @Override
    protected ConflictResolutionProtocol protocol() {
      return new Arbitration();
    }
  }
}
