package org.sharedoutcomes.tabular;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.ModelValidationException;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.tabular.internal.Cells;
import org.sharedoutcomes.tabular.internal.CsvCells;
import org.sharedoutcomes.tabular.internal.RecordSplitter;

/**
 * Imports tables into one model, row by row, by {@link TableMapping}s: every good row is
 * imported, and every bad one is reported as a {@link RowProblem} with its line, column and
 * reason, never dropped silently and never aborting the import.
 *
 * <pre>{@code
 * ImportResult r = TabularImport.with(PartyNames.builder().alias("Finanse", "Finance").build())
 *     .read(mandates, Path.of("mandates.csv"))
 *     .read(results, Path.of("results.csv"))
 *     .result();
 * r.problems().forEach(System.out::println);   // results.csv:7: column 'actual': ...
 * OutcomeModel model = r.model();
 * }</pre>
 *
 * <p><b>Streaming.</b> A table is read one record at a time: memory is bounded by the model
 * being built and the longest record ({@link #maxRecordCharacters(int)}), not by the file.
 * Tables are read in the order given, so an indicator table can refer to the commitments of a
 * table read before it.
 *
 * <p><b>What is a row problem.</b> Each of these skips the row, and is reported with the line
 * on which the row starts:
 * <ul>
 *   <li>a wrong number of cells (not as many as the header has);
 *   <li>an empty required cell (the id, the title, and any column marked
 *       {@link TableMapping.Builder#require(String...) required});
 *   <li>an id that is not a valid id, or that an earlier row used (compared ignoring case:
 *       {@code MLC-1} and {@code mlc-1} are a duplicate);
 *   <li>a party name with no letter or digit ({@code ???}), an unknown status or direction, a
 *       cell that should be a number or a date and is not, a target whose minimum exceeds its
 *       maximum or that contradicts an earlier target of the indicator on the same date;
 *   <li>a quoted cell that is not closed: the problem names the line and the column where the
 *       quote opened, the row is skipped, and reading <em>resumes on the next line</em>, so the
 *       rows after it are imported (a quote counts as unterminated when it is not closed before
 *       the end of the file, within {@link #maxRecordLines(int)} lines or within
 *       {@link #maxRecordCharacters(int)} characters); a record longer than
 *       {@link #maxRecordCharacters(int)} outside quotes is skipped the same way.
 * </ul>
 * A cell that only links (an indicator's {@code commitment} naming an unknown commitment) or a
 * later row's indicator name, unit or direction that differs from the first row's is reported
 * without skipping the row ({@link RowProblem#skipped()} false): the rest of the row is
 * imported and the reason says what was ignored.
 *
 * <p><b>What fails the whole table.</b> A {@link TableFormatException} when the table is empty,
 * its header row cannot be read, or the header lacks a mapped column or has one twice; an
 * {@link UncheckedIOException} when the reader fails. Nothing else escapes: in particular no
 * content of a data row can make the import throw.
 *
 * <p>An import is a session: mutable, not thread-safe, used once ({@link #result()} ends it).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class TabularImport {
  /** How many problems an import keeps by default; {@link ImportResult#problemCount()} counts all. */
  public static final int DEFAULT_MAX_PROBLEMS = 1000;
  /** The longest record read by default, in characters. */
  public static final int DEFAULT_MAX_RECORD_CHARACTERS = 1_000_000;
  /** The most lines one quoted cell may span by default. */
  public static final int DEFAULT_MAX_RECORD_LINES = 1000;

  private final PartyNames parties;
  private int maxProblems = DEFAULT_MAX_PROBLEMS;
  private int maxRecordCharacters = DEFAULT_MAX_RECORD_CHARACTERS;
  private int maxRecordLines = DEFAULT_MAX_RECORD_LINES;
  private boolean done;

  private final OutcomeModel.Builder model = OutcomeModel.builder();
  private final Map<AgencyId, Agency> agencies = new LinkedHashMap<>();
  private final Map<String, Long> commitmentRows = new HashMap<>();
  private final Map<String, String> commitmentIds = new HashMap<>();
  private final Map<String, IndicatorDraft> indicators = new LinkedHashMap<>();
  private final List<RowProblem> problems = new ArrayList<>();
  private long problemCount;
  private long rows;
  private long imported;

  private TabularImport(PartyNames parties) {
    this.parties = Objects.requireNonNull(parties, "parties must not be null");
  }

  /**
   * A new import with {@link PartyNames#standard() standard} party names.
   *
   * @return the import
   */
  public static TabularImport create() {
    return new TabularImport(PartyNames.standard());
  }

  /**
   * A new import that names parties by the given table.
   *
   * @param parties normalisation and aliases for party names
   * @return the import
   */
  public static TabularImport with(PartyNames parties) {
    return new TabularImport(parties);
  }

  /**
   * Imports one table into a model of its own.
   *
   * @param mapping the mapping
   * @param csv the table
   * @param source the table's name, for problems
   * @return the result
   * @throws TableFormatException if the table cannot be read at all
   * @throws UncheckedIOException if the reader fails
   */
  public static ImportResult readTable(TableMapping mapping, Reader csv, String source) {
    return create().read(mapping, csv, source).result();
  }

  /**
   * How many problems the result keeps (the first ones); all are counted.
   *
   * @param value at least 0 (1000 by default)
   * @return this import
   * @throws IllegalArgumentException if the value is negative
   */
  public TabularImport maxProblems(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("maxProblems must not be negative, was " + value);
    }
    maxProblems = value;
    return this;
  }

  /**
   * The longest record read, in characters (one million by default).
   *
   * @param value at least 1
   * @return this import
   * @throws IllegalArgumentException if the value is less than 1
   */
  public TabularImport maxRecordCharacters(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("maxRecordCharacters must be positive, was " + value);
    }
    maxRecordCharacters = value;
    return this;
  }

  /**
   * The most lines one quoted cell may span (1000 by default).
   *
   * @param value at least 1
   * @return this import
   * @throws IllegalArgumentException if the value is less than 1
   */
  public TabularImport maxRecordLines(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("maxRecordLines must be positive, was " + value);
    }
    maxRecordLines = value;
    return this;
  }

  /**
   * Reads a UTF-8 file (a byte-order mark is ignored); problems name it by its file name.
   *
   * @param mapping the mapping
   * @param file the file
   * @return this import
   * @throws TableFormatException if the table cannot be read at all
   * @throws UncheckedIOException if the file cannot be read
   */
  public TabularImport read(TableMapping mapping, Path file) {
    Objects.requireNonNull(file, "file must not be null");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Path name = file.getFileName();
      return read(mapping, r, name == null ? file.toString() : name.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads a table (the reader is read to its end but not closed).
   *
   * @param mapping the mapping
   * @param csv the table
   * @param source the table's name, for problems
   * @return this import
   * @throws TableFormatException if the table cannot be read at all
   * @throws UncheckedIOException if the reader fails
   */
  public TabularImport read(TableMapping mapping, Reader csv, String source) {
    Objects.requireNonNull(mapping, "mapping must not be null");
    Objects.requireNonNull(csv, "csv must not be null");
    Objects.requireNonNull(source, "source must not be null");
    if (done) {
      throw new IllegalStateException("this import has produced its result; start another");
    }
    try {
      new Table(mapping, source).read(
          new RecordSplitter(csv, mapping.separator(), maxRecordCharacters, maxRecordLines));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return this;
  }

  /**
   * Builds the model of every imported row and ends the import.
   *
   * @return the model and the problems
   * @throws IllegalStateException if called twice
   */
  public ImportResult result() {
    if (done) {
      throw new IllegalStateException("result() was already called");
    }
    done = true;
    agencies.values().forEach(model::agency);
    for (IndicatorDraft d : indicators.values()) {
      model.indicator(d.build());
    }
    OutcomeModel built;
    try {
      built = model.build();
    } catch (ModelValidationException e) {
      // every row was checked before it was added: this is a bug, not bad input
      throw new IllegalStateException("the imported rows do not make a valid model: "
          + e.getMessage(), e);
    }
    return new ImportResult(built, rows, imported, problems, problemCount);
  }

  private void problem(String source, long row, @Nullable String column, String reason,
      boolean skipped) {
    problemCount++;
    if (problems.size() < maxProblems) {
      problems.add(new RowProblem(source, row, Optional.ofNullable(column), reason, skipped));
    }
  }

  /** A row problem that skips the row: thrown inside the row, caught by the table. */
  private static final class Skip extends Exception {
    private static final long serialVersionUID = 1L;
    final @Nullable String column;

    Skip(@Nullable String column, String reason) {
      super(reason, null, false, false);
      this.column = column;
    }
  }

  /** The state of an indicator met in rows, made into an {@link Indicator} at the end. */
  private static final class IndicatorDraft {
    final String id;
    final String name;
    final String unit;
    final Direction direction;
    final Set<CommitmentId> measures = new LinkedHashSet<>();
    final TreeMap<LocalDate, Target> targets = new TreeMap<>();
    final Map<LocalDate, Long> targetRows = new HashMap<>();
    final Map<String, String> attributes = new LinkedHashMap<>();

    IndicatorDraft(String id, String name, String unit, Direction direction) {
      this.id = id;
      this.name = name;
      this.unit = unit;
      this.direction = direction;
    }

    Indicator build() {
      Indicator.Builder b = Indicator.builder(id, name).unit(unit).direction(direction)
          .target(targets.values().toArray(new Target[0]))
          .measures(measures.toArray(new CommitmentId[0]));
      attributes.forEach(b::attribute);
      return b.build();
    }
  }

  /** One table being read. */
  private final class Table {
    private final TableMapping mapping;
    private final String source;
    private final CsvCells cells;
    private final Map<String, Integer> index = new HashMap<>();
    private List<String> header = List.of();
    private long row;

    Table(TableMapping mapping, String source) {
      this.mapping = mapping;
      this.source = source;
      this.cells = new CsvCells(mapping.separator());
    }

    void read(RecordSplitter records) throws IOException {
      RecordSplitter.Chunk first = records.next();
      if (first == null) {
        throw new TableFormatException(source, 1, "the table is empty; expected a header row"
            + " with the columns " + String.join(", ", mapping.columns()));
      }
      if (first.kind() != RecordSplitter.Kind.RECORD) {
        throw new TableFormatException(source, first.line(), "the header row cannot be read ("
            + (first.kind() == RecordSplitter.Kind.TOO_LONG ? "too long" : "unterminated quote")
            + ")");
      }
      readHeader(first);
      for (RecordSplitter.Chunk c = records.next(); c != null; c = records.next()) {
        rows++;
        row = c.line();
        try {
          switch (c.kind()) {
            case UNTERMINATED_QUOTE -> throw new Skip(
                c.field() >= 0 && c.field() < header.size() ? header.get(c.field()) : null,
                "unterminated quote: the quoted cell that opens on this line is not closed"
                    + " before the end of the file, within " + maxRecordLines + " lines or within "
                    + maxRecordCharacters + " characters; reading resumed on line " + (row + 1));
            case TOO_LONG -> throw new Skip(null, "the row is longer than "
                + maxRecordCharacters + " characters");
            default -> {
              List<String> fields;
              try {
                fields = cells.decode(c.text());
              } catch (IllegalArgumentException e) {
                throw new Skip(null, "malformed CSV: " + e.getMessage());
              }
              if (fields.size() != header.size()) {
                throw new Skip(null, "expected " + header.size() + " cells as in the header,"
                    + " found " + fields.size());
              }
              if (mapping.kind() == TableMapping.Kind.COMMITMENTS) {
                commitment(fields);
              } else {
                indicator(fields);
              }
              imported++;
            }
          }
        } catch (Skip s) {
          problem(source, row, s.column, String.valueOf(s.getMessage()), true);
        }
      }
    }

    private void readHeader(RecordSplitter.Chunk first) {
      String text = first.text();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      try {
        header = List.copyOf(cells.decode(text));
      } catch (IllegalArgumentException e) {
        throw new TableFormatException(source, first.line(),
            "the header row cannot be read: " + e.getMessage());
      }
      for (int i = 0; i < header.size(); i++) {
        String k = TableMapping.key(header.get(i));
        Integer previous = index.putIfAbsent(k, i);
        if (previous != null && isMapped(k)) {
          throw new TableFormatException(source, first.line(), "the header has column '"
              + header.get(i) + "' twice (cells " + (previous + 1) + " and " + (i + 1) + ")");
        }
      }
      List<String> missing = new ArrayList<>();
      for (String c : mapping.columns()) {
        if (!index.containsKey(TableMapping.key(c))) {
          missing.add(c);
        }
      }
      if (!missing.isEmpty()) {
        missing.sort(null);
        throw new TableFormatException(source, first.line(), "the header has no column '"
            + String.join("', '", missing) + "'; found " + String.join(", ", header));
      }
    }

    private boolean isMapped(String key) {
      for (String c : mapping.columns()) {
        if (TableMapping.key(c).equals(key)) {
          return true;
        }
      }
      return false;
    }

    /** The stripped cell of a mapped field, or null if not mapped or empty. */
    private @Nullable String cell(List<String> fields, String field) throws Skip {
      Optional<String> column = mapping.column(field);
      return column.isEmpty() ? null : cellOf(fields, column.get());
    }

    private @Nullable String cellOf(List<String> fields, String column) throws Skip {
      String v = fields.get(Objects.requireNonNull(index.get(TableMapping.key(column)))).strip();
      if (v.isEmpty()) {
        if (mapping.isRequired(column)) {
          throw new Skip(column, "the cell is empty; it is required");
        }
        return null;
      }
      return v;
    }

    private String column(String field) {
      return mapping.column(field).orElseThrow();
    }

    private @Nullable LocalDate date(List<String> fields, String field, boolean firstDay)
        throws Skip {
      String v = cell(fields, field);
      if (v == null) {
        return null;
      }
      Optional<LocalDate> d = Cells.date(v, firstDay);
      if (d.isEmpty()) {
        throw new Skip(column(field), "'" + abbreviate(v) + "' is not a date (expected"
            + " 2026-03-31 or a year)");
      }
      return d.get();
    }

    private @Nullable Double number(List<String> fields, String field) throws Skip {
      String v = cell(fields, field);
      if (v == null) {
        return null;
      }
      Optional<Double> d = Cells.number(v);
      if (d.isEmpty()) {
        throw new Skip(column(field), "'" + abbreviate(v) + "' is not a number");
      }
      return d.get();
    }

    private Map<String, String> attributes(List<String> fields) throws Skip {
      Map<String, String> out = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : mapping.attributeColumns().entrySet()) {
        String v = cellOf(fields, e.getValue());
        if (v != null) {
          out.put(e.getKey(), v);
        }
      }
      return out;
    }

    private String id(List<String> fields) throws Skip {
      String id = Objects.requireNonNull(cell(fields, "id")); // required: never null
      if (id.length() > 256 || id.chars().anyMatch(Character::isISOControl)) {
        throw new Skip(column("id"), "'" + abbreviate(id) + "' is not a valid id (at most 256"
            + " characters, no control characters)");
      }
      return id;
    }

    private void commitment(List<String> fields) throws Skip {
      String id = id(fields);
      String key = id.toLowerCase(Locale.ROOT);
      Long first = commitmentRows.get(key);
      if (first != null) {
        String earlier = Objects.requireNonNull(commitmentIds.get(key));
        throw new Skip(column("id"), earlier.equals(id)
            ? "duplicate id '" + id + "', first used on row " + first
            : "duplicate id '" + id + "': row " + first + " has '" + earlier
                + "' (ids that differ only in case name the same commitment)");
      }
      String title = Objects.requireNonNull(cell(fields, "title"));
      Commitment.Builder b = Commitment.builder(id, title);
      String description = cell(fields, "description");
      if (description != null) {
        b.description(description);
      }
      String status = cell(fields, "status");
      if (status != null) {
        CommitmentStatus s = Cells.status(status).orElseThrow(() -> new Skip(column("status"),
            "unknown status '" + abbreviate(status) + "'; expected one of "
                + Cells.statusLabels()));
        b.status(s);
      }
      LocalDate due = date(fields, "due", false);
      if (due != null) {
        b.due(due);
      }
      LocalDate madeOn = date(fields, "madeOn", false);
      if (madeOn != null) {
        b.madeOn(madeOn);
      }
      attributes(fields).forEach(b::attribute);
      Map<Role, Set<Agency>> held = new LinkedHashMap<>();
      for (TableMapping.RoleColumn rc : mapping.roleColumns()) {
        String v = cellOf(fields, rc.column());
        if (v == null) {
          continue;
        }
        List<String> names = rc.separator().isEmpty() ? List.of(v) : split(v, rc.separator().get());
        for (String name : names) {
          Agency a = parties.resolve(name).orElseThrow(() -> new Skip(rc.column(),
              "party name '" + abbreviate(name) + "' has no letter or digit (or makes an id"
                  + " longer than 256 characters)"));
          held.computeIfAbsent(rc.role(), r -> new LinkedHashSet<>()).add(a);
        }
      }
      Commitment c;
      try {
        c = b.build();
      } catch (IllegalArgumentException e) {
        throw new Skip(null, String.valueOf(e.getMessage()));
      }
      // the row is good: add it
      model.commitment(c);
      commitmentRows.put(key, row);
      commitmentIds.put(key, id);
      Set<AgencyId> seen = new LinkedHashSet<>();
      held.forEach((role, as) -> {
        seen.clear();
        for (Agency a : as) {
          if (seen.add(a.id())) {
            agencies.putIfAbsent(a.id(), a);
            model.assign(a.id(), role, c.id());
          }
        }
      });
    }

    private List<String> split(String cell, String separator) {
      List<String> out = new ArrayList<>();
      int from = 0;
      while (from <= cell.length()) {
        int at = cell.indexOf(separator, from);
        int end = at < 0 ? cell.length() : at;
        String part = cell.substring(from, end).strip();
        if (!part.isEmpty()) {
          out.add(part);
        }
        if (at < 0) {
          break;
        }
        from = at + separator.length();
      }
      return out;
    }

    private void indicator(List<String> fields) throws Skip {
      String id = id(fields);
      String key = id.toLowerCase(Locale.ROOT);
      IndicatorDraft d = indicators.get(key);
      String name = cell(fields, "name");
      String unit = cell(fields, "unit");
      String dir = cell(fields, "direction");
      Direction direction = mapping.direction();
      if (dir != null) {
        direction = Cells.direction(dir).orElseThrow(() -> new Skip(column("direction"),
            "unknown direction '" + abbreviate(dir) + "'; expected ascending or descending"));
      }
      LocalDate date = date(fields, "date", false);
      LocalDate targetDate = mapping.column("targetDate").isPresent()
          ? date(fields, "targetDate", false) : date;
      LocalDate start = date(fields, "periodStart", true);
      Double min = number(fields, "targetMin");
      Double max = number(fields, "targetMax");
      Double actual = number(fields, "actual");
      Map<String, String> attrs = attributes(fields);
      String link = cell(fields, "commitment");
      Target target = null;
      Direction effective = d == null ? direction : d.direction;
      if (min != null || max != null) {
        if (targetDate == null) {
          throw new Skip(mapping.column("targetDate").orElse(column("date")),
              "a target needs a date; the cell is empty");
        }
        if (min != null && max != null && min > max) {
          throw new Skip(column("targetMin"), "target minimum " + min + " exceeds the maximum "
              + max);
        }
        if (min != null && max != null && min.equals(max)) {
          target = effective == Direction.ASCENDING ? Target.atLeast(targetDate, min)
              : Target.atMost(targetDate, min);
        } else if (min != null && max != null) {
          target = Target.between(targetDate, min, max);
        } else if (min != null) {
          target = Target.atLeast(targetDate, min);
        } else {
          target = Target.atMost(targetDate, Objects.requireNonNull(max));
        }
        Target previous = d == null ? null : d.targets.get(targetDate);
        if (d != null && previous != null && !previous.equals(target)) {
          throw new Skip(mapping.column("targetMin").orElse(column("targetMax")), "target "
              + describe(target) + " on " + targetDate + " contradicts " + describe(previous)
              + " given on row " + d.targetRows.get(targetDate));
        }
      }
      LocalDate periodStart = null;
      if (actual != null) {
        if (date == null) {
          throw new Skip(column("date"), "an actual needs a date; the cell is empty");
        }
        Period p = mapping.period();
        periodStart = start != null ? start : p.isZero() ? date : date.minus(p).plusDays(1);
        if (periodStart.isAfter(date)) {
          throw new Skip(mapping.column("periodStart").orElse(column("date")), "the period"
              + " starts (" + periodStart + ") after it ends (" + date + ")");
        }
      }
      CommitmentId measured = null;
      if (link != null) {
        String k = link.toLowerCase(Locale.ROOT);
        if (commitmentIds.containsKey(k)) {
          measured = CommitmentId.of(commitmentIds.get(k));
        }
      }
      // the row is good: add it
      if (d == null) {
        d = new IndicatorDraft(id, name == null ? id : name, unit == null ? "" : unit,
            direction);
        indicators.put(key, d);
      } else {
        List<String> ignored = new ArrayList<>();
        if (name != null && !name.equals(d.name)) {
          ignored.add("name '" + abbreviate(name) + "' (first: '" + abbreviate(d.name) + "')");
        }
        if (unit != null && !unit.equals(d.unit)) {
          ignored.add("unit '" + abbreviate(unit) + "' (first: '" + abbreviate(d.unit) + "')");
        }
        if (dir != null && direction != d.direction) {
          ignored.add("direction " + direction + " (first: " + d.direction + ")");
        }
        if (!ignored.isEmpty()) {
          problem(source, row, null, "indicator '" + d.id + "' was defined by an earlier row;"
              + " ignored this row's " + String.join(", ", ignored), false);
        }
      }
      for (Map.Entry<String, String> e : attrs.entrySet()) {
        String prev = d.attributes.putIfAbsent(e.getKey(), e.getValue());
        if (prev != null && !prev.equals(e.getValue())) {
          problem(source, row, mapping.attributeColumns().get(e.getKey()), "ignored '"
              + abbreviate(e.getValue()) + "': indicator '" + d.id + "' already has '"
              + abbreviate(prev) + "'", false);
        }
      }
      if (target != null && !d.targets.containsKey(target.date())) {
        d.targets.put(target.date(), target);
        d.targetRows.put(target.date(), row);
      }
      if (actual != null) {
        model.measurement(IndicatorId.of(d.id), Objects.requireNonNull(periodStart),
            Objects.requireNonNull(date), actual);
      }
      if (link != null) {
        if (measured == null) {
          problem(source, row, column("commitment"), "no commitment '" + abbreviate(link)
              + "' was imported before this table; the indicator is not linked to it", false);
        } else {
          d.measures.add(measured);
        }
      }
    }
  }

  private static String describe(Target t) {
    return switch (t.kind()) {
      case AT_LEAST -> "at least " + t.low();
      case AT_MOST -> "at most " + t.high();
      case EXACT -> "exactly " + t.low();
      case RANGE -> "between " + t.low() + " and " + t.high();
      case REACH -> "reaching " + t.low();
    };
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
