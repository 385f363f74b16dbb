package org.sharedoutcomes.core;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Thrown by {@link OutcomeModel.Builder#build()} when the model has structural errors: it lists
 * the problems, not just the first, and is bounded whatever the model: {@link #problems()}
 * holds at most the first {@value #MAX_PROBLEMS} (in problem order), {@link #totalProblems()}
 * counts them all, and the message shows the first {@value #SHOWN}, each line at most
 * {@value #LINE} characters, then how many more there are.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ModelValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** The most problems the message shows. */
  public static final int SHOWN = 50;
  /** The most problems {@link #problems()} holds. */
  public static final int MAX_PROBLEMS = 1000;
  /** The longest line of the message for one problem, in characters. */
  public static final int LINE = 500;

  /** The problems; a List.copyOf, which is serializable. */
  private final List<Problem> problems;
  private final int total;

  /**
   * Creates the exception.
   *
   * @param problems the problems found, at least one
   */
  public ModelValidationException(List<Problem> problems) {
    this(problems, problems.size());
  }

  /**
   * Creates the exception for the first of more problems.
   *
   * @param problems the first problems found, at least one (at most {@value #MAX_PROBLEMS}
   *     are kept)
   * @param total how many were found in all, at least {@code problems.size()}
   * @throws IllegalArgumentException if {@code total} is less than the problems given
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public ModelValidationException(List<Problem> problems, int total) {
    super(message(problems, total));
    if (total < problems.size()) {
      throw new IllegalArgumentException(
          "total " + total + " is less than the " + problems.size() + " problems given");
    }
    this.problems = List.copyOf(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
    this.total = total;
  }

  private static String message(List<Problem> problems, int total) {
    StringBuilder sb = new StringBuilder("the model has ").append(total)
        .append(total == 1 ? " problem:" : " problems:");
    int shown = Math.min(SHOWN, problems.size());
    for (int i = 0; i < shown; i++) {
      sb.append("\n  - ").append(line(problems.get(i).toString()));
    }
    if (total > shown) {
      sb.append("\n  ... and ").append(total - shown).append(" more");
    }
    return sb.toString();
  }

  /**
   * One problem's line, at most {@value #LINE} characters.
   *
   * @param text the problem as text
   * @return the text, cut at {@value #LINE} characters with an ellipsis
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static String line(String text) {
    return text.length() <= LINE ? text : text.substring(0, LINE - 3) + "...";
  }

  /**
   * The first problems found, sorted by kind of entity, id, field and message: all of them
   * when there are at most {@value #MAX_PROBLEMS}.
   *
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * How many problems were found, including those {@link #problems()} leaves out.
   *
   * @return the count, at least {@code problems().size()}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public int totalProblems() {
    return total;
  }
}
