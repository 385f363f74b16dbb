package org.sharedoutcomes.core;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.internal.SetOnce;

/**
 * An act of the centre towards an agency, possibly on a commitment: support ("Can we help?"),
 * challenge, a directive, or monitoring. The ratio of directive to supportive acts is a
 * centralization signal. Immutable and thread-safe.
 *
 * @param from the agency acting (usually the centre)
 * @param to the agency acted upon
 * @param commitment the commitment concerned, if any
 * @param kind the kind of act
 * @param date its date
 * @param note what was done, possibly empty
 * @param attributes free string attributes for integrators, sorted by key
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Intervention(
    AgencyId from,
    AgencyId to,
    Optional<CommitmentId> commitment,
    InterventionKind kind,
    LocalDate date,
    String note,
    Map<String, String> attributes) {

  /**
   * The canonical order in a model: by date, then from, to, commitment, kind, note and
   * attributes, so that a model's list of interventions does not depend on the order they were
   * added in.
   */
  public static final Comparator<Intervention> ORDER =
      Comparator.comparing(Intervention::date)
          .thenComparing(Intervention::from)
          .thenComparing(Intervention::to)
          .thenComparing(i -> i.commitment().map(CommitmentId::value).orElse(""))
          .thenComparing(Intervention::kind)
          .thenComparing(Intervention::note)
          .thenComparing(Intervention::attributes, Checks.ATTRIBUTE_ORDER);

  /**
   * Checks and copies the fields.
   *
   * <p><b>Not part of the stable API:</b> this canonical constructor gains a parameter whenever
   * the intervention gains a field. Create interventions with
   * {@link #of(AgencyId, AgencyId, CommitmentId, InterventionKind, LocalDate, String)} or
   * {@link #builder(AgencyId, AgencyId, InterventionKind, LocalDate)}, or derive them with
   * {@link #toBuilder()}.
   *
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if the agency intervenes on itself
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public Intervention {
    Checks.notNull(from, "intervention from");
    Checks.notNull(to, "intervention to");
    // the context is built only when a check fails
    Supplier<String> where = () -> "intervention from '" + from + "' to '" + to + "' ";
    if (from.equals(to)) {
      throw new IllegalArgumentException(where.get() + "must be between two different agencies");
    }
    Checks.optional(commitment, where, "commitment");
    Checks.notNull(kind, where, "kind");
    Checks.notNull(date, where, "date");
    Checks.notNull(note, where, "note");
    attributes = Checks.attributes(attributes, where, "attributes");
  }

  /**
   * An intervention on a commitment, with no attributes.
   *
   * @param from the acting agency
   * @param to the agency acted upon
   * @param commitment the commitment concerned
   * @param kind the kind of act
   * @param date the date
   * @param note what was done
   * @return the intervention
   */
  public static Intervention of(AgencyId from, AgencyId to, CommitmentId commitment,
      InterventionKind kind, LocalDate date, String note) {
    return new Intervention(from, to,
        Optional.of(Checks.notNull(commitment, "intervention commitment")), kind, date, note,
        Map.of());
  }

  /**
   * A builder for an act of one agency towards another on a date, on no commitment and with no
   * note or attributes until set. The given values count as set: their setters are for builders
   * from {@link #toBuilder()}.
   *
   * @param from the acting agency
   * @param to the agency acted upon
   * @param kind the kind of act
   * @param date the date
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Builder builder(AgencyId from, AgencyId to, InterventionKind kind,
      LocalDate date) {
    return new Builder(from, to, kind, date);
  }

  /**
   * A builder holding this intervention's fields, to derive a changed intervention: each
   * single-valued field may be replaced once; {@link Builder#attribute} adds to the attributes.
   *
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Builder toBuilder() {
    Builder b = new Builder(from, to, kind, date);
    b.set = 0;
    b.commitment = commitment;
    b.note = note;
    b.attributes.putAll(attributes);
    return b;
  }

  /**
   * Whether this act is supportive ({@link InterventionKind#SUPPORT}).
   *
   * @return true if supportive
   */
  public boolean isSupportive() {
    return kind == InterventionKind.SUPPORT;
  }

  /**
   * Whether this act is a directive ({@link InterventionKind#DIRECTIVE}).
   *
   * @return true if directive
   */
  public boolean isDirective() {
    return kind == InterventionKind.DIRECTIVE;
  }

  /**
   * A builder of {@link Intervention}s. Not thread-safe; each setter checks its argument at
   * once.
   *
   * <p>A single-valued field (from, to, kind, date, commitment, note) is set at most once: a
   * second call of its setter throws {@link IllegalStateException} naming the intervention and
   * the field; the values given to {@link Intervention#builder} count as set. A builder from
   * {@link Intervention#toBuilder()} starts with the intervention's values, each of which may be
   * replaced once. {@link #attribute} adds.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private static final long FROM = 1;
    private static final long TO = 1 << 1;
    private static final long KIND = 1 << 2;
    private static final long DATE = 1 << 3;
    private static final long COMMITMENT = 1 << 4;
    private static final long NOTE = 1 << 5;

    private final Supplier<String> where;
    private long set = FROM | TO | KIND | DATE;
    private AgencyId from;
    private AgencyId to;
    private InterventionKind kind;
    private LocalDate date;
    private Optional<CommitmentId> commitment = Optional.empty();
    private String note = "";
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(AgencyId from, AgencyId to, InterventionKind kind, LocalDate date) {
      this.from = Checks.notNull(from, "intervention from");
      this.to = Checks.notNull(to, "intervention to");
      this.where = () -> "intervention from '" + this.from + "' to '" + this.to + "' ";
      this.kind = Checks.notNull(kind, where, "kind");
      this.date = Checks.notNull(date, where, "date");
    }

    /** Marks a field set, after its value was checked: a setter that throws changes nothing. */
    private <T> T once(long bit, String field, T value) {
      set = SetOnce.mark(set, bit, where, field);
      return value;
    }

    /**
     * Replaces the acting agency (once, in a builder from {@link Intervention#toBuilder()}).
     *
     * @param value the acting agency
     * @return this builder
     * @throws IllegalStateException if {@code from} is already set
     */
    public Builder from(AgencyId value) {
      this.from = once(FROM, "from", Checks.notNull(value, where, "from"));
      return this;
    }

    /**
     * Replaces the agency acted upon (once, in a builder from {@link Intervention#toBuilder()}).
     *
     * @param value the agency acted upon
     * @return this builder
     * @throws IllegalStateException if {@code to} is already set
     */
    public Builder to(AgencyId value) {
      this.to = once(TO, "to", Checks.notNull(value, where, "to"));
      return this;
    }

    /**
     * Replaces the kind of act (once, in a builder from {@link Intervention#toBuilder()}).
     *
     * @param value the kind
     * @return this builder
     * @throws IllegalStateException if the kind is already set
     */
    public Builder kind(InterventionKind value) {
      this.kind = once(KIND, "kind", Checks.notNull(value, where, "kind"));
      return this;
    }

    /**
     * Replaces the date (once, in a builder from {@link Intervention#toBuilder()}).
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
     * Sets the commitment concerned.
     *
     * @param value the commitment
     * @return this builder
     * @throws IllegalStateException if the commitment is already set
     */
    public Builder commitment(CommitmentId value) {
      this.commitment = once(COMMITMENT, "commitment",
          Optional.of(Checks.notNull(value, where, "commitment")));
      return this;
    }

    /**
     * Sets what was done.
     *
     * @param value the note, possibly empty
     * @return this builder
     * @throws IllegalStateException if the note is already set
     */
    public Builder note(String value) {
      this.note = once(NOTE, "note", Checks.notNull(value, where, "note"));
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
     * Builds the intervention.
     *
     * @return the intervention
     * @throws IllegalArgumentException if the agency intervenes on itself
     */
    public Intervention build() {
      return new Intervention(from, to, commitment, kind, date, note, attributes);
    }
  }
}
