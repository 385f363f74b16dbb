package org.sharedoutcomes.core;

import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * One structural error found when a model is built: which entity, which field, and what is
 * wrong. Immutable and thread-safe.
 *
 * @param kind the kind of entity at fault
 * @param id the id of the entity at fault (for entities without ids, a description such as
 *     {@code "ccb/ACCOUNTABLE/esdc"}), or empty for the model as a whole
 * @param field the field at fault, such as {@code "parent"}
 * @param message what is wrong and how to fix it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Problem(EntityKind kind, Optional<String> id, String field, String message) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if any field is null
   */
  public Problem {
    Checks.notNull(kind, "problem kind");
    Checks.optional(id, "problem id");
    Checks.notNull(field, "problem field");
    Checks.text(message, "problem message");
  }

  /**
   * A problem with a given entity and field.
   *
   * @param kind the kind of entity
   * @param id its id
   * @param field the field
   * @param message the message
   * @return the problem
   */
  public static Problem of(EntityKind kind, String id, String field, String message) {
    return new Problem(kind, Optional.of(id), field, message);
  }

  /**
   * The problem as one line: {@code commitment 'ccb' field outcomes: ...}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return kind.label() + id.map(i -> " '" + i + "'").orElse("") + " field " + field + ": "
        + message;
  }
}
