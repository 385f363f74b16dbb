package org.sharedoutcomes.core;

import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * What a {@link Conflict} is about: a kind and a reference. For {@link SubjectKind#COMMITMENT}
 * and {@link SubjectKind#INDICATOR} the reference is the id of an entity in the model (checked
 * when the model is built); for the other kinds it is free text naming the resource, the data
 * or the role. Immutable and thread-safe.
 *
 * @param kind what kind of thing is disputed
 * @param reference which one, not blank
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ConflictSubject(SubjectKind kind, String reference) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the reference is blank, or, for a commitment or an
   *     indicator, not a valid id (see {@link EntityId})
   */
  public ConflictSubject {
    Checks.notNull(kind, "conflict subject kind");
    if (kind == SubjectKind.COMMITMENT || kind == SubjectKind.INDICATOR) {
      Checks.id(reference, "conflict subject reference");
    } else {
      Checks.text(reference, "conflict subject reference");
    }
  }

  /**
   * A dispute over a commitment.
   *
   * @param id the commitment
   * @return the subject
   */
  public static ConflictSubject commitment(CommitmentId id) {
    return new ConflictSubject(SubjectKind.COMMITMENT,
        Checks.notNull(id, "conflict subject commitment").value());
  }

  /**
   * A dispute over an indicator.
   *
   * @param id the indicator
   * @return the subject
   */
  public static ConflictSubject indicator(IndicatorId id) {
    return new ConflictSubject(SubjectKind.INDICATOR,
        Checks.notNull(id, "conflict subject indicator").value());
  }
}
