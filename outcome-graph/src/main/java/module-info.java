/** Shared Outcomes graph: accountability graphs and their analyses, on JGraphT. */
module org.sharedoutcomes.graph {
  requires transitive org.sharedoutcomes.core;
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires transitive org.jgrapht.core;
  requires org.jgrapht.io;

  exports org.sharedoutcomes.graph;
}
