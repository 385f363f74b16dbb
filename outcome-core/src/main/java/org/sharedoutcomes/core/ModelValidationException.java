package org.sharedoutcomes.core;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Thrown by {@link OutcomeModel.Builder#build()} when the model has structural errors: it lists
 * every {@link Problem}, not just the first.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ModelValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 50;

  /** The problems; a List.copyOf, which is serializable. */
  private final List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found, at least one
   */
  public ModelValidationException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<Problem> problems) {
    String head = "the model has " + problems.size()
        + (problems.size() == 1 ? " problem:" : " problems:");
    String body = problems.stream().limit(SHOWN).map(p -> "\n  - " + p)
        .collect(Collectors.joining());
    return head + body
        + (problems.size() > SHOWN ? "\n  ... and " + (problems.size() - SHOWN) + " more" : "");
  }

  /**
   * Every problem found, sorted by kind of entity, id, field and message.
   *
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }
}
