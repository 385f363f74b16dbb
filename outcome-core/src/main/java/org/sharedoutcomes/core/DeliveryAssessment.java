package org.sharedoutcomes.core;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * A dated human judgement of the likelihood that a commitment will be delivered, with its
 * rationale and assessor. Derived ratings never overwrite these: the library reports both and
 * flags where they disagree. Immutable and thread-safe.
 *
 * @param commitment the commitment assessed
 * @param date the date of the assessment
 * @param rating the rating
 * @param assessor who assessed it, if recorded
 * @param rationale why, possibly empty
 * @param attributes free string attributes for integrators, sorted by key
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DeliveryAssessment(
    CommitmentId commitment,
    LocalDate date,
    Rating rating,
    Optional<PartyId> assessor,
    String rationale,
    Map<String, String> attributes) {

  /**
   * The canonical order in a model: by commitment, then date, rating, assessor, rationale and
   * attributes, so that a model's list of assessments does not depend on the order they were
   * added in.
   */
  public static final java.util.Comparator<DeliveryAssessment> ORDER =
      java.util.Comparator.comparing(DeliveryAssessment::commitment)
          .thenComparing(DeliveryAssessment::date)
          .thenComparing(DeliveryAssessment::rating)
          .thenComparing(a -> a.assessor().map(PartyId::value).orElse(""))
          .thenComparing(DeliveryAssessment::rationale)
          .thenComparing(DeliveryAssessment::attributes, Checks.ATTRIBUTE_ORDER);

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if any field is null
   */
  public DeliveryAssessment {
    Checks.notNull(commitment, "assessment commitment");
    String where = "assessment of '" + commitment + "' ";
    Checks.notNull(date, where + "date");
    Checks.notNull(rating, where + "rating");
    Checks.optional(assessor, where + "assessor");
    Checks.notNull(rationale, where + "rationale");
    attributes = Checks.attributes(attributes, where + "attributes");
  }

  /**
   * An assessment with no assessor or attributes.
   *
   * @param commitment the commitment
   * @param date the date
   * @param rating the rating
   * @param rationale why
   * @return the assessment
   */
  public static DeliveryAssessment of(
      CommitmentId commitment, LocalDate date, Rating rating, String rationale) {
    return new DeliveryAssessment(commitment, date, rating, Optional.empty(), rationale,
        Map.of());
  }

  /**
   * This assessment, made by the given assessor.
   *
   * @param by the assessor
   * @return a new assessment
   */
  public DeliveryAssessment by(PartyId by) {
    return new DeliveryAssessment(commitment, date, rating,
        Optional.of(Checks.notNull(by, "assessment of '" + commitment + "' assessor")), rationale,
        attributes);
  }
}
