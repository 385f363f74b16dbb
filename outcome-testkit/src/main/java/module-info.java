/**
 * Shared Outcomes test kit: seeded random model generators for property tests, and contract
 * tests that integrators extend to check their own protocols.
 */
module org.sharedoutcomes.testkit {
  requires transitive org.sharedoutcomes.core;
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires transitive org.junit.jupiter.api;
  requires transitive org.junit.jupiter.params;

  exports org.sharedoutcomes.testkit;
  exports org.sharedoutcomes.testkit.conventions;
  exports org.sharedoutcomes.testkit.protocol;
}
