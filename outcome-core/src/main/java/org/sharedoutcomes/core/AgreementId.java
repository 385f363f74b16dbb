package org.sharedoutcomes.core;

import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * The id of a {@link DataSharingAgreement}. Immutable and thread-safe.
 *
 * @param value the id's text: not blank, at most 256 characters, no surrounding white space
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AgreementId(String value) implements EntityId, Comparable<AgreementId> {
  /**
   * Checks the id's text.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, too long or has surrounding white
   *     space or control characters
   */
  public AgreementId {
    Checks.id(value, "agreement id");
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text
   * @return the id
   */
  public static AgreementId of(String value) {
    return new AgreementId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.AGREEMENT;
  }

  @Override
  public int compareTo(AgreementId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
