package org.sharedoutcomes.core;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.internal.SetOnce;

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
   * <p><b>Not part of the stable API:</b> this canonical constructor gains a parameter whenever
   * the assessment gains a field. Create assessments with
   * {@link #of(CommitmentId, LocalDate, Rating, String)} or
   * {@link #builder(CommitmentId, LocalDate, Rating)}, or derive them with {@link #toBuilder()}.
   *
   * @throws NullPointerException if any field is null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public DeliveryAssessment {
    Checks.notNull(commitment, "assessment commitment");
    // the context is built only when a check fails
    Supplier<String> where = () -> "assessment of '" + commitment + "' ";
    Checks.notNull(date, where, "date");
    Checks.notNull(rating, where, "rating");
    Checks.optional(assessor, where, "assessor");
    Checks.notNull(rationale, where, "rationale");
    attributes = Checks.attributes(attributes, where, "attributes");
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
   * A builder for an assessment of a commitment on a date, with no assessor, rationale or
   * attributes until set. The given values count as set: their setters are for builders from
   * {@link #toBuilder()}.
   *
   * @param commitment the commitment
   * @param date the date
   * @param rating the rating
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Builder builder(CommitmentId commitment, LocalDate date, Rating rating) {
    return new Builder(commitment, date, rating);
  }

  /**
   * A builder holding this assessment's fields, to derive a changed assessment: each
   * single-valued field may be replaced once; {@link Builder#attribute} adds to the attributes.
   *
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Builder toBuilder() {
    Builder b = new Builder(commitment, date, rating);
    b.set = 0;
    b.assessor = assessor;
    b.rationale = rationale;
    b.attributes.putAll(attributes);
    return b;
  }

  /**
   * This assessment, made by the given assessor.
   *
   * @param by the assessor
   * @return a new assessment
   */
  public DeliveryAssessment by(PartyId by) {
    return toBuilder().assessor(by).build();
  }

  /**
   * A builder of {@link DeliveryAssessment}s. Not thread-safe; each setter checks its argument
   * at once.
   *
   * <p>A single-valued field (commitment, date, rating, assessor, rationale) is set at most
   * once: a second call of its setter throws {@link IllegalStateException} naming the assessment
   * and the field; the values given to {@link DeliveryAssessment#builder} count as set. A
   * builder from {@link DeliveryAssessment#toBuilder()} starts with the assessment's values,
   * each of which may be replaced once. {@link #attribute} adds.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private static final long COMMITMENT = 1;
    private static final long DATE = 1 << 1;
    private static final long RATING = 1 << 2;
    private static final long ASSESSOR = 1 << 3;
    private static final long RATIONALE = 1 << 4;

    private final Supplier<String> where;
    private long set = COMMITMENT | DATE | RATING;
    private CommitmentId commitment;
    private LocalDate date;
    private Rating rating;
    private Optional<PartyId> assessor = Optional.empty();
    private String rationale = "";
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(CommitmentId commitment, LocalDate date, Rating rating) {
      this.commitment = Checks.notNull(commitment, "assessment commitment");
      this.where = () -> "assessment of '" + this.commitment + "' ";
      this.date = Checks.notNull(date, where, "date");
      this.rating = Checks.notNull(rating, where, "rating");
    }

    /** Marks a field set, after its value was checked: a setter that throws changes nothing. */
    private <T> T once(long bit, String field, T value) {
      set = SetOnce.mark(set, bit, where, field);
      return value;
    }

    /**
     * Replaces the commitment (once, in a builder from {@link DeliveryAssessment#toBuilder()}).
     *
     * @param value the commitment
     * @return this builder
     * @throws IllegalStateException if the commitment is already set
     */
    public Builder commitment(CommitmentId value) {
      this.commitment = once(COMMITMENT, "commitment", Checks.notNull(value, where, "commitment"));
      return this;
    }

    /**
     * Replaces the date (once, in a builder from {@link DeliveryAssessment#toBuilder()}).
     *
     * @param value the date
     * @return this builder
     * @throws IllegalStateException if the date is already set
     */
    public Builder date(LocalDate value) {
      this.date = once(DATE, "date", Checks.notNull(value, where, "date"));
      return this;
    }

    /**
     * Replaces the rating (once, in a builder from {@link DeliveryAssessment#toBuilder()}).
     *
     * @param value the rating
     * @return this builder
     * @throws IllegalStateException if the rating is already set
     */
    public Builder rating(Rating value) {
      this.rating = once(RATING, "rating", Checks.notNull(value, where, "rating"));
      return this;
    }

    /**
     * Sets who made the assessment.
     *
     * @param value the assessor
     * @return this builder
     * @throws IllegalStateException if the assessor is already set
     */
    public Builder assessor(PartyId value) {
      this.assessor = once(ASSESSOR, "assessor",
          Optional.of(Checks.notNull(value, where, "assessor")));
      return this;
    }

    /**
     * Sets why the rating was given.
     *
     * @param value the rationale, possibly empty
     * @return this builder
     * @throws IllegalStateException if the rationale is already set
     */
    public Builder rationale(String value) {
      this.rationale = once(RATIONALE, "rationale", Checks.notNull(value, where, "rationale"));
      return this;
    }

    /**
     * Adds an attribute (replacing any with the same key).
     *
     * @param key the key, not blank
     * @param value the value
     * @return this builder
     */
    public Builder attribute(String key, String value) {
      attributes.put(Checks.text(key, where, "attribute key"),
          Checks.notNull(value, where.get() + "attribute '" + key + "'"));
      return this;
    }

    /**
     * Builds the assessment.
     *
     * @return the assessment
     */
    public DeliveryAssessment build() {
      return new DeliveryAssessment(commitment, date, rating, assessor, rationale, attributes);
    }
  }
}
