package org.sharedoutcomes.tabular;

import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.Role;

/**
 * Which column of a table holds what: a declarative mapping, so that importing a spreadsheet
 * takes a few lines and no parsing code. A mapping makes each row either a commitment (with its
 * roles) or an observation of an indicator (with a target and an actual).
 *
 * <pre>{@code
 * // MLC ID, Commitment, Reporting Lead, All ministers
 * TableMapping mandates = TableMapping.commitments()
 *     .id("MLC ID").title("Commitment")
 *     .role(Role.ACCOUNTABLE, "Reporting Lead")
 *     .roles(Role.CONTRIBUTOR, "All ministers", ";")
 *     .build();
 *
 * // indicator, target_min, target_max, actual, date
 * TableMapping results = TableMapping.indicators()
 *     .id("indicator")
 *     .targetMin("target_min").targetMax("target_max")
 *     .actual("actual").date("date")
 *     .build();
 * }</pre>
 *
 * <p>Column names are matched with the header case-insensitively, ignoring surrounding and
 * repeated white space; the table may have other columns, which are ignored. The cells are
 * read as follows (every cell is stripped of surrounding white space; an empty cell is absent):
 *
 * <ul>
 *   <li><b>ids</b> are taken as written; two ids that differ only in case name the same
 *       commitment (a duplicate row) or the same indicator (the same series);
 *   <li><b>parties</b> are names, turned into agencies by {@link PartyNames}; a
 *       {@link Builder#roles(Role, String, String) roles} column holds several, split by its
 *       separator (empty pieces are ignored, a party named twice counts once);
 *   <li><b>dates</b> are ISO dates ({@code 2026-03-31}) or a year ({@code 2026}), read as its
 *       last day (its first day for {@link Builder#periodStart(String) periodStart});
 *   <li><b>numbers</b> are decimal ({@code -1.5}, {@code 2e3}, an optional trailing {@code %}
 *       dropped); no thousands separators;
 *   <li><b>statuses</b> are tracker labels ("Underway - on track", "Completed - fully met",
 *       "On-going", ...) or {@link org.sharedoutcomes.core.CommitmentStatus} names, compared on
 *       their letters only;
 *   <li><b>directions</b> are {@code ascending}/{@code descending}, {@code up}/{@code down},
 *       {@code higher}/{@code lower} (is better), or IATI's {@code 1}/{@code 0} and
 *       {@code true}/{@code false} for "ascending".
 * </ul>
 *
 * <p><b>Targets.</b> {@link Builder#targetMin(String) target_min} and
 * {@link Builder#targetMax(String) target_max} make one target per row, dated by the
 * {@link Builder#targetDate(String) target date} column or, without one, by the row's
 * {@link Builder#date(String) date}: both equal means "reach this value", read by the
 * indicator's direction (at least for ascending, at most for descending); different means the
 * range between them; only a minimum means at least, only a maximum at most; a minimum above
 * the maximum is a row problem. Rows that repeat the same target on the same date are fine; a
 * different target on a date already given one is a row problem.
 *
 * <p><b>Measurements.</b> {@link Builder#actual(String) actual} makes a final total for the
 * period ending on the row's {@link Builder#date(String) date} and starting on the
 * {@link Builder#periodStart(String) periodStart} cell or, without that column,
 * {@link Builder#period(Period) period} before the end (by default the period is the one day).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class TableMapping {
  /** What each row of a table becomes. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public enum Kind {
    /** Each row is one commitment, with its roles. */
    COMMITMENTS,
    /** Each row is an observation of an indicator: its target and actual on a date. */
    INDICATORS
  }

  /**
   * A column that gives a role to the parties it names.
   *
   * @param role the role
   * @param column the column
   * @param separator what separates several parties in one cell; empty for one party a cell
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record RoleColumn(Role role, String column, Optional<String> separator) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the column is blank or the separator empty
     */
    public RoleColumn {
      Objects.requireNonNull(role, "role must not be null");
      column = columnName(column, "role column");
      Objects.requireNonNull(separator, "separator must not be null");
      if (separator.isPresent() && separator.get().isEmpty()) {
        throw new IllegalArgumentException("the separator of column '" + column
            + "' must not be empty");
      }
    }
  }

  private final Kind kind;
  private final char separator;
  private final Map<String, String> fields;
  private final List<RoleColumn> roles;
  private final Map<String, String> attributes;
  private final Set<String> required;
  private final Direction direction;
  private final Period period;

  private TableMapping(Builder b) {
    this.kind = b.kind;
    this.separator = b.separator;
    this.fields = Map.copyOf(b.fields);
    this.roles = List.copyOf(b.roles);
    this.attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
    this.required = Set.copyOf(b.required);
    this.direction = b.direction;
    this.period = b.period;
  }

  /**
   * A mapping whose rows are commitments. {@link Builder#id(String) id} and
   * {@link Builder#title(String) title} are required.
   *
   * @return a new builder
   */
  public static Builder commitments() {
    return new Builder(Kind.COMMITMENTS);
  }

  /**
   * A mapping whose rows are indicator observations. {@link Builder#id(String) id} is
   * required; the indicator's name is the {@link Builder#name(String) name} cell or, without
   * that column, its id.
   *
   * @return a new builder
   */
  public static Builder indicators() {
    return new Builder(Kind.INDICATORS);
  }

  /**
   * What each row becomes.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The cell separator of the table.
   *
   * @return the separator, {@code ','} by default
   */
  public char separator() {
    return separator;
  }

  /**
   * Every column the mapping reads, as given to the builder, in no particular order.
   *
   * @return the column names
   */
  public Set<String> columns() {
    Set<String> out = new LinkedHashSet<>(fields.values());
    roles.forEach(r -> out.add(r.column()));
    out.addAll(attributes.values());
    return Set.copyOf(out);
  }

  /**
   * The role columns, in the order given.
   *
   * @return the role columns
   */
  public List<RoleColumn> roleColumns() {
    return roles;
  }

  /**
   * The column of a field, if mapped.
   *
   * @param field the field: {@code id}, {@code title}, {@code description}, {@code status},
   *     {@code due}, {@code madeOn}, {@code name}, {@code unit}, {@code direction},
   *     {@code commitment}, {@code targetMin}, {@code targetMax}, {@code targetDate},
   *     {@code actual}, {@code date} or {@code periodStart}
   * @return the column
   */
  public Optional<String> column(String field) {
    return Optional.ofNullable(fields.get(field));
  }

  /**
   * The attribute columns: attribute key to column, in the order given.
   *
   * @return the attribute columns
   */
  public Map<String, String> attributeColumns() {
    return attributes;
  }

  /**
   * Whether a cell of the column must not be empty (a row with it empty is skipped).
   *
   * @param column a column name
   * @return true for the id, the title and the columns named in {@link Builder#require}
   */
  public boolean isRequired(String column) {
    return required.contains(key(column));
  }

  /**
   * The direction of indicators whose row has no direction cell.
   *
   * @return the direction, ascending by default
   */
  public Direction direction() {
    return direction;
  }

  /**
   * The length of a measurement's period when there is no period start column.
   *
   * @return the period; zero (the default) for a one-day period
   */
  public Period period() {
    return period;
  }

  /** The form in which column names are compared: stripped, spaces collapsed, lower case. */
  static String key(String column) {
    return column.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String columnName(@Nullable String column, String what) {
    Objects.requireNonNull(column, what + " must not be null");
    if (column.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return column.strip();
  }

  /**
   * Builds a {@link TableMapping}. Each method names the column that holds a field. Not
   * thread-safe.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private final Kind kind;
    private char separator = ',';
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<RoleColumn> roles = new ArrayList<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final Set<String> required = new LinkedHashSet<>();
    private Direction direction = Direction.ASCENDING;
    private Period period = Period.ZERO;

    private Builder(Kind kind) {
      this.kind = kind;
    }

    private Builder field(String field, String column, Kind only) {
      if (kind != only) {
        throw new IllegalStateException("'" + field + "' is a column of "
            + only.name().toLowerCase(Locale.ROOT) + " tables; this mapping is for "
            + kind.name().toLowerCase(Locale.ROOT));
      }
      fields.put(field, columnName(column, field + " column"));
      return this;
    }

    private Builder any(String field, String column) {
      fields.put(field, columnName(column, field + " column"));
      return this;
    }

    /**
     * The cell separator (a comma by default; a semicolon for many European spreadsheets, a
     * tab for TSV).
     *
     * @param value the separator: not a quote, letter, digit or line break
     * @return this builder
     * @throws IllegalArgumentException if the separator cannot separate cells
     */
    public Builder separator(char value) {
      if (value == '"' || value == '\n' || value == '\r' || Character.isLetterOrDigit(value)) {
        throw new IllegalArgumentException("'" + value + "' cannot separate cells");
      }
      separator = value;
      return this;
    }

    /**
     * The column of the commitment's or the indicator's id (required).
     *
     * @param column the column
     * @return this builder
     */
    public Builder id(String column) {
      return any("id", column);
    }

    /**
     * The column of the commitment's title (required for commitments).
     *
     * @param column the column
     * @return this builder
     */
    public Builder title(String column) {
      return field("title", column, Kind.COMMITMENTS);
    }

    /**
     * The column of the commitment's description.
     *
     * @param column the column
     * @return this builder
     */
    public Builder description(String column) {
      return field("description", column, Kind.COMMITMENTS);
    }

    /**
     * The column of the commitment's status (a tracker label or a status name).
     *
     * @param column the column
     * @return this builder
     */
    public Builder status(String column) {
      return field("status", column, Kind.COMMITMENTS);
    }

    /**
     * The column of the commitment's due date.
     *
     * @param column the column
     * @return this builder
     */
    public Builder due(String column) {
      return field("due", column, Kind.COMMITMENTS);
    }

    /**
     * The column of the date the commitment was made.
     *
     * @param column the column
     * @return this builder
     */
    public Builder madeOn(String column) {
      return field("madeOn", column, Kind.COMMITMENTS);
    }

    /**
     * A column naming one party who holds the role on the row's commitment.
     *
     * @param role the role
     * @param column the column
     * @return this builder
     */
    public Builder role(Role role, String column) {
      requireCommitments("role");
      roles.add(new RoleColumn(role, column, Optional.empty()));
      return this;
    }

    /**
     * A column naming several parties who hold the role, split by a separator
     * ({@code "Finance;Health"} with {@code ";"}).
     *
     * @param role the role
     * @param column the column
     * @param separatedBy the separator between names
     * @return this builder
     */
    public Builder roles(Role role, String column, String separatedBy) {
      requireCommitments("roles");
      roles.add(new RoleColumn(role, column, Optional.of(separatedBy)));
      return this;
    }

    private void requireCommitments(String what) {
      if (kind != Kind.COMMITMENTS) {
        throw new IllegalStateException("'" + what + "' columns belong to commitment tables");
      }
    }

    /**
     * The column of the indicator's name (without it, the name is the id).
     *
     * @param column the column
     * @return this builder
     */
    public Builder name(String column) {
      return field("name", column, Kind.INDICATORS);
    }

    /**
     * The column of the indicator's unit.
     *
     * @param column the column
     * @return this builder
     */
    public Builder unit(String column) {
      return field("unit", column, Kind.INDICATORS);
    }

    /**
     * The column of the indicator's direction.
     *
     * @param column the column
     * @return this builder
     */
    public Builder direction(String column) {
      return field("direction", column, Kind.INDICATORS);
    }

    /**
     * The direction of indicators when there is no direction column or its cell is empty.
     *
     * @param value the direction (ascending by default)
     * @return this builder
     */
    public Builder direction(Direction value) {
      direction = Objects.requireNonNull(value, "direction must not be null");
      return this;
    }

    /**
     * The column of the id of a commitment the indicator measures; the commitment must have
     * been imported earlier in the same {@link TabularImport}.
     *
     * @param column the column
     * @return this builder
     */
    public Builder commitment(String column) {
      return field("commitment", column, Kind.INDICATORS);
    }

    /**
     * The column of a target's lower bound.
     *
     * @param column the column
     * @return this builder
     */
    public Builder targetMin(String column) {
      return field("targetMin", column, Kind.INDICATORS);
    }

    /**
     * The column of a target's upper bound.
     *
     * @param column the column
     * @return this builder
     */
    public Builder targetMax(String column) {
      return field("targetMax", column, Kind.INDICATORS);
    }

    /**
     * The column of the date a target is due (without it, the row's date).
     *
     * @param column the column
     * @return this builder
     */
    public Builder targetDate(String column) {
      return field("targetDate", column, Kind.INDICATORS);
    }

    /**
     * The column of the actual value measured.
     *
     * @param column the column
     * @return this builder
     */
    public Builder actual(String column) {
      return field("actual", column, Kind.INDICATORS);
    }

    /**
     * The column of the row's date: the end of the measured period, and the target's date
     * when there is no target date column.
     *
     * @param column the column
     * @return this builder
     */
    public Builder date(String column) {
      return field("date", column, Kind.INDICATORS);
    }

    /**
     * The column of the first day of the measured period.
     *
     * @param column the column
     * @return this builder
     */
    public Builder periodStart(String column) {
      return field("periodStart", column, Kind.INDICATORS);
    }

    /**
     * The length of the measured period when there is no period start column: a period of
     * one year ending on 2026-03-31 starts on 2025-04-01.
     *
     * @param value the length; zero (the default) for one day
     * @return this builder
     * @throws IllegalArgumentException if the period is negative
     */
    public Builder period(Period value) {
      Objects.requireNonNull(value, "period must not be null");
      if (value.isNegative()) {
        throw new IllegalArgumentException("period must not be negative, was " + value);
      }
      period = value;
      return this;
    }

    /**
     * A column kept as an attribute of the commitment or indicator (non-empty cells only).
     *
     * @param key the attribute's key
     * @param column the column
     * @return this builder
     */
    public Builder attribute(String key, String column) {
      Objects.requireNonNull(key, "attribute key must not be null");
      attributes.put(key, columnName(column, "attribute column"));
      return this;
    }

    /**
     * Marks columns whose cells must not be empty: a row with one empty is skipped and
     * reported. The id and the title are always required.
     *
     * @param columns mapped columns
     * @return this builder
     */
    public Builder require(String... columns) {
      for (String c : columns) {
        required.add(key(columnName(c, "required column")));
      }
      return this;
    }

    /**
     * Builds the mapping.
     *
     * @return the mapping
     * @throws IllegalStateException if the id or title column is not mapped, a column is
     *     required but not mapped, or targets or actuals are mapped without a date column
     */
    public TableMapping build() {
      if (!fields.containsKey("id")) {
        throw new IllegalStateException("the mapping needs an id column: call id(\"...\")");
      }
      if (kind == Kind.COMMITMENTS && !fields.containsKey("title")) {
        throw new IllegalStateException("a commitment mapping needs a title column: call "
            + "title(\"...\")");
      }
      if (fields.containsKey("actual") && !fields.containsKey("date")) {
        throw new IllegalStateException("actuals need a date column: call date(\"...\")");
      }
      if ((fields.containsKey("targetMin") || fields.containsKey("targetMax"))
          && !fields.containsKey("date") && !fields.containsKey("targetDate")) {
        throw new IllegalStateException("targets need a date column: call date(\"...\") or "
            + "targetDate(\"...\")");
      }
      required.add(key(fields.get("id")));
      if (fields.containsKey("title")) {
        required.add(key(fields.get("title")));
      }
      TableMapping m = new TableMapping(this);
      Set<String> mapped = new LinkedHashSet<>();
      m.columns().forEach(c -> mapped.add(key(c)));
      for (String r : required) {
        if (!mapped.contains(r)) {
          throw new IllegalStateException("required column '" + r + "' is not mapped");
        }
      }
      return m;
    }
  }
}
