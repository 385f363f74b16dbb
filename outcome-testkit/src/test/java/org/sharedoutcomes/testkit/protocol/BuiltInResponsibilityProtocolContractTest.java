package org.sharedoutcomes.testkit.protocol;

import org.junit.jupiter.api.Nested;
import org.sharedoutcomes.core.protocol.responsibility.DeclaredShares;
import org.sharedoutcomes.core.protocol.responsibility.EqualShares;
import org.sharedoutcomes.core.protocol.responsibility.ResponsibilityProtocol;
import org.sharedoutcomes.core.protocol.responsibility.ShapleyShares;
import org.sharedoutcomes.core.protocol.responsibility.SingleAccountable;

/** Every built-in responsibility protocol passes the contract kit. */
class BuiltInResponsibilityProtocolContractTest {

  @Nested
  class SingleAccountableContract extends ResponsibilityProtocolContract {
    @Override
    protected ResponsibilityProtocol protocol() {
      return new SingleAccountable();
    }
  }

  @Nested
  class EqualSharesContract extends ResponsibilityProtocolContract {
    @Override
    protected ResponsibilityProtocol protocol() {
      return new EqualShares();
    }
  }

  @Nested
  class DeclaredSharesContract extends ResponsibilityProtocolContract {
    @Override
    protected ResponsibilityProtocol protocol() {
      return new DeclaredShares();
    }
  }

  @Nested
  class ShapleySharesContract extends ResponsibilityProtocolContract {
    @Override
    protected ResponsibilityProtocol protocol() {
      // exact up to 10 parties (20 would enumerate a million coalitions per request), sampled
      // beyond; ShapleyValueTest covers the exact computation itself
      return new ShapleyShares(10, 2_000, ShapleyShares.DEFAULT_SEED);
    }
  }

  @Nested
  class SampledShapleySharesContract extends ResponsibilityProtocolContract {
    @Override
    protected ResponsibilityProtocol protocol() {
      return new ShapleyShares(4, 500, 7L);
    }
  }
}
