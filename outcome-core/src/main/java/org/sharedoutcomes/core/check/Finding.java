package org.sharedoutcomes.core.check;

import java.util.List;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.internal.Checks;

/**
 * One governance finding of the {@link AccountabilityCheck}: its stable code, severity, the
 * entities involved, and a sentence a manager understands. Immutable and thread-safe.
 *
 * @param code what was found
 * @param entities the entities involved, the main one first
 * @param message what is wrong and what to do, in plain words
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Finding(FindingCode code, List<EntityId> entities, String message) {
  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field or element is null
   * @throws IllegalArgumentException if the message is blank
   */
  public Finding {
    Checks.notNull(code, "finding code");
    entities = Checks.list(entities, "finding entities");
    Checks.text(message, "finding message");
  }

  /**
   * The finding's severity.
   *
   * @return the code's severity
   */
  public Severity severity() {
    return code.severity();
  }

  /**
   * The finding as one line: {@code [SO-ACC-001 ERROR] message}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return "[" + code.code() + " " + code.severity() + "] " + message;
  }
}
