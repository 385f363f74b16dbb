package org.sharedoutcomes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sharedoutcomes.cli.report.GraphDiagram;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.progress.ProgressTracker;
import org.sharedoutcomes.cli.report.ReportBuilder;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.Edge;
import org.sharedoutcomes.graph.export.GraphExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code outcome export}: the accountability graph in another format. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes a model's accountability graph (agencies, persons, commitments,"
        + " outcomes and their relations) in a graph format:",
        "  dot      Graphviz",
        "  graphml  yEd, Gephi, Cytoscape",
        "  mermaid  a Mermaid flowchart (GitHub, GitLab, Notion)",
        "  csv      one edge a row: source, relation, target with their types and labels",
        "  json     nodes and edges with type, label and status, for a web viewer",
        "  svg      the drawing of the HTML report (laid out by Eclipse ELK)"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:the model cannot be read or the file cannot be written",
        "2:usage error"},
    footerHeading = "%nExamples:%n",
    footer = {"  java -jar outcome-cli.jar export my-model.json --format dot | dot -Tpng -o g.png",
        "  java -jar outcome-cli.jar export my-model.json --format csv --out edges.csv"})
final class ExportCommand implements Callable<Integer> {
  /** The formats. */
  enum Format { dot, graphml, mermaid, csv, json, svg }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ModelOptions model;

  @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
      description = "one of: ${COMPLETION-CANDIDATES}")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "the file to write (default: standard output)")
  @org.jspecify.annotations.Nullable Path out;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    OutcomeModel m = model.load(cl, false, Terminal.interactive()).model();
    AccountabilityGraph g = AccountabilityGraph.of(m);
    GraphExport export = GraphExport.of(g);
    String text = switch (format) {
      case dot -> export.toDot();
      case graphml -> export.toGraphMl();
      case mermaid -> export.toMermaid();
      case json -> export.toJson();
      case csv -> csv(g, export);
      case svg -> new GraphDiagram(g, ProgressTracker.of(m, ReportBuilder.latestData(m)))
          .toSvg();
    };
    if (out == null) {
      cl.getOut().print(text);
      cl.getOut().flush();
    } else {
      try {
        Files.writeString(out, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new OutcomeCli.CannotWriteException("cannot write " + out + ": " + e, e);
      }
    }
    return 0;
  }

  static String csv(AccountabilityGraph g, GraphExport export) {
    StringBuilder s = new StringBuilder("source,source_type,source_label,relation,target,"
        + "target_type,target_label\r\n");
    for (Edge e : g.graph().edgeSet()) {
      s.append(field(e.source().id().value())).append(',').append(e.source().type()).append(',')
          .append(field(export.labelOf(e.source()))).append(',').append(e.relation().label())
          .append(',').append(field(e.target().id().value())).append(',')
          .append(e.target().type()).append(',').append(field(export.labelOf(e.target())))
          .append("\r\n");
    }
    return s.toString();
  }

  /** An RFC 4180 field: quoted when it holds a comma, quote or line break. */
  static String field(String v) {
    return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
        ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
