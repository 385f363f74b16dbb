package org.sharedoutcomes.tabular;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A problem with one row of a table: where it is (source, line, column) and why. A problem
 * either skipped the row ({@link #skipped()}: nothing of the row is in the model) or only a
 * cell of it (the rest of the row was imported, and the reason says what was left out).
 * Immutable and thread-safe.
 *
 * @param source the table's source name, for example a file name
 * @param row the 1-based line in the file on which the row starts (the header is line 1, as a
 *     spreadsheet shows it; a row whose quoted cell holds line breaks spans several lines)
 * @param column the column the problem is in, as the header names it; empty when it concerns
 *     the whole row (for example a wrong number of cells)
 * @param reason what is wrong, naming the offending value
 * @param skipped whether the whole row was left out
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record RowProblem(
    String source, long row, Optional<String> column, String reason, boolean skipped) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the row is not positive or the reason is blank
   */
  public RowProblem {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(column, "column must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    if (row < 1) {
      throw new IllegalArgumentException("row must be 1 or more, was " + row);
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
  }

  /**
   * The problem as one line: {@code source:row: column 'c': reason (row skipped)}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return source + ":" + row + ": " + column.map(c -> "column '" + c + "': ").orElse("")
        + reason + (skipped ? " (row skipped)" : "");
  }
}
