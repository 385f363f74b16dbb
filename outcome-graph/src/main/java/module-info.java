/** Shared Outcomes graph: accountability graphs and their analyses, on JGraphT. */
module org.sharedoutcomes.graph {
  requires transitive org.sharedoutcomes.core;
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires transitive org.jgrapht.core;
  requires org.jgrapht.io;

  exports org.sharedoutcomes.graph;
  exports org.sharedoutcomes.graph.centrality;
  exports org.sharedoutcomes.graph.delivery;
  exports org.sharedoutcomes.graph.export;
  exports org.sharedoutcomes.graph.governance;
  exports org.sharedoutcomes.graph.resilience;
}
