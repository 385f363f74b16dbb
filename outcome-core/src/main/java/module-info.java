/**
 * Shared Outcomes core: the immutable model of shared outcomes in the public sector, its
 * validation and accountability checks.
 *
 * <p>Start with {@link org.sharedoutcomes.core.OutcomeModel#builder()}.
 */
module org.sharedoutcomes.core {
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires com.google.common;

  exports org.sharedoutcomes.core;
  exports org.sharedoutcomes.core.check;
  exports org.sharedoutcomes.core.access;
  exports org.sharedoutcomes.core.progress;
  exports org.sharedoutcomes.core.internal to
      org.sharedoutcomes.json,
      org.sharedoutcomes.graph,
      org.sharedoutcomes.testkit;
}
