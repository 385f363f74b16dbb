package org.sharedoutcomes.json;

import java.util.Objects;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Problem;

/**
 * A validation problem of a model read from a document, with where in the document its
 * entity was read: the line and column where the entity's object starts and the JSON Pointer
 * (RFC 6901) of the field at fault, down to the array index ({@code /roles/17/agency}).
 * Immutable and thread-safe.
 *
 * @param problem the problem, as the model's validation reports it
 * @param line the line where the entity starts, from 1, or 0 if unknown
 * @param column the column where the entity starts, from 1, or 0 if unknown
 * @param pointer the JSON Pointer of the field at fault
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record LocatedProblem(Problem problem, int line, int column, String pointer) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public LocatedProblem {
    Objects.requireNonNull(problem, "problem must not be null");
    Objects.requireNonNull(pointer, "pointer must not be null");
    line = Math.max(0, line);
    column = Math.max(0, column);
  }

  /**
   * The problem with its place: {@code commitment 'a' field dependsOn: ... (at
   * '/commitments/3/dependsOn', line 5, column 3)}.
   *
   * @return the line of text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(problem.toString()).append(" (at '").append(pointer)
        .append('\'');
    if (line > 0) {
      sb.append(", line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
    }
    return sb.append(')').toString();
  }
}
