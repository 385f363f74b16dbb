package org.sharedoutcomes.core;

import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * The id of a {@link Commitment}. Immutable and thread-safe.
 *
 * @param value the id's text: not blank, at most 256 characters, no surrounding white space
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CommitmentId(String value) implements RoleTarget, Comparable<CommitmentId> {
  /**
   * Checks the id's text.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, too long or has surrounding white
   *     space or control characters
   */
  public CommitmentId {
    Checks.id(value, "commitment id");
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text
   * @return the id
   */
  public static CommitmentId of(String value) {
    return new CommitmentId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.COMMITMENT;
  }

  @Override
  public int compareTo(CommitmentId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
