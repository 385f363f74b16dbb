/** Shared Outcomes examples: runnable programs that show the library's public API. */
module org.sharedoutcomes.examples {
  requires org.sharedoutcomes.core;
  requires org.sharedoutcomes.json;
  requires org.sharedoutcomes.graph;
  requires org.sharedoutcomes.cli;
  requires org.sharedoutcomes.tabular;

}
