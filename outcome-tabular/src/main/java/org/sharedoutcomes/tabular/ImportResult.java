package org.sharedoutcomes.tabular;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.OutcomeModel;

/**
 * What an import produced: the model of every good row, and the problems, so that nothing is
 * lost silently: a row is either imported or named in a problem that {@link RowProblem#skipped()
 * skipped} it. Immutable and thread-safe.
 *
 * <p>The problem list is bounded: it holds the first {@link TabularImport#maxProblems(int)
 * maxProblems} problems (1000 by default) in file order, and {@link #problemCount()} counts them
 * all.
 *
 * @param model the validated model of the imported rows
 * @param rows the data rows read, over every table (headers and blank lines not counted)
 * @param imported the rows imported (some possibly with a cell left out, see the problems)
 * @param problems the first problems, in the order the tables and rows were read
 * @param problemCount how many problems there were in all
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record ImportResult(
    OutcomeModel model, long rows, long imported, List<RowProblem> problems, long problemCount) {
  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the counts do not add up
   */
  public ImportResult {
    Objects.requireNonNull(model, "model must not be null");
    problems = List.copyOf(problems);
    if (imported < 0 || imported > rows || problemCount < problems.size()) {
      throw new IllegalArgumentException("inconsistent counts: rows " + rows + ", imported "
          + imported + ", problems " + problems.size() + " of " + problemCount);
    }
  }

  /**
   * The rows left out.
   *
   * @return rows minus imported
   */
  public long skipped() {
    return rows - imported;
  }

  /**
   * Whether problems were left out of {@link #problems()} because there were more than the
   * bound.
   *
   * @return true if {@code problemCount() > problems().size()}
   */
  public boolean problemsTruncated() {
    return problemCount > problems.size();
  }
}
