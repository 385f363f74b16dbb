package org.sharedoutcomes.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.DeliveryAssessment;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.Intervention;
import org.sharedoutcomes.core.InterventionKind;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.check.AccountabilityCheck;
import org.sharedoutcomes.core.check.Finding;
import org.sharedoutcomes.core.check.Severity;
import org.sharedoutcomes.examples.report.GraphText;
import org.sharedoutcomes.examples.report.TrajectoryChart;

/**
 * The report program: reads a model (a JSON file, or with no argument the bundled delivery-unit
 * sample) and writes a readable report. Markdown goes to standard output; the accountability
 * graph (DOT and Mermaid) and one SVG chart per indicator (trajectory against actuals) go to
 * an output folder.
 *
 * <pre>
 * usage: Report [model.json] [--out DIR] [--sample NAME] [--max-charts N] [--max-rows N]
 *               [--verbose]
 *   model.json      a model in the sharedoutcomes/1 JSON format
 *   --out DIR       where to write the graph and the charts (default ./report-out)
 *   --sample NAME   a bundled sample instead of a file: delivery-unit (default),
 *                   joint-service or better-connected
 *   --max-charts N  draw at most N indicator charts (default 1000)
 *   --max-rows N    list at most N rows per table (default 50)
 *   --verbose       report progress on standard error even for a small model
 * </pre>
 *
 * <p>On a large model (at least {@value #LARGE} commitments and indicators together) it
 * reports progress on standard error as it goes.
 */
public final class Report {
  /** The size (commitments plus indicators) from which progress is reported. */
  public static final int LARGE = 5000;

  private final OutcomeModel model;
  private final String source;
  private final Options options;
  private final PrintStream out;
  private final Progress progress;

  private Report(OutcomeModel model, String source, Options options, PrintStream out,
      PrintStream err) {
    this.model = model;
    this.source = source;
    this.options = options;
    this.out = out;
    this.progress = new Progress(err, options.verbose()
        || model.commitments().size() + model.indicators().size() >= LARGE);
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
        source = options.file().get().toString();
        model = ModelFiles.read(options.file().get());
      } else {
        source = "the bundled sample '" + options.sample() + "'";
        model = Samples.byName(options.sample());
      }
    } catch (IllegalArgumentException | UncheckedIOException e) {
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
    try {
      new Report(model, source, options, out, err).write();
      return 0;
    } catch (UncheckedIOException e) {
      err.println("report: cannot write to " + options.outDir() + ": "
          + e.getCause().getMessage());
      return 1;
    }
  }

  private void write() {
    progress.step("model: " + model);
    out.println("# Shared outcomes report");
    out.println();
    out.println("Model: " + source + ".");
    out.println();
    summary();
    checks();
    commitments();
    indicators();
    interventions();
    files();
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

  private void commitments() {
    progress.step("commitments");
    out.println("## Commitments");
    out.println();
    out.println("| commitment | accountable | status | latest assessment |");
    out.println("|---|---|---|---|");
    int shown = 0;
    for (Commitment c : model.commitments()) {
      if (shown++ == options.maxRows()) {
        break;
      }
      String accountable = String.join(", ", model.partiesWith(Role.ACCOUNTABLE, c.id())
          .stream().map(PartyId::value).toList());
      List<DeliveryAssessment> assessments = model.assessmentsOf(c.id());
      String assessment = assessments.isEmpty() ? "none"
          : label(assessments.get(assessments.size() - 1).rating().name()) + " ("
              + assessments.get(assessments.size() - 1).date() + ")";
      out.println("| " + cell(c.id().value()) + ": " + cell(c.title()) + " | "
          + (accountable.isEmpty() ? "**nobody**" : cell(accountable)) + " | "
          + label(c.status().name()) + " | " + assessment + " |");
    }
    more(model.commitments().size());
  }

  private void indicators() {
    progress.step("indicators");
    out.println("## Indicators");
    out.println();
    out.println("| indicator | baseline | latest | final target | chart |");
    out.println("|---|---:|---:|---|---|");
    int shown = 0;
    int charted = 0;
    for (Indicator i : model.indicators()) {
      if (shown++ == options.maxRows()) {
        break;
      }
      MeasurementSeries s = model.measurements(i.id());
      String latest = s.isEmpty() ? "no data"
          : number(s.value(s.size() - 1)) + " (" + s.periodEnd(s.size() - 1) + ")";
      String target = i.finalTarget().map(t -> label(t.kind().name()) + " "
          + number(t.reference()) + " by " + t.date()).orElse("none");
      out.println("| " + cell(i.id().value()) + ": " + cell(i.name()) + " | "
          + i.baseline().map(b -> number(b.value())).orElse("none") + " | " + latest + " | "
          + target + " | " + (charted++ < options.maxCharts()
              ? "[svg](charts/" + fileName(i.id().value()) + ".svg)" : "") + " |");
    }
    more(model.indicators().size());
  }

  private void interventions() {
    if (model.interventions().isEmpty()) {
      return;
    }
    progress.step("interventions");
    out.println("## The centre's interventions");
    out.println();
    out.println("| agency | support | challenge | directive | monitoring |");
    out.println("|---|---:|---:|---:|---:|");
    Map<AgencyId, Map<InterventionKind, Integer>> counts = new TreeMap<>();
    for (Intervention i : model.interventions()) {
      if (model.isCentre(i.from())) {
        counts.computeIfAbsent(i.to(), k -> new EnumMap<>(InterventionKind.class))
            .merge(i.kind(), 1, Integer::sum);
      }
    }
    counts.forEach((agency, c) -> out.println("| " + model.agency(agency).map(Agency::name)
        .orElse(agency.value()) + " | " + c.getOrDefault(InterventionKind.SUPPORT, 0) + " | "
        + c.getOrDefault(InterventionKind.CHALLENGE, 0) + " | "
        + c.getOrDefault(InterventionKind.DIRECTIVE, 0) + " | "
        + c.getOrDefault(InterventionKind.MONITORING, 0) + " |"));
    out.println();
  }

  private void files() {
    Path dir = options.outDir();
    Path charts = dir.resolve("charts");
    progress.step("writing the graph and charts to " + dir);
    try {
      Files.createDirectories(charts);
      GraphText graph = new GraphText(model);
      Files.writeString(dir.resolve("accountability.dot"), graph.toDot(),
          StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("accountability.mmd"), graph.toMermaid(),
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
      boolean verbose) {
    static final String USAGE = "usage: Report [model.json] [--out DIR] [--sample"
        + " delivery-unit|joint-service|better-connected] [--max-charts N] [--max-rows N]"
        + " [--verbose]";

    static Options defaults() {
      return new Options(Optional.empty(), Path.of("report-out"), "delivery-unit", 1000, 50,
          false);
    }

    static Options parse(String... args) {
      Optional<Path> file = Optional.empty();
      Path out = Path.of("report-out");
      String sample = "delivery-unit";
      int maxCharts = 1000;
      int maxRows = 50;
      boolean verbose = false;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--out" -> out = Path.of(value(args, ++i, a));
          case "--sample" -> sample = Samples.check(value(args, ++i, a));
          case "--max-charts" -> maxCharts = count(value(args, ++i, a), a);
          case "--max-rows" -> maxRows = count(value(args, ++i, a), a);
          case "--verbose" -> verbose = true;
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
      return new Options(file, out, sample, maxCharts, maxRows, verbose);
    }

    Options withOutDir(Path dir) {
      return new Options(file, dir, sample, maxCharts, maxRows, verbose);
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

  /** Reads model files; JSON arrives with the outcome-json module. */
  static final class ModelFiles {
    private ModelFiles() {}

    static OutcomeModel read(Path file) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("no such file: " + file);
      }
      throw new IllegalArgumentException("reading " + file + " needs the JSON reader of"
          + " outcome-json, which is not in this build yet; run without a file for the"
          + " bundled sample");
    }
  }
}
