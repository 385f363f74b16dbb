package org.sharedoutcomes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.sharedoutcomes.cli.report.HtmlWriter;
import org.sharedoutcomes.cli.report.MarkdownWriter;
import org.sharedoutcomes.cli.report.ReportBuilder;
import org.sharedoutcomes.cli.report.ReportDocument;
import org.sharedoutcomes.cli.report.ReportProgress;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.export.GraphExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code outcome report}: the Markdown and HTML report, the graph and the charts. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes the report on a model (with no MODEL, on the bundled sample):",
        "  report.html  one self-contained page: tables, charts and the graph drawing",
        "  report.md    the same sections in Markdown",
        "  accountability.svg, .dot, .mmd, .graphml  the accountability graph",
        "  charts/*.svg  one trajectory chart per indicator"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the report was written",
        "1:the model cannot be read or the files cannot be written", "2:usage error"},
    footerHeading = "%nExamples:%n",
    footer = {"  java -jar outcome-cli.jar report --out report-out",
        "  java -jar outcome-cli.jar report my-model.json --out my-report --as-of 2025-06-30",
        "  java -jar outcome-cli.jar report --sample joint-service"})
final class ReportCommand implements Callable<Integer> {
  /** The size (commitments plus indicators) from which a progress bar is shown. */
  static final int LARGE = 5000;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand
  OutcomeCli parent;

  @Mixin
  ModelOptions model;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "report-out",
      description = "the folder to write to (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "the date of the progress figures (default: the end of the latest"
          + " measured period)")
  @org.jspecify.annotations.Nullable LocalDate asOf;

  @Option(names = "--max-rows", paramLabel = "N", defaultValue = "50",
      description = "list at most N rows per table (default: ${DEFAULT-VALUE})")
  int maxRows;

  @Option(names = "--max-charts", paramLabel = "N", defaultValue = "1000",
      description = "draw at most N indicator charts (default: ${DEFAULT-VALUE})")
  int maxCharts;

  @Option(names = "--progress", negatable = true,
      description = "show a progress bar on standard error (default: on a terminal, for"
          + " a model of " + LARGE + " commitments and indicators or more)")
  @org.jspecify.annotations.Nullable Boolean progress;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    if (maxRows < 0 || maxCharts < 0) {
      throw new CommandLine.ParameterException(cl, "--max-rows and --max-charts must be"
          + " whole numbers >= 0");
    }
    boolean interactive = progress == null ? Terminal.interactive() : progress;
    ModelOptions.Loaded loaded = model.load(cl, true, interactive);
    OutcomeModel m = loaded.model();
    boolean bar = progress != null ? progress
        : interactive && m.commitments().size() + m.indicators().size() >= LARGE;
    List<String> files = new ArrayList<>(List.of(
        "report.html: this report as one web page (no network needed)",
        "report.md: this report in Markdown",
        "accountability.svg: the graph drawing",
        "accountability.dot: the graph for Graphviz (dot -Tsvg accountability.dot -o g.svg)",
        "accountability.mmd: the graph as a Mermaid flowchart",
        "accountability.graphml: the graph for yEd, Gephi or Cytoscape"));
    int charts = Math.min(maxCharts, m.indicators().size());
    files.add("charts/: " + charts + " trajectory chart" + (charts == 1 ? "" : "s")
        + (charts < m.indicators().size() ? " (of " + m.indicators().size()
            + " indicators; raise --max-charts for more)" : ""));
    ReportDocument doc;
    ProgressBar pb = bar ? new ProgressBarBuilder().setTaskName("report").setInitialMax(1)
        .setConsumer(Terminal.consumer(parent.err)).setUpdateIntervalMillis(200).build() : null;
    try {
      ReportProgress p = pb == null ? ReportProgress.NONE : (task, done, total) -> {
        pb.maxHint(total);
        pb.stepTo(done);
        pb.setExtraMessage(task);
      };
      ReportBuilder b = ReportBuilder.of(m, loaded.source()).maxRows(maxRows)
          .maxCharts(maxCharts).progress(p).files(files);
      if (asOf != null) {
        b.asOf(asOf);
      }
      doc = b.build();
    } finally {
      if (pb != null) {
        pb.close();
      }
    }
    write(doc, m);
    PrintWriter o = cl.getOut();
    o.println("Wrote " + out.resolve("report.html") + " and " + out.resolve("report.md"));
    o.println(doc.lead());
    o.flush();
    return 0;
  }

  private void write(ReportDocument doc, OutcomeModel m) {
    try {
      Files.createDirectories(out.resolve("charts"));
      Files.writeString(out.resolve("report.md"), MarkdownWriter.write(doc),
          StandardCharsets.UTF_8);
      Files.writeString(out.resolve("report.html"), HtmlWriter.write(doc),
          StandardCharsets.UTF_8);
      for (ReportDocument.Figure f : doc.figures()) {
        Files.writeString(out.resolve(f.file()), f.svg(), StandardCharsets.UTF_8);
      }
      GraphExport export = GraphExport.of(AccountabilityGraph.of(m));
      Files.writeString(out.resolve("accountability.dot"), export.toDot(),
          StandardCharsets.UTF_8);
      Files.writeString(out.resolve("accountability.mmd"), export.toMermaid(),
          StandardCharsets.UTF_8);
      Files.writeString(out.resolve("accountability.graphml"), export.toGraphMl(),
          StandardCharsets.UTF_8);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new OutcomeCli.CannotWriteException("cannot write to " + out + ": "
          + e.getMessage(), e);
    }
  }

}
