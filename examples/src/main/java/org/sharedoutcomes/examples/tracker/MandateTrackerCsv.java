package org.sharedoutcomes.examples.tracker;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;

/**
 * An integrator's adapter: imports a CSV of commitments in the shape of public mandate-letter
 * trackers into an {@link OutcomeModel}. The first row names the columns; these five are
 * required, in any order (other columns are ignored):
 *
 * <ul>
 *   <li>{@code id}: the commitment's id, unique in the file;
 *   <li>{@code title}: what was promised;
 *   <li>{@code lead}: the name of the lead agency, which becomes ACCOUNTABLE and LEAD;
 *   <li>{@code other_agencies}: names of supporting agencies separated by {@code ;} (may be
 *       empty), each a CONTRIBUTOR;
 *   <li>{@code status}: a tracker status such as "Completed - fully met", "Underway - on
 *       track", "Underway - with challenges", "Not being pursued" or "On-going".
 * </ul>
 *
 * <p>Agencies are created from their names (id: the name in lower case, words joined by
 * hyphens) as national departments. Fields follow RFC 4180: commas, quotes and line breaks
 * inside a double-quoted field, a doubled quote for a quote.
 *
 * <p>A row that cannot be imported (missing id, title or lead, an unknown status, an id
 * already used by an earlier row, the wrong number of fields) is reported with its row number
 * (the header is row 1, as a spreadsheet shows it) and the reason, and the import carries on
 * with the next row. Only a file that cannot be read at all, or whose header lacks a required
 * column, fails as a whole.
 *
 * <p>Stateless and thread-safe.
 */
public final class MandateTrackerCsv {
  /** The required columns. */
  public static final List<String> COLUMNS =
      List.of("id", "title", "lead", "other_agencies", "status");

  private static final Map<String, CommitmentStatus> STATUSES = new LinkedHashMap<>();

  static {
    STATUSES.put("completed fully met", CommitmentStatus.COMPLETED_FULLY_MET);
    STATUSES.put("completed modified", CommitmentStatus.COMPLETED_MODIFIED);
    STATUSES.put("underway on track", CommitmentStatus.UNDERWAY_ON_TRACK);
    STATUSES.put("underway with challenges", CommitmentStatus.UNDERWAY_WITH_CHALLENGES);
    STATUSES.put("not being pursued", CommitmentStatus.NOT_BEING_PURSUED);
    STATUSES.put("ongoing", CommitmentStatus.ONGOING);
    STATUSES.put("not started", CommitmentStatus.NOT_STARTED);
    STATUSES.put("superseded", CommitmentStatus.SUPERSEDED);
  }

  private MandateTrackerCsv() {}

  /**
   * A row that was not imported.
   *
   * @param row the row number; the header is row 1
   * @param reason why it was not imported
   */
  public record RejectedRow(int row, String reason) {
    @Override
    public String toString() {
      return "row " + row + ": " + reason;
    }
  }

  /**
   * What an import produced.
   *
   * @param model the model holding every imported commitment, its agencies and roles
   * @param rows the number of data rows read (the header not counted)
   * @param rejected the rows not imported, in file order
   */
  public record ImportResult(OutcomeModel model, int rows, List<RejectedRow> rejected) {
    /** Copies the list. */
    public ImportResult {
      rejected = List.copyOf(rejected);
    }

    /**
     * The number of rows imported.
     *
     * @return rows minus rejected rows
     */
    public int imported() {
      return rows - rejected.size();
    }
  }

  /**
   * Imports a tracker.
   *
   * @param csv the CSV text
   * @return the model and the rejected rows
   * @throws IOException if the reader fails
   * @throws IllegalArgumentException if the file is empty or its header lacks a required
   *     column
   */
  public static ImportResult read(Reader csv) throws IOException {
    List<List<String>> records = parse(csv);
    if (records.isEmpty()) {
      throw new IllegalArgumentException("the tracker is empty: expected a header row with "
          + String.join(", ", COLUMNS));
    }
    Map<String, Integer> column = new HashMap<>();
    List<String> header = records.get(0);
    for (int i = 0; i < header.size(); i++) {
      column.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    for (String c : COLUMNS) {
      if (!column.containsKey(c)) {
        throw new IllegalArgumentException("row 1: the header has no column '" + c
            + "'; required columns are " + String.join(", ", COLUMNS) + ", found "
            + String.join(", ", header));
      }
    }

    OutcomeModel.Builder model = OutcomeModel.builder();
    Map<AgencyId, String> agencies = new LinkedHashMap<>();
    Map<String, Integer> firstRowOfId = new HashMap<>();
    List<RejectedRow> rejected = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      int row = r + 1;
      List<String> fields = records.get(r);
      if (fields.size() != header.size()) {
        rejected.add(new RejectedRow(row, "expected " + header.size() + " fields, found "
            + fields.size()));
        continue;
      }
      String id = fields.get(column.get("id")).strip();
      String title = fields.get(column.get("title")).strip();
      String lead = fields.get(column.get("lead")).strip();
      String status = fields.get(column.get("status")).strip();
      if (id.isEmpty()) {
        rejected.add(new RejectedRow(row, "missing id (title \"" + title + "\")"));
        continue;
      }
      Integer first = firstRowOfId.putIfAbsent(id, row);
      if (first != null) {
        rejected.add(new RejectedRow(row, "duplicate id '" + id + "', first used on row "
            + first));
        continue;
      }
      if (title.isEmpty()) {
        rejected.add(new RejectedRow(row, "missing title for '" + id + "'"));
        continue;
      }
      if (lead.isEmpty()) {
        rejected.add(new RejectedRow(row, "missing lead agency for '" + id + "'"));
        continue;
      }
      Optional<CommitmentStatus> s = status(status);
      if (s.isEmpty()) {
        rejected.add(new RejectedRow(row, "unknown status '" + status + "' for '" + id
            + "'; expected one of " + knownStatuses()));
        continue;
      }
      Set<String> others = new LinkedHashSet<>();
      for (String name : fields.get(column.get("other_agencies")).split(";")) {
        if (!name.isBlank() && !name.strip().equals(lead)) {
          others.add(name.strip());
        }
      }
      Commitment commitment;
      try {
        commitment = Commitment.builder(id, title).status(s.get()).build();
      } catch (IllegalArgumentException e) {
        rejected.add(new RejectedRow(row, e.getMessage()));
        continue;
      }
      // Everything about the row is known to be good: add it.
      model.commitment(commitment);
      AgencyId leadId = agency(lead, agencies);
      model.assign(leadId, Role.ACCOUNTABLE, commitment.id());
      model.assign(leadId, Role.LEAD, commitment.id());
      for (String name : others) {
        model.assign(agency(name, agencies), Role.CONTRIBUTOR, commitment.id());
      }
    }
    agencies.forEach((id, name) -> model.agency(
        Agency.builder(id, name, AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL).build()));
    return new ImportResult(model.build(), records.size() - 1, rejected);
  }

  /** The agency id for a name, remembering the name. */
  private static AgencyId agency(String name, Map<AgencyId, String> agencies) {
    AgencyId id = AgencyId.of(slug(name));
    agencies.putIfAbsent(id, name);
    return id;
  }

  /**
   * The id made from an agency's name: lower case, runs of other characters as one hyphen.
   *
   * @param name the name
   * @return the id text
   */
  public static String slug(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
    return s.replaceAll("^-+|-+$", "");
  }

  /** Tracker statuses compared on their letters only: "On-going" is "ongoing". */
  static Optional<CommitmentStatus> status(String text) {
    String key = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
    CommitmentStatus s = STATUSES.get(key);
    if (s == null) {
      s = STATUSES.get(key.replace(" ", ""));
    }
    return Optional.ofNullable(s);
  }

  private static String knownStatuses() {
    return "Completed - fully met, Completed - modified, Underway - on track,"
        + " Underway - with challenges, Not being pursued, On-going, Not started, Superseded";
  }

  /**
   * Splits RFC 4180 text into records of fields. A final line break does not start another
   * record.
   */
  static List<List<String>> parse(Reader in) throws IOException {
    StringBuilder all = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = in.read(buffer)) != -1; ) {
      all.append(buffer, 0, n);
    }
    String text = all.toString();
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"' && field.length() == 0) {
        quoted = true;
      } else if (ch == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(List.copyOf(record));
        record.clear();
      } else if (ch != '\r') {
        field.append(ch);
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(List.copyOf(record));
    }
    return records;
  }
}
