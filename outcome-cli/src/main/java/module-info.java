/**
 * The {@code outcome} command: reports (Markdown and one self-contained HTML page), checks,
 * validates and exports a model in the sharedoutcomes/1 JSON format. Run it with
 * {@code java -jar outcome-cli.jar --help}; the entry point is
 * {@link org.sharedoutcomes.cli.OutcomeCli}.
 *
 * <p>The report's pieces ({@link org.sharedoutcomes.cli.report}) and the bundled sample models
 * ({@link org.sharedoutcomes.cli.sample}) are exported for programs that embed them.
 */
module org.sharedoutcomes.cli {
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires transitive org.sharedoutcomes.core;
  requires org.sharedoutcomes.json;
  requires org.sharedoutcomes.graph;
  requires org.sharedoutcomes.iati;
  requires org.sharedoutcomes.tabular;
  requires info.picocli;
  requires me.tongfei.progressbar;
  requires org.eclipse.elk.core;
  requires org.eclipse.elk.graph;
  requires org.eclipse.elk.alg.layered;
  requires org.eclipse.emf.common;
  requires org.eclipse.emf.ecore;

  exports org.sharedoutcomes.cli;
  exports org.sharedoutcomes.cli.report;
  exports org.sharedoutcomes.cli.sample;

  // picocli fills the commands' option fields by reflection
  opens org.sharedoutcomes.cli to info.picocli;
}
