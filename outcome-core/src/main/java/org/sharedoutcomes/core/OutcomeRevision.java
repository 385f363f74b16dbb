package org.sharedoutcomes.core;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * An earlier statement of an {@link Outcome}, kept when the statement was revised: outcomes are
 * often clarified while the parties work. Immutable and thread-safe.
 *
 * @param statement the earlier statement, not blank
 * @param replacedOn the date it was replaced
 * @param reason why it was replaced, not blank
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record OutcomeRevision(String statement, LocalDate replacedOn, String reason) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if the statement or reason is blank
   */
  public OutcomeRevision {
    Checks.text(statement, "revision statement");
    Checks.notNull(replacedOn, "revision replacedOn");
    Checks.text(reason, "revision reason");
  }
}
