package org.sharedoutcomes.tabular;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.access.DataAccess;

/**
 * Exports flat tables for researchers as CSV (RFC 4180: comma separated, CRLF line ends, a
 * header row, fields quoted when they hold a comma, a quote or a line break, quotes doubled).
 *
 * <ul>
 *   <li>{@link #commitments(OutcomeModel, Appendable)}: one row per role on a commitment
 *       (a commitment without roles gets one row with empty role columns).
 *   <li>{@link #indicators(OutcomeModel, Appendable)}: one row per indicator with its baseline,
 *       final target and latest total value (the measurement without dimensions with the
 *       latest period).
 * </ul>
 *
 * <p><b>CSV injection.</b> A spreadsheet runs a cell that starts with {@code =}, {@code +},
 * {@code -} or {@code @} (and, in some, a tab or a carriage return) as a formula, so a title
 * such as {@code =HYPERLINK(...)} in a model could act when a researcher opens the table. As
 * OWASP recommends, every <em>text</em> cell (ids, titles, names, units) that starts with one
 * of these characters is written with a single quote in front ({@code '=HYPERLINK(...)}),
 * which spreadsheets show as text; see {@link #neutralise(String)}. Cells the library writes
 * itself, numbers (a negative baseline stays {@code -2.5}), dates, counts and code names, are
 * never changed, so numbers stay numbers. A text cell that genuinely starts with such a
 * character (a title {@code "-50% waiting time"}) therefore reads back with the quote.
 *
 * <p>The writer is a few lines of RFC 4180 quoting rather than Jackson's CSV generator, so
 * that its quoting (only when needed) is exact and stable. Rows are in the model's canonical
 * order, so equal models give identical tables. Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OutcomeCsv {
  /** The header of the commitments table. */
  public static final List<String> COMMITMENT_COLUMNS = List.of("commitment_id", "title",
      "status", "priority", "made_on", "due", "outcomes", "role", "party_kind", "party_id",
      "agency_id", "role_from", "role_to");

  /** The header of the indicators table. */
  public static final List<String> INDICATOR_COLUMNS = List.of("indicator_id", "name", "unit",
      "measure_type", "direction", "sensitivity", "data_owner", "baseline_value",
      "baseline_date", "target_kind", "target_value", "target_date", "latest_period_start",
      "latest_period_end", "latest_value", "latest_status", "measurements", "withheld");

  private OutcomeCsv() {}

  /**
   * Writes the commitments with their roles.
   *
   * @param model the model
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void commitments(OutcomeModel model, Appendable out) {
    Objects.requireNonNull(model, "model must not be null");
    Objects.requireNonNull(out, "out must not be null");
    try {
      row(out, COMMITMENT_COLUMNS);
      for (Commitment c : model.commitments()) {
        List<String> base = List.of(neutralise(c.id().value()), neutralise(c.title()),
            c.status().map(Enum::name).orElse(""), c.priority().map(Enum::name).orElse(""),
            c.madeOn().map(Object::toString).orElse(""),
            c.due().map(Object::toString).orElse(""), neutralise(
                c.outcomes().stream().map(EntityId::value).collect(Collectors.joining(";"))));
        List<RoleAssignment> roles = model.rolesOn(c.id());
        if (roles.isEmpty()) {
          List<String> cells = new ArrayList<>(base);
          cells.addAll(List.of("", "", "", "", "", ""));
          row(out, cells);
        }
        for (RoleAssignment r : roles) {
          List<String> cells = new ArrayList<>(base);
          cells.add(neutralise(r.role().id()));
          cells.add(r.party() instanceof PersonId ? "person" : "agency");
          cells.add(neutralise(r.party().value()));
          cells.add(neutralise(model.agencyOf(r.party()).value()));
          cells.add(r.from().map(Object::toString).orElse(""));
          cells.add(r.to().map(Object::toString).orElse(""));
          row(out, cells);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the indicators with their latest values, all data included.
   *
   * @param model the model
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void indicators(OutcomeModel model, Appendable out) {
    write(model, null, out);
  }

  /**
   * Writes the indicators with the latest values one agency may see (by {@link DataAccess});
   * the {@code withheld} column counts the measurements left out, and a baseline the agency
   * may not see (by its date) is left empty, as in a viewer's JSON document.
   *
   * @param model the model
   * @param viewer the viewer
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void indicators(OutcomeModel model, AgencyId viewer, Appendable out) {
    write(model, Objects.requireNonNull(viewer, "viewer must not be null"), out);
  }

  private static void write(OutcomeModel model, @Nullable AgencyId viewer, Appendable out) {
    Objects.requireNonNull(model, "model must not be null");
    Objects.requireNonNull(out, "out must not be null");
    DataAccess access = DataAccess.of(model);
    try {
      row(out, INDICATOR_COLUMNS);
      for (Indicator i : model.indicators()) {
        MeasurementSeries s = model.measurements(i.id());
        int latest = -1;
        int visible = 0;
        for (int k = 0; k < s.size(); k++) {
          if (viewer != null && !access.canSee(viewer, i.id(), s.periodStart(k))) {
            continue;
          }
          visible++;
          if (s.dimensions(k).isEmpty()
              && (latest < 0 || !s.periodEnd(k).isBefore(s.periodEnd(latest)))) {
            latest = k;
          }
        }
        Target t = i.finalTarget().orElse(null);
        List<String> cells = new ArrayList<>();
        cells.add(neutralise(i.id().value()));
        cells.add(neutralise(i.name()));
        cells.add(neutralise(i.unit()));
        cells.add(i.measureType().name());
        cells.add(i.direction().name());
        cells.add(i.sensitivity().name());
        cells.add(neutralise(i.dataOwner().map(AgencyId::value).orElse("")));
        // a baseline is a measured figure: the viewer sees it only where it may see the data of
        // its date, as core's Disclosure rule withholds it in a viewer's JSON document
        var baseline = i.baseline().filter(b -> viewer == null
            || access.canSee(viewer, i.id(), b.date()));
        cells.add(baseline.map(b -> number(b.value())).orElse(""));
        cells.add(baseline.map(b -> b.date().toString()).orElse(""));
        cells.add(t == null ? "" : t.kind().name());
        cells.add(t == null ? "" : number(t.reference()));
        cells.add(t == null ? "" : t.date().toString());
        cells.add(latest < 0 ? "" : s.periodStart(latest).toString());
        cells.add(latest < 0 ? "" : s.periodEnd(latest).toString());
        cells.add(latest < 0 ? "" : number(s.value(latest)));
        cells.add(latest < 0 ? "" : s.status(latest).name());
        cells.add(Integer.toString(visible));
        cells.add(Integer.toString(s.size() - visible));
        row(out, cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A number as researchers expect it: whole numbers without a fraction, others in Java's
   * shortest round-tripping form.
   */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /**
   * Neutralises a text cell against CSV injection (OWASP): a cell starting with {@code =},
   * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a single quote in front.
   * Applied to text cells only, never to numbers the library writes.
   *
   * @param text the cell's text
   * @return the text, or {@code '} followed by the text
   */
  public static String neutralise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        ? "'" + text : text;
  }

  /**
   * Quotes one field by RFC 4180.
   *
   * @param field the field
   * @return the field, quoted if needed
   */
  static String quote(String field) {
    boolean needs = false;
    for (int i = 0; i < field.length() && !needs; i++) {
      char c = field.charAt(i);
      needs = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  private static void row(Appendable out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(cells.get(i)));
    }
    out.append("\r\n");
  }
}
