package org.sharedoutcomes.core;

import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * The id of an {@link Outcome}. Immutable and thread-safe.
 *
 * @param value the id's text: not blank, at most 256 characters, no surrounding white space
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record OutcomeId(String value) implements RoleTarget, Comparable<OutcomeId> {
  /**
   * Checks the id's text.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, too long or has surrounding white
   *     space or control characters
   */
  public OutcomeId {
    Checks.id(value, "outcome id");
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text
   * @return the id
   */
  public static OutcomeId of(String value) {
    return new OutcomeId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.OUTCOME;
  }

  @Override
  public int compareTo(OutcomeId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
