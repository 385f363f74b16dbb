package org.sharedoutcomes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.iati.IatiFormatException;
import org.sharedoutcomes.iati.IatiImport;
import org.sharedoutcomes.iati.IatiReader;
import org.sharedoutcomes.iati.IatiResult;
import org.sharedoutcomes.iati.LossReport;
import org.sharedoutcomes.json.OutcomeJson;
import org.sharedoutcomes.tabular.ImportResult;
import org.sharedoutcomes.tabular.PartyNames;
import org.sharedoutcomes.tabular.RowProblem;
import org.sharedoutcomes.tabular.TableFormatException;
import org.sharedoutcomes.tabular.TableMapping;
import org.sharedoutcomes.tabular.TabularImport;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code outcome import}: IATI activity files, or CSV tables through a column mapping, into a
 * model in the sharedoutcomes/1 JSON format, with what was not imported reported.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Converts IATI activity files (versions 1.01 to 2.03) or CSV tables into a"
        + " model (sharedoutcomes/1 JSON), and reports everything that did not make it into"
        + " the model as it was: for IATI the loss report (elements kept only as attributes or"
        + " dropped, malformed activities skipped, data-quality warnings; counts and first"
        + " locations), for CSV every row problem (row, column, reason).",
        "The model goes to --out, or to standard output; the report goes to standard output"
            + " with --out, else to standard error.",
        "A CSV table is --csv FILE followed by its mapping: --table commitments|indicators and"
            + " --map FIELD=COLUMN for each mapped column. Fields: id, title, description,"
            + " status, due, madeOn, role:ROLE, roles:ROLE:SEPARATOR (several parties in one"
            + " cell), attribute:KEY (commitments); id, name, unit, direction, commitment,"
            + " targetMin, targetMax, targetDate, actual, date, periodStart, attribute:KEY"
            + " (indicators). Tables are read in order, so an indicator table after the"
            + " commitments it measures."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:imported; the report lists only what was kept as an attribute, and"
        + " warnings",
        "1:something was not imported (a malformed activity, a dropped element, a skipped"
            + " row), or a file cannot be read (not well-formed XML, an unreadable table:"
            + " file:line:column: reason) or written",
        "2:usage error"},
    footerHeading = "%nExamples:%n",
    footer = {"  java -jar outcome-cli.jar import activities.xml --out model.json",
        "  java -jar outcome-cli.jar import donor-a.xml donor-b.xml --language fr --out m.json",
        "  java -jar outcome-cli.jar import --out model.json \\",
        "      --csv mandates.csv --table commitments --map 'id=MLC ID' --map title=Commitment \\",
        "        --map 'role:ACCOUNTABLE=Reporting Lead' --map 'roles:CONTRIBUTOR:;=All ministers' \\",
        "      --csv results.csv --table indicators --map id=indicator --map 'commitment=MLC ID' \\",
        "        --map targetMin=target_min --map targetMax=target_max --map actual=actual \\",
        "        --map date=date --direction descending --alias Finanse=Finance"})
final class ImportCommand implements Callable<Integer> {
  /** The kinds of table. */
  enum Table { commitments, indicators }

  /** One CSV table and its mapping. */
  static final class CsvTable {
    @Option(names = "--csv", required = true, paramLabel = "FILE",
        description = "a CSV table; the options after it up to the next --csv are its mapping")
    Path file;

    @Option(names = "--table", required = true, paramLabel = "KIND",
        description = "what a row is: ${COMPLETION-CANDIDATES}")
    Table table;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN",
        description = "a mapped column, e.g. 'id=MLC ID', 'roles:CONTRIBUTOR:;=All ministers'")
    List<String> map = new ArrayList<>();

    @Option(names = "--direction", paramLabel = "DIRECTION",
        description = "indicators: the direction when no column gives it (ascending or"
            + " descending)")
    @Nullable String direction;

    @Option(names = "--separator", paramLabel = "CHAR",
        description = "the cell separator (default ',')")
    @Nullable Character separator;
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "IATI activity files (XML), read into one model (organisations merge by"
          + " their ref)")
  List<Path> iatiFiles = new ArrayList<>();

  @ArgGroup(exclusive = false, multiplicity = "0..*")
  List<CsvTable> tables = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "the model file to write (default: standard output)")
  @Nullable Path out;

  @Option(names = "--language", paramLabel = "LANG", defaultValue = "en",
      description = "IATI: the narrative language to choose (default: ${DEFAULT-VALUE})")
  String language = "en";

  @Option(names = "--fallback-language", paramLabel = "LANG", defaultValue = "",
      description = "IATI: the language to choose when a narrative is not in --language")
  String fallbackLanguage = "";

  @Option(names = "--alias", paramLabel = "VARIANT=CANONICAL",
      description = "CSV: a variant or misspelt party name and the name it stands for")
  List<String> aliases = new ArrayList<>();

  @Option(names = "--max-listed", paramLabel = "N", defaultValue = "10",
      description = "at most this many first locations, malformed activities or row"
          + " problems printed per kind (default: ${DEFAULT-VALUE}; counts are always exact)")
  int maxListed = 10;

  /** Everything the import found, as lines, and whether something was not imported. */
  private record Outcome(OutcomeModel model, List<String> report, boolean incomplete) {}

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    if (iatiFiles.isEmpty() == tables.isEmpty()) {
      throw new CommandLine.ParameterException(cl, iatiFiles.isEmpty()
          ? "nothing to import: give IATI files, or CSV tables with --csv"
          : "IATI files and CSV tables cannot be imported together; run import twice");
    }
    if (maxListed < 0) {
      throw new CommandLine.ParameterException(cl, "--max-listed must be 0 or more, got "
          + maxListed);
    }
    Outcome o = iatiFiles.isEmpty() ? csv(cl) : iati();
    PrintWriter report = out == null ? cl.getErr() : cl.getOut();
    if (out == null) {
      write(o.model(), cl);
    } else {
      try {
        OutcomeJson.standard().write(o.model(), out);
      } catch (UncheckedIOException e) {
        throw new OutcomeCli.CannotWriteException("cannot write " + out + ": "
            + java.util.Objects.requireNonNull(e.getCause()).getMessage(), e);
      }
    }
    o.report().forEach(report::println);
    report.flush();
    return o.incomplete() ? 1 : 0;
  }

  private static void write(OutcomeModel model, CommandLine cl) {
    PrintWriter w = cl.getOut();
    w.print(OutcomeJson.standard().write(model));
    w.println();
    w.flush();
  }

  // ------------------------------------------------------------------ IATI

  private Outcome iati() {
    IatiReader reader = IatiReader.builder().language(language)
        .fallbackLanguage(fallbackLanguage).build();
    IatiImport session = reader.newImport();
    for (Path f : iatiFiles) {
      if (!Files.isRegularFile(f)) {
        throw new ModelFiles.BadModelException(f + ": no such file", null);
      }
      try {
        session.add(f);
      } catch (IatiFormatException e) {
        throw new ModelFiles.BadModelException(e.source()
            + (e.line() > 0 ? ":" + e.line() + (e.column() > 0 ? ":" + e.column() : "") : "")
            + ": " + ModelFiles.oneLine(e.reason()), e);
      } catch (UncheckedIOException e) {
        throw new ModelFiles.BadModelException(f + ": cannot be read: "
            + java.util.Objects.requireNonNull(e.getCause()).getMessage(), e);
      }
    }
    IatiResult r = session.result();
    return new Outcome(r.model(), lossLines(r.report(), r.model()), incomplete(r.report()));
  }

  private static boolean incomplete(LossReport r) {
    return r.malformedCount() > 0 || r.losses().stream()
        .anyMatch(l -> l.disposition() != LossReport.Disposition.KEPT_AS_ATTRIBUTE);
  }

  private static String modelCounts(OutcomeModel m) {
    return ModelFiles.count(m.commitments().size(), "commitment", "commitments") + ", "
        + ModelFiles.count(m.agencies().size(), "agency", "agencies") + ", "
        + ModelFiles.count(m.roles().size(), "role", "roles") + ", "
        + ModelFiles.count(m.outcomes().size(), "outcome", "outcomes") + ", "
        + ModelFiles.count(m.indicators().size(), "indicator", "indicators") + ", "
        + ModelFiles.count(m.measurementCount(), "measurement", "measurements");
  }

  private List<String> lossLines(LossReport r, OutcomeModel m) {
    List<String> lines = new ArrayList<>();
    lines.add(r.source() + ": " + ModelFiles.count(r.activitiesRead(), "activity", "activities")
        + " read, " + r.malformedCount() + " malformed (skipped); model: " + modelCounts(m)
        + ", " + ModelFiles.count(m.contributions().size(), "contribution", "contributions"));
    for (LossReport.Loss l : r.losses()) {
      StringBuilder s = new StringBuilder(l.disposition().name()).append(' ').append(l.path())
          .append(" x").append(l.count());
      if (!l.note().isEmpty()) {
        s.append(" (").append(l.note()).append(')');
      }
      List<LossReport.Location> first = l.first().subList(0, Math.min(maxListed,
          l.first().size()));
      if (!first.isEmpty()) {
        s.append("; first at ");
        for (int k = 0; k < first.size(); k++) {
          s.append(k == 0 ? "" : ", ").append(location(first.get(k)));
        }
      }
      lines.add(s.toString());
    }
    List<LossReport.MalformedActivity> malformed = r.malformed();
    int listed = Math.min(maxListed, malformed.size());
    for (LossReport.MalformedActivity a : malformed.subList(0, listed)) {
      // one file: file:line, as errors are; several: the report does not say which file
      String where = iatiFiles.size() == 1 ? iatiFiles.get(0) + ":" + a.line()
          : "line " + a.line();
      lines.add("MALFORMED " + where + ": activity '" + a.identifier() + "': "
          + ModelFiles.oneLine(a.reason()) + " (skipped)");
    }
    if (r.malformedCount() > listed) {
      lines.add("... and " + (r.malformedCount() - listed) + " more malformed activities");
    }
    Map<String, LossReport.Warning> firstWarning = new LinkedHashMap<>();
    for (LossReport.Warning w : r.warnings()) {
      firstWarning.putIfAbsent(w.code(), w);
    }
    r.warningCounts().forEach((code, n) -> {
      LossReport.Warning w = firstWarning.get(code);
      lines.add("WARNING " + code + " x" + n + (w == null ? "" : "; first at "
          + location(w.location()) + ": " + ModelFiles.oneLine(w.message())));
    });
    return lines;
  }

  private static String location(LossReport.Location l) {
    return "line " + l.line() + " " + l.path()
        + (l.activity().isEmpty() ? "" : " (" + l.activity() + ")");
  }

  // ------------------------------------------------------------------ CSV

  private Outcome csv(CommandLine cl) {
    PartyNames.Builder names = PartyNames.builder();
    for (String a : aliases) {
      int eq = a.indexOf('=');
      if (eq <= 0 || eq == a.length() - 1) {
        throw new CommandLine.ParameterException(cl, "--alias needs VARIANT=CANONICAL, got '"
            + a + "'");
      }
      try {
        names.alias(a.substring(0, eq), a.substring(eq + 1));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cl, "--alias '" + a + "': " + e.getMessage());
      }
    }
    TabularImport session = TabularImport.with(names.build());
    for (CsvTable t : tables) {
      TableMapping mapping = mapping(t, cl);
      if (!Files.isRegularFile(t.file)) {
        throw new ModelFiles.BadModelException(t.file + ": no such file", null);
      }
      // named by the path as given, as IATI files and errors are (file:line: ...)
      try (java.io.Reader in = Files.newBufferedReader(t.file,
          java.nio.charset.StandardCharsets.UTF_8)) {
        session.read(mapping, in, t.file.toString());
      } catch (IOException e) {
        throw new ModelFiles.BadModelException(t.file + ": cannot be read: " + e.getMessage(),
            e);
      } catch (TableFormatException e) {
        throw new ModelFiles.BadModelException(
            ModelFiles.oneLine(String.valueOf(e.getMessage())), e);
      } catch (UncheckedIOException e) {
        throw new ModelFiles.BadModelException(t.file + ": cannot be read: "
            + java.util.Objects.requireNonNull(e.getCause()).getMessage(), e);
      }
    }
    ImportResult r = session.result();
    OutcomeModel m = r.model();
    List<String> lines = new ArrayList<>();
    lines.add(ModelFiles.count(r.rows(), "row", "rows") + " read, " + r.imported()
        + " imported, " + r.skipped() + " skipped, "
        + ModelFiles.count(r.problemCount(), "problem", "problems") + "; model: "
        + ModelFiles.count(m.commitments().size(), "commitment", "commitments") + ", "
        + ModelFiles.count(m.agencies().size(), "agency", "agencies") + ", "
        + ModelFiles.count(m.roles().size(), "role", "roles") + ", "
        + ModelFiles.count(m.indicators().size(), "indicator", "indicators") + ", "
        + ModelFiles.count(m.measurementCount(), "measurement", "measurements"));
    int listed = Math.min(maxListed, r.problems().size());
    for (RowProblem p : r.problems().subList(0, listed)) {
      lines.add(ModelFiles.oneLine(p.toString()));
    }
    if (r.problemCount() > listed) {
      lines.add("... and " + (r.problemCount() - listed) + " more problems");
    }
    return new Outcome(m, lines, r.skipped() > 0);
  }

  /** The mapping of one table from its {@code --map} options. */
  static TableMapping mapping(CsvTable t, CommandLine cl) {
    TableMapping.Builder b = t.table == Table.commitments ? TableMapping.commitments()
        : TableMapping.indicators();
    if (t.separator != null) {
      b.separator(t.separator);
    }
    if (t.direction != null) {
      String d = t.direction.strip().toUpperCase(Locale.ROOT);
      if (!d.equals("ASCENDING") && !d.equals("DESCENDING")) {
        throw new CommandLine.ParameterException(cl, t.file + ": --direction must be ascending"
            + " or descending, got '" + t.direction + "'");
      }
      b.direction(Direction.valueOf(d));
    }
    for (String m : t.map) {
      int eq = m.lastIndexOf('=');
      if (eq <= 0 || eq == m.length() - 1) {
        throw new CommandLine.ParameterException(cl, t.file + ": --map needs FIELD=COLUMN, got '"
            + m + "'");
      }
      String field = m.substring(0, eq);
      String column = m.substring(eq + 1);
      try {
        field(b, field, column, t, cl);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new CommandLine.ParameterException(cl, t.file + ": --map '" + m + "': "
            + e.getMessage());
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new CommandLine.ParameterException(cl, t.file + ": the mapping is incomplete: "
          + e.getMessage());
    }
  }

  private static void field(TableMapping.Builder b, String field, String column, CsvTable t,
      CommandLine cl) {
    boolean commitments = t.table == Table.commitments;
    if (field.startsWith("attribute:")) {
      b.attribute(field.substring("attribute:".length()), column);
      return;
    }
    if (commitments && field.startsWith("role:")) {
      b.role(Role.of(field.substring("role:".length())), column);
      return;
    }
    if (commitments && field.startsWith("roles:")) {
      String rest = field.substring("roles:".length());
      int colon = rest.indexOf(':');
      if (colon <= 0 || colon == rest.length() - 1) {
        throw new IllegalArgumentException("roles needs roles:ROLE:SEPARATOR");
      }
      b.roles(Role.of(rest.substring(0, colon)), column, rest.substring(colon + 1));
      return;
    }
    switch (commitments ? "c:" + field : "i:" + field) {
      case "c:id", "i:id" -> b.id(column);
      case "c:title" -> b.title(column);
      case "c:description" -> b.description(column);
      case "c:status" -> b.status(column);
      case "c:due" -> b.due(column);
      case "c:madeOn" -> b.madeOn(column);
      case "i:name" -> b.name(column);
      case "i:unit" -> b.unit(column);
      case "i:direction" -> b.direction(column);
      case "i:commitment" -> b.commitment(column);
      case "i:targetMin" -> b.targetMin(column);
      case "i:targetMax" -> b.targetMax(column);
      case "i:targetDate" -> b.targetDate(column);
      case "i:actual" -> b.actual(column);
      case "i:date" -> b.date(column);
      case "i:periodStart" -> b.periodStart(column);
      default -> throw new CommandLine.ParameterException(cl, t.file + ": --map field '"
          + field + "' is not a field of a " + t.table + " table; see --help");
    }
  }
}
