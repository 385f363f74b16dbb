/**
 * Shared Outcomes core: the immutable model of shared outcomes in the public sector, its
 * validation and accountability checks.
 *
 * <p>Start with {@link org.sharedoutcomes.core.OutcomeModel#builder()}.
 */
@SuppressWarnings("module") // the sibling modules named in "exports ... to" are built later
module org.sharedoutcomes.core {
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires com.google.common;

  exports org.sharedoutcomes.core;
  exports org.sharedoutcomes.core.check;
  exports org.sharedoutcomes.core.access;
  exports org.sharedoutcomes.core.progress;
  exports org.sharedoutcomes.core.protocol;
  exports org.sharedoutcomes.core.protocol.responsibility;
  exports org.sharedoutcomes.core.protocol.conflict;
  exports org.sharedoutcomes.core.internal to
      org.sharedoutcomes.json,
      org.sharedoutcomes.graph,
      org.sharedoutcomes.testkit;

  uses org.sharedoutcomes.core.protocol.responsibility.ResponsibilityProtocol;
  uses org.sharedoutcomes.core.protocol.conflict.ConflictResolutionProtocol;

  provides org.sharedoutcomes.core.protocol.responsibility.ResponsibilityProtocol with
      org.sharedoutcomes.core.protocol.responsibility.SingleAccountable,
      org.sharedoutcomes.core.protocol.responsibility.EqualShares,
      org.sharedoutcomes.core.protocol.responsibility.DeclaredShares,
      org.sharedoutcomes.core.protocol.responsibility.ShapleyShares;
  provides org.sharedoutcomes.core.protocol.conflict.ConflictResolutionProtocol with
      org.sharedoutcomes.core.protocol.conflict.NegotiateThenEscalate,
      org.sharedoutcomes.core.protocol.conflict.MajorityVote,
      org.sharedoutcomes.core.protocol.conflict.Consensus,
      org.sharedoutcomes.core.protocol.conflict.Consent,
      org.sharedoutcomes.core.protocol.conflict.LeadDecides,
      org.sharedoutcomes.core.protocol.conflict.Arbitration;
}
