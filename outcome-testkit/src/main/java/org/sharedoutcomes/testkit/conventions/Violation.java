package org.sharedoutcomes.testkit.conventions;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One broken convention: which one, where (a type, member or package name), and what is wrong.
 *
 * <p>Immutable and thread-safe.
 *
 * @param convention the convention broken
 * @param element the package, type or member that breaks it, e.g. {@code
 *     org.sharedoutcomes.core.Agency#name()}
 * @param detail what is wrong, in a sentence fragment
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Violation(Convention convention, String element, String detail) {
  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException naming the null component
   */
  public Violation {
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * The violation as one line of a report.
   *
   * @return {@code [CONVENTION] element: detail}
   */
  @Override
  public String toString() {
    return "[" + convention + "] " + element + ": " + detail;
  }
}
