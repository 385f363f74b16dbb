package org.sharedoutcomes.core;

import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * The id of an {@link Indicator}. Immutable and thread-safe.
 *
 * @param value the id's text: not blank, at most 256 characters, no surrounding white space
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record IndicatorId(String value) implements EntityId, Comparable<IndicatorId> {
  /**
   * Checks the id's text.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank, too long or has surrounding white
   *     space or control characters
   */
  public IndicatorId {
    Checks.id(value, "indicator id");
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id's text
   * @return the id
   */
  public static IndicatorId of(String value) {
    return new IndicatorId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.INDICATOR;
  }

  @Override
  public int compareTo(IndicatorId other) {
    return value.compareTo(other.value);
  }

  /** Returns the id's text. */
  @Override
  public String toString() {
    return value;
  }
}
