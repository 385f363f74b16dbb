/**
 * Shared Outcomes benchmarks: the realistic model generator and the JMH benchmarks. Never
 * deployed; run on the class path (the uber-jar or {@code run.sh}), where this descriptor is
 * ignored. It is kept honest for the compiler: JMH's generated {@code *_jmh_generated} packages
 * are compiled into this module and need only {@code jmh.core}.
 */
module org.sharedoutcomes.benchmarks {
  requires transitive org.sharedoutcomes.core;
  requires org.sharedoutcomes.testkit;
  requires org.sharedoutcomes.json;
  requires org.sharedoutcomes.graph;
  requires jmh.core;
  requires java.management;
  requires jdk.management;
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;

  exports org.sharedoutcomes.benchmarks.scale;
  exports org.sharedoutcomes.benchmarks.jsonscale;
}
