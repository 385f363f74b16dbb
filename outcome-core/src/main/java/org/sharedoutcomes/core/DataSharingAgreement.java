package org.sharedoutcomes.core;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.internal.SetOnce;

/**
 * An agreement between named agencies to share the data of named indicators, for a time span:
 * the parties may see each other's measurements of those indicators whatever their
 * sensitivity. Immutable and thread-safe.
 *
 * @param id the agreement's id
 * @param parties the agencies that share, at least two, sorted by id
 * @param indicators the indicators whose data is shared, at least one, sorted by id
 * @param from the first day it applies, if bounded
 * @param to the last day it applies, if bounded
 * @param attributes free string attributes for integrators, sorted by key
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DataSharingAgreement(
    AgreementId id,
    Set<AgencyId> parties,
    Set<IndicatorId> indicators,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Map<String, String> attributes) {

  /**
   * Checks and copies the fields.
   *
   * <p><b>Not part of the stable API:</b> this canonical constructor gains a parameter whenever
   * the agreement gains a field. Create agreements with
   * {@link #of(String, Set, Set)} or {@link #builder(String)}, or derive them with
   * {@link #toBuilder()}.
   *
   * @throws NullPointerException if any field or element is null
   * @throws IllegalArgumentException if there are fewer than two parties, no indicator, or the
   *     span ends before it starts
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public DataSharingAgreement {
    Checks.notNull(id, "agreement id");
    // the context is built only when a check fails
    Supplier<String> where = () -> "agreement '" + id + "' ";
    parties = Checks.sortedSet(parties, where, "parties");
    if (parties.size() < 2) {
      throw new IllegalArgumentException(
          where.get() + "parties must name at least two agencies, has " + parties.size());
    }
    indicators = Checks.sortedSet(indicators, where, "indicators");
    if (indicators.isEmpty()) {
      throw new IllegalArgumentException(
          where.get() + "indicators must name at least one indicator");
    }
    Checks.optional(from, where, "from");
    Checks.optional(to, where, "to");
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException(
          where.get() + "ends (" + to.get() + ") before it starts (" + from.get() + ")");
    }
    attributes = Checks.attributes(attributes, where, "attributes");
  }

  /**
   * An open-ended agreement with no attributes.
   *
   * @param id the id
   * @param parties the agencies
   * @param indicators the indicators
   * @return the agreement
   */
  public static DataSharingAgreement of(
      String id, Set<AgencyId> parties, Set<IndicatorId> indicators) {
    return new DataSharingAgreement(AgreementId.of(id), parties, indicators, Optional.empty(),
        Optional.empty(), Map.of());
  }

  /**
   * A builder for an agreement with the given id; parties and indicators are added with
   * {@link Builder#parties} and {@link Builder#indicators}, and the span is open until set.
   *
   * @param id the id
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Builder builder(String id) {
    return new Builder(AgreementId.of(id));
  }

  /**
   * A builder for an agreement with the given id; see {@link #builder(String)}.
   *
   * @param id the id
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Builder builder(AgreementId id) {
    return new Builder(id);
  }

  /**
   * A builder holding this agreement's fields, to derive a changed agreement: {@code from} and
   * {@code to} may each be replaced once; parties, indicators and attributes start with this
   * agreement's elements and their setters add to them.
   *
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.parties.addAll(parties);
    b.indicators.addAll(indicators);
    b.from = from;
    b.to = to;
    b.attributes.putAll(attributes);
    return b;
  }

  /**
   * Whether the agreement lets an agency see an indicator's data on a date.
   *
   * @param agency the viewer
   * @param indicator the indicator
   * @param date the date
   * @return true if the agency is a party, the indicator is covered and the date is in span
   */
  public boolean covers(AgencyId agency, IndicatorId indicator, LocalDate date) {
    return parties.contains(agency) && indicators.contains(indicator)
        && from.map(f -> !date.isBefore(f)).orElse(true)
        && to.map(t -> !date.isAfter(t)).orElse(true);
  }

  /**
   * A builder of {@link DataSharingAgreement}s. Not thread-safe; each setter checks its argument
   * at once.
   *
   * <p>A single-valued field ({@code from}, {@code to}) is set at most once: a second call of its
   * setter throws {@link IllegalStateException} naming the agreement and the field. A builder
   * from {@link DataSharingAgreement#toBuilder()} starts with the agreement's values, each of
   * which may be replaced once. The setters of collections ({@code parties},
   * {@code indicators}, {@link #attribute}) add.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private static final long FROM = 1;
    private static final long TO = 1 << 1;

    private final AgreementId id;
    private final Supplier<String> where;
    private long set;
    private final Set<AgencyId> parties = new LinkedHashSet<>();
    private final Set<IndicatorId> indicators = new LinkedHashSet<>();
    private Optional<LocalDate> from = Optional.empty();
    private Optional<LocalDate> to = Optional.empty();
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(AgreementId id) {
      this.id = Checks.notNull(id, "agreement id");
      this.where = () -> "agreement '" + id + "' ";
    }

    /** Marks a field set, after its value was checked: a setter that throws changes nothing. */
    private <T> T once(long bit, String field, T value) {
      set = SetOnce.mark(set, bit, where, field);
      return value;
    }

    /**
     * Adds agencies that share.
     *
     * @param ids the agencies
     * @return this builder
     */
    public Builder parties(AgencyId... ids) {
      return parties(Arrays.asList(Checks.notNull(ids, where, "parties")));
    }

    /**
     * Adds agencies that share.
     *
     * @param ids the agencies
     * @return this builder
     */
    public Builder parties(Collection<AgencyId> ids) {
      Checks.addAll(parties, ids, where, "parties");
      return this;
    }

    /**
     * Adds indicators whose data is shared.
     *
     * @param ids the indicators
     * @return this builder
     */
    public Builder indicators(IndicatorId... ids) {
      return indicators(Arrays.asList(Checks.notNull(ids, where, "indicators")));
    }

    /**
     * Adds indicators whose data is shared.
     *
     * @param ids the indicators
     * @return this builder
     */
    public Builder indicators(Collection<IndicatorId> ids) {
      Checks.addAll(indicators, ids, where, "indicators");
      return this;
    }

    /**
     * Sets the first day the agreement applies.
     *
     * @param value the first day
     * @return this builder
     * @throws IllegalStateException if {@code from} is already set
     */
    public Builder from(LocalDate value) {
      this.from = once(FROM, "from", Optional.of(Checks.notNull(value, where, "from")));
      return this;
    }

    /**
     * Sets the last day the agreement applies.
     *
     * @param value the last day, not before the first
     * @return this builder
     * @throws IllegalStateException if {@code to} is already set
     */
    public Builder to(LocalDate value) {
      this.to = once(TO, "to", Optional.of(Checks.notNull(value, where, "to")));
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
     * Builds the agreement.
     *
     * @return the agreement
     * @throws IllegalArgumentException if there are fewer than two parties, no indicator, or the
     *     span ends before it starts
     */
    public DataSharingAgreement build() {
      return new DataSharingAgreement(id, parties, indicators, from, to, attributes);
    }
  }
}
