package org.sharedoutcomes.examples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.check.AccountabilityCheck;
import org.sharedoutcomes.core.check.Finding;
import org.sharedoutcomes.core.check.FindingCode;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.check.Severity;
import org.sharedoutcomes.core.progress.CommitmentProgress;
import org.sharedoutcomes.core.progress.IndicatorProgress;
import org.sharedoutcomes.core.progress.ProgressStatus;
import org.sharedoutcomes.core.progress.ProgressTracker;
import org.sharedoutcomes.core.progress.Stocktake;
import org.sharedoutcomes.core.progress.StocktakeEntry;
import org.sharedoutcomes.core.protocol.Fraction;
import org.sharedoutcomes.core.protocol.ProtocolRegistry;
import org.sharedoutcomes.core.protocol.responsibility.CreditReport;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.centrality.DegreeCentralization;
import org.sharedoutcomes.graph.export.GraphExport;
import org.sharedoutcomes.graph.governance.CentrePeriod;
import org.sharedoutcomes.graph.governance.CentreShare;
import org.sharedoutcomes.graph.governance.GovernanceClassification;
import org.sharedoutcomes.json.OutcomeFormatException;
import org.sharedoutcomes.json.OutcomeJson;
import org.sharedoutcomes.examples.report.TrajectoryChart;

/**
 * The report program: reads a model (a JSON file, or with no argument the bundled delivery-unit
 * sample) and writes a readable report. Markdown goes to standard output (accountability
 * checks, commitments, progress, stocktake, centralization, credit); the accountability
 * graph (DOT and Mermaid) and one SVG chart per indicator (trajectory against actuals) go to
 * an output folder.
 *
 * <pre>
 * usage: Report [model.json] [--out DIR] [--sample NAME] [--max-charts N] [--max-rows N]
 *               [--as-of DATE] [--verbose]
 *   model.json      a model in the sharedoutcomes/1 JSON format
 *   --out DIR       where to write the graph and the charts (default ./report-out)
 *   --sample NAME   a bundled sample instead of a file: delivery-unit (default),
 *                   joint-service or better-connected
 *   --max-charts N  draw at most N indicator charts (default 1000)
 *   --max-rows N    list at most N rows per table (default 50)
 *   --as-of DATE    the date of the progress figures (default: the end of the latest
 *                   measured period)
 *   --verbose       report progress on standard error even for a small model
 * </pre>
 *
 * <p>On a large model (at least {@value #LARGE} commitments and indicators together) it
 * reports progress on standard error as it goes.
 */
public final class Report {
  /** The size (commitments plus indicators) from which progress is reported. */
  public static final int LARGE = 5000;

  /** The size of a model file, in bytes, from which reading it is announced. */
  static final long LARGE_FILE = 5_000_000;

  private final OutcomeModel model;
  private final String source;
  private final Options options;
  private final PrintStream out;
  private final Progress progress;
  private final LocalDate asOf;

  private Report(OutcomeModel model, String source, Options options, PrintStream out,
      PrintStream err) {
    this.model = model;
    this.source = source;
    this.options = options;
    this.out = out;
    this.progress = new Progress(err, options.verbose()
        || model.commitments().size() + model.indicators().size() >= LARGE);
    this.asOf = options.asOf().orElseGet(() -> latestData(model));
  }

  /** The end of the latest measured period, or today if nothing was measured. */
  static LocalDate latestData(OutcomeModel model) {
    LocalDate latest = null;
    for (Indicator i : model.indicators()) {
      MeasurementSeries s = model.measurements(i.id());
      for (int k = 0; k < s.size(); k++) {
        LocalDate end = s.periodEnd(k);
        latest = latest == null || end.isAfter(latest) ? end : latest;
      }
    }
    return latest == null ? LocalDate.now(java.time.ZoneOffset.UTC) : latest;
  }

  /**
   * Runs the report from the command line.
   *
   * @param args the arguments, see the class comment
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the report.
   *
   * @param args the arguments, see the class comment
   * @param out where the Markdown goes
   * @param err where progress and errors go
   * @return the exit code: 0 on success, 2 for a usage error, 1 if the model cannot be read
   *     or the files cannot be written
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("report: " + e.getMessage());
      err.println(Options.USAGE);
      return 2;
    }
    OutcomeModel model;
    String source;
    try {
      if (options.file().isPresent()) {
        Path file = options.file().get();
        source = file.toString();
        long started = System.nanoTime();
        boolean large = Files.isRegularFile(file) && Files.size(file) >= LARGE_FILE;
        if (large || options.verbose()) {
          err.println("report: reading " + file + " (" + Files.size(file) / 1_000_000
              + " MB)");
        }
        model = ModelFiles.read(file);
        if (large || options.verbose()) {
          err.printf(Locale.ROOT, "report: read in %.1fs%n", (System.nanoTime() - started) / 1e9);
        }
      } else {
        source = "the bundled sample '" + options.sample() + "'";
        model = Samples.byName(options.sample());
      }
    } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
      err.println("report: cannot read the model: " + e.getMessage());
      return 1;
    }
    return report(model, source, options, out, err);
  }

  /**
   * Reports on a model already in memory.
   *
   * @param model the model
   * @param source where the model came from, for the report's first line
   * @param options the options
   * @param out where the Markdown goes
   * @param err where progress and errors go
   * @return the exit code: 0 on success, 1 if the files cannot be written
   */
  static int report(OutcomeModel model, String source, Options options, PrintStream out,
      PrintStream err) {
    Path markdown = options.outDir().resolve("report.md");
    try {
      Files.createDirectories(options.outDir());
      // The Markdown goes to standard output and, unchanged, to report.md in the folder.
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(markdown));
          PrintStream both = new PrintStream(new Tee(out, file), false, StandardCharsets.UTF_8)) {
        new Report(model, source, options, both, err).write();
        both.flush();
      }
      return 0;
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      err.println("report: cannot write to " + options.outDir() + ": " + cause);
      return 1;
    }
  }

  /** Writes everything to two streams. */
  private static final class Tee extends OutputStream {
    private final OutputStream first;
    private final OutputStream second;

    Tee(OutputStream first, OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws IOException {
      first.write(b);
      second.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      first.write(b, off, len);
      second.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      first.flush();
      second.flush();
    }

    @Override
    public void close() throws IOException {
      second.close();   // the first is the caller's: leave it open
    }
  }

  private void write() {
    progress.step("model: " + model);
    out.println("# Shared outcomes report");
    out.println();
    out.println("Model: " + source + ". Progress as of " + asOf + ".");
    out.println();
    summary();
    checks();
    progress.step("progress as of " + asOf);
    ProgressTracker tracker = ProgressTracker.of(model, asOf);
    commitments(tracker);
    indicators(tracker);
    stocktake(tracker);
    progress.step("accountability graph");
    AccountabilityGraph graph = AccountabilityGraph.of(model);
    centralization(graph);
    credit();
    files(graph);
    progress.step("done");
  }

  // ------------------------------------------------------------------ sections

  private void summary() {
    out.println("| agencies | persons | outcomes | commitments | roles | indicators"
        + " | measurements | interventions | conflicts |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    out.println("| " + model.agencies().size() + " | " + model.persons().size() + " | "
        + model.outcomes().size() + " | " + model.commitments().size() + " | "
        + model.roles().size() + " | " + model.indicators().size() + " | "
        + model.measurementCount() + " | " + model.interventions().size() + " | "
        + model.conflicts().size() + " |");
    out.println();
  }

  private void checks() {
    progress.step("accountability checks");
    List<Finding> findings = AccountabilityCheck.of(model).findings();
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    for (Finding f : findings) {
      bySeverity.merge(f.severity(), 1, Integer::sum);
    }
    out.println("## Accountability checks");
    out.println();
    out.println(findings.size() + " finding" + (findings.size() == 1 ? "" : "s") + ": "
        + bySeverity.getOrDefault(Severity.ERROR, 0) + " errors, "
        + bySeverity.getOrDefault(Severity.WARNING, 0) + " warnings, "
        + bySeverity.getOrDefault(Severity.INFO, 0) + " for information.");
    out.println();
    if (findings.size() > options.maxRows()) {
      // Many findings: first how many of each kind, then the first few.
      Map<FindingCode, Integer> byCode = new EnumMap<>(FindingCode.class);
      for (Finding f : findings) {
        byCode.merge(f.code(), 1, Integer::sum);
      }
      out.println("| code | severity | check | findings |");
      out.println("|---|---|---|---:|");
      byCode.forEach((code, n) -> out.println("| " + code.code() + " | " + code.severity()
          + " | " + label(code.name()) + " | " + n + " |"));
      out.println();
    }
    if (!findings.isEmpty()) {
      out.println("| code | severity | finding |");
      out.println("|---|---|---|");
      int shown = 0;
      for (Finding f : findings) {
        if (shown++ == options.maxRows()) {
          break;
        }
        out.println("| " + f.code().code() + " | " + f.severity() + " | " + cell(f.message())
            + " |");
      }
      more(findings.size());
    }
  }

  private void commitments(ProgressTracker tracker) {
    out.println("## Commitments");
    out.println();
    out.println("Derived status and likelihood of delivery from the indicators and milestones,"
        + " beside the latest human assessment.");
    out.println();
    out.println("| commitment | accountable | status | likelihood | assessment | |");
    out.println("|---|---|---|---|---|---|");
    int shown = 0;
    for (Commitment c : model.commitments()) {
      if (shown++ == options.maxRows()) {
        break;
      }
      String accountable = String.join(", ", model.partiesWith(Role.ACCOUNTABLE, c.id())
          .stream().map(PartyId::value).toList());
      CommitmentProgress p = tracker.commitment(c.id());
      out.println("| " + cell(c.id().value()) + ": " + cell(c.title()) + " | "
          + (accountable.isEmpty() ? "**nobody**" : cell(accountable)) + " | "
          + label(p.status().name()) + " | " + label(p.likelihood().name()) + " | "
          + p.assessment().map(a -> label(a.rating().name()) + " (" + a.date() + ")")
              .orElse("none") + " | " + (p.disagreement() ? "disagree" : "") + " |");
    }
    more(model.commitments().size());
  }

  private void indicators(ProgressTracker tracker) {
    progress.step("indicators");
    out.println("## Progress");
    out.println();
    out.println("Each indicator against its trajectory: the actual value, the value the"
        + " trajectory expects, and the variance relative to it.");
    out.println();
    out.println("| indicator | status | actual | expected | variance | final target | chart |");
    out.println("|---|---|---:|---:|---:|---|---|");
    int shown = 0;
    int charted = 0;
    for (Indicator i : model.indicators()) {
      if (shown++ == options.maxRows()) {
        break;
      }
      IndicatorProgress p = tracker.indicator(i.id());
      String target = i.finalTarget().map(t -> label(t.kind().name()) + " "
          + number(t.reference()) + " by " + t.date()).orElse("none");
      out.println("| " + cell(i.id().value()) + ": " + cell(i.name()) + " | "
          + label(p.status().name()) + " | " + optional(p.actual()) + " | "
          + optional(p.expected()) + " | " + (p.relativeVariance().isPresent()
              ? String.format(Locale.ROOT, "%+.1f%%", p.relativeVariance().getAsDouble() * 100)
              : "") + " | " + target + " | " + (charted++ < options.maxCharts()
              ? "[svg](charts/" + fileName(i.id().value()) + ".svg)" : "") + " |");
    }
    more(model.indicators().size());
  }

  private void stocktake(ProgressTracker tracker) {
    progress.step("stocktake");
    out.println("## Stocktake");
    out.println();
    out.println("| agency | accountable for | achieved | on track | at risk | off track | no data"
        + " | can we help? |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---|");
    int shown = 0;
    int agencies = 0;
    for (Agency a : model.agencies()) {
      Stocktake st = Stocktake.of(tracker, a.id());
      if (st.entries().isEmpty()) {
        continue;
      }
      agencies++;
      if (shown++ >= options.maxRows()) {
        continue;
      }
      Map<ProgressStatus, Integer> n = new EnumMap<>(ProgressStatus.class);
      for (StocktakeEntry e : st.entries()) {
        n.merge(e.progress().status(), 1, Integer::sum);
      }
      List<String> help = st.canWeHelp().stream().map(c -> c.value()).toList();
      out.println("| " + cell(a.name()) + " | " + st.entries().size() + " | "
          + n.getOrDefault(ProgressStatus.ACHIEVED, 0) + " | "
          + n.getOrDefault(ProgressStatus.ON_TRACK, 0) + " | "
          + n.getOrDefault(ProgressStatus.AT_RISK, 0) + " | "
          + n.getOrDefault(ProgressStatus.OFF_TRACK, 0) + " | "
          + n.getOrDefault(ProgressStatus.NO_DATA, 0) + " | "
          + cell(help.size() > 5 ? String.join(", ", help.subList(0, 5)) + " and "
              + (help.size() - 5) + " more" : String.join(", ", help)) + " |");
    }
    more(agencies);
  }

  private void centralization(AccountabilityGraph graph) {
    progress.step("centralization");
    out.println("## Centralization");
    out.println();
    DegreeCentralization<AgencyId> collaboration =
        new DegreeCentralization<>(graph.collaboration());
    DegreeCentralization<AgencyId> reporting = new DegreeCentralization<>(graph.reporting());
    CentreShare share = new CentreShare(graph, 6);
    GovernanceClassification form = new GovernanceClassification(graph);
    out.println("| measure | value |");
    out.println("|---|---:|");
    out.println("| Freeman degree centralization, collaboration network | "
        + String.format(Locale.ROOT, "%.3f", collaboration.all()) + " |");
    out.println("| Freeman in-degree centralization, reporting network | "
        + String.format(Locale.ROOT, "%.3f", reporting.in()) + " |");
    out.println("| the centre's share of edges | "
        + String.format(Locale.ROOT, "%.3f", share.edgeShare()) + " |");
    out.println("| the centre's share of interventions | "
        + String.format(Locale.ROOT, "%.3f", share.interventionShare()) + " |");
    out.println("| directive share of the centre's interventions | "
        + share.directiveShare().map(d -> String.format(Locale.ROOT, "%.3f", d)).orElse("n/a")
        + " |");
    out.println();
    out.println("Governance form: **" + label(form.form().name()) + "**"
        + form.governor().map(g -> " (" + g + ")").orElse("") + ".");
    for (String e : form.evidence()) {
      out.println("- " + cell(e));
    }
    collaboration.reason().ifPresent(r -> out.println("- " + cell(r)));
    share.reason().ifPresent(r -> out.println("- " + cell(r)));
    out.println();
    List<CentrePeriod> periods = share.periods().stream()
        .filter(p -> p.centreInterventions() > 0).toList();
    if (!periods.isEmpty()) {
      out.println("| half-year | interventions | directive | supportive | directive share |");
      out.println("|---|---:|---:|---:|---:|");
      for (CentrePeriod p : periods) {
        out.println("| " + p.start() + " to " + p.end() + " | " + p.centreInterventions()
            + " | " + p.directive() + " | " + p.supportive() + " | "
            + p.directiveShare().map(d -> String.format(Locale.ROOT, "%.0f%%", d * 100))
                .orElse("n/a") + " |");
      }
      out.println();
    }
  }

  private void credit() {
    progress.step("credit");
    ProtocolRegistry registry = ProtocolRegistry.loaded();
    CreditReport report = CreditReport.forModel(model, registry,
        registry.requireResponsibility("single-accountable"));
    out.println("## Credit");
    out.println();
    out.println("Credit per agency, each commitment allocated by the protocol it names"
        + " (single-accountable where it names none). The credits add up to the "
        + report.total() + " commitments allocated; nothing is counted twice.");
    out.println();
    out.println("| agency | credit | share |");
    out.println("|---|---:|---:|");
    List<Map.Entry<AgencyId, Fraction>> credits = report.credits().entrySet().stream()
        .sorted(Map.Entry.<AgencyId, Fraction>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .toList();
    int shown = 0;
    for (Map.Entry<AgencyId, Fraction> e : credits) {
      if (shown++ == options.maxRows()) {
        break;
      }
      out.println("| " + cell(model.agency(e.getKey()).map(Agency::name)
          .orElse(e.getKey().value())) + " | " + String.format(Locale.ROOT, "%.3f",
              e.getValue().doubleValue()) + " | " + (report.total().signum() == 0 ? ""
              : String.format(Locale.ROOT, "%.1f%%",
                  e.getValue().dividedBy(report.total()).doubleValue() * 100)) + " |");
    }
    more(credits.size());
    if (!report.unallocated().isEmpty()) {
      out.println(report.unallocated().size() + " commitment"
          + (report.unallocated().size() == 1 ? " was" : "s were") + " not allocated:");
      out.println();
      int listed = 0;
      for (Map.Entry<CommitmentId, String> e : report.unallocated().entrySet()) {
        if (listed++ == options.maxRows()) {
          break;
        }
        out.println("- " + cell(e.getValue()));
      }
      more(report.unallocated().size());
    }
  }

  private static String optional(OptionalDouble v) {
    return v.isPresent() ? number(Math.round(v.getAsDouble() * 1000) / 1000.0) : "";
  }

  private void files(AccountabilityGraph graph) {
    Path dir = options.outDir();
    Path charts = dir.resolve("charts");
    progress.step("writing the graph and charts to " + dir);
    try {
      Files.createDirectories(charts);
      GraphExport export = GraphExport.of(graph);
      Files.writeString(dir.resolve("accountability.dot"), export.toDot(),
          StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("accountability.mmd"), export.toMermaid(),
          StandardCharsets.UTF_8);
      int total = Math.min(options.maxCharts(), model.indicators().size());
      int done = 0;
      for (Indicator i : model.indicators()) {
        if (done == total) {
          break;
        }
        String svg = new TrajectoryChart(i, model.measurements(i.id())).toSvg();
        Files.writeString(charts.resolve(fileName(i.id().value()) + ".svg"), svg,
            StandardCharsets.UTF_8);
        progress.count("charts", ++done, total);
      }
      out.println("## Files");
      out.println();
      out.println("- `" + dir.resolve("report.md") + "`: this report");
      out.println("- `" + dir.resolve("accountability.dot") + "`: the accountability graph"
          + " (Graphviz: `dot -Tsvg accountability.dot -o graph.svg`)");
      out.println("- `" + dir.resolve("accountability.mmd") + "`: the same as a Mermaid"
          + " flowchart");
      out.println("- `" + charts + "/`: " + done + " trajectory chart" + (done == 1 ? "" : "s")
          + (done < model.indicators().size() ? " (of " + model.indicators().size()
              + " indicators; raise --max-charts for more)" : ""));
      out.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ helpers

  private void more(int total) {
    if (total > options.maxRows()) {
      out.println();
      out.println("... and " + (total - options.maxRows()) + " more (raise --max-rows to"
          + " list them).");
    }
    out.println();
  }

  /** A file name safe on every platform for an id. */
  static String fileName(String id) {
    StringBuilder s = new StringBuilder();
    for (char ch : id.toCharArray()) {
      s.append(Character.isLetterOrDigit(ch) && ch < 128 || ch == '-' || ch == '_' || ch == '.'
          ? ch : '_');
    }
    if (!s.toString().equals(id)) {
      s.append('-').append(Integer.toHexString(id.hashCode()));
    }
    return s.toString();
  }

  static String number(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9 && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    String s = String.format(Locale.ROOT, "%.4f", v);
    return s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  static String label(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  /** The parsed command line. */
  record Options(Optional<Path> file, Path outDir, String sample, int maxCharts, int maxRows,
      boolean verbose, Optional<LocalDate> asOf) {
    static final String USAGE = "usage: Report [model.json] [--out DIR] [--sample"
        + " delivery-unit|joint-service|better-connected] [--max-charts N] [--max-rows N]"
        + " [--as-of YYYY-MM-DD] [--verbose]";

    static Options defaults() {
      return new Options(Optional.empty(), Path.of("report-out"), "delivery-unit", 1000, 50,
          false, Optional.empty());
    }

    static Options parse(String... args) {
      Optional<Path> file = Optional.empty();
      Path out = Path.of("report-out");
      String sample = "delivery-unit";
      int maxCharts = 1000;
      int maxRows = 50;
      boolean verbose = false;
      Optional<LocalDate> asOf = Optional.empty();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--out" -> out = Path.of(value(args, ++i, a));
          case "--sample" -> sample = Samples.check(value(args, ++i, a));
          case "--max-charts" -> maxCharts = count(value(args, ++i, a), a);
          case "--max-rows" -> maxRows = count(value(args, ++i, a), a);
          case "--verbose" -> verbose = true;
          case "--as-of" -> asOf = Optional.of(date(value(args, ++i, a), a));
          case "-h", "--help" -> throw new IllegalArgumentException("help requested");
          default -> {
            if (a.startsWith("-")) {
              throw new IllegalArgumentException("unknown option '" + a + "'");
            }
            if (file.isPresent()) {
              throw new IllegalArgumentException("one model file at most, got '"
                  + file.get() + "' and '" + a + "'");
            }
            file = Optional.of(Path.of(a));
          }
        }
      }
      return new Options(file, out, sample, maxCharts, maxRows, verbose, asOf);
    }

    private static LocalDate date(String s, String option) {
      try {
        return LocalDate.parse(s);
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("option " + option + " needs a date like 2025-12-31,"
            + " got '" + s + "'");
      }
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException("option " + option + " needs a value");
      }
      return args[i];
    }

    private static int count(String s, String option) {
      try {
        int n = Integer.parseInt(s);
        if (n < 0) {
          throw new NumberFormatException();
        }
        return n;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("option " + option + " needs a whole number >= 0,"
            + " got '" + s + "'");
      }
    }
  }

  /** The bundled samples by name. */
  static final class Samples {
    private static final List<String> NAMES =
        List.of("delivery-unit", "joint-service", "better-connected");

    private Samples() {}

    static String check(String name) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("no bundled sample '" + name + "'; choose one of "
            + NAMES);
      }
      return name;
    }

    static OutcomeModel byName(String name) {
      return switch (check(name)) {
        case "joint-service" -> SampleModels.jointServiceDelivery();
        case "better-connected" -> SampleModels.betterConnectedServices();
        default -> SampleModels.deliveryUnit();
      };
    }
  }

  /** Progress on standard error, for large models. */
  static final class Progress {
    private final PrintStream err;
    private final boolean on;
    private final long start = System.nanoTime();
    private int lastTenth = -1;

    Progress(PrintStream err, boolean on) {
      this.err = err;
      this.on = on;
    }

    void step(String what) {
      if (on) {
        err.printf(Locale.ROOT, "report [%5.1fs] %s%n", (System.nanoTime() - start) / 1e9,
            what);
        lastTenth = -1;
      }
    }

    void count(String what, int done, int total) {
      int tenth = total == 0 ? 10 : done * 10 / total;
      if (on && tenth != lastTenth) {
        lastTenth = tenth;
        err.printf(Locale.ROOT, "report [%5.1fs] %s: %d of %d%n",
            (System.nanoTime() - start) / 1e9, what, done, total);
      }
    }
  }

  /** Reads model files in the sharedoutcomes/1 JSON format. */
  static final class ModelFiles {
    private ModelFiles() {}

    static OutcomeModel read(Path file) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("no such file: " + file);
      }
      try {
        return OutcomeJson.standard().read(file);
      } catch (OutcomeFormatException e) {
        throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
      }
    }
  }
}
