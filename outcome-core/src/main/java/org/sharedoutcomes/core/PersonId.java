package org.sharedoutcomes.core;

import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * The id of a {@link Person}. Immutable and thread-safe.
 *
 * @param value the id's text: not blank, at most 256 characters, no surrounding white space
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PersonId(String value) implements PartyId, Comparable<PersonId> {
  /**
   * Checks the id's text.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, too long or has surrounding white
   *     space or control characters
   */
  public PersonId {
    Checks.id(value, "person id");
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text
   * @return the id
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.PERSON;
  }

  @Override
  public int compareTo(PersonId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
