package org.sharedoutcomes.core;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.internal.SetOnce;

/**
 * An organisation that commits to or contributes to outcomes: a department, the centre (a
 * delivery unit), a crown entity, a municipality, an NGO, a community provider, a client group.
 *
 * <p>Immutable and thread-safe. Create with {@link #of(String, String, AgencyKind,
 * GovernmentLevel)} and the {@code with...} methods, or with
 * {@link #builder(String, String, AgencyKind, GovernmentLevel)}:
 *
 * <pre>{@code
 * Agency esdc = Agency.of("esdc", "Employment and Social Development", AgencyKind.DEPARTMENT,
 *         GovernmentLevel.NATIONAL)
 *     .withJurisdiction("CA");
 * }</pre>
 *
 * @param id the agency's id, unique among agencies and persons
 * @param name its name, not blank
 * @param kind its kind
 * @param level its level of government
 * @param jurisdiction the jurisdiction it serves, for example {@code "CA-ON"}, if known
 * @param parent the agency it reports to (its portfolio), if any
 * @param attributes free string attributes for integrators, sorted by key
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Agency(
    AgencyId id,
    String name,
    AgencyKind kind,
    GovernmentLevel level,
    Optional<String> jurisdiction,
    Optional<AgencyId> parent,
    Map<String, String> attributes) {

  /**
   * Checks and copies the fields.
   *
   * <p><b>Not part of the stable API:</b> this canonical constructor gains a parameter whenever
   * the agency gains a field. Create agencies with
   * {@link #of(String, String, AgencyKind, GovernmentLevel)} or
   * {@link #builder(String, String, AgencyKind, GovernmentLevel)}, or derive them with
   * {@link #toBuilder()}.
   *
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if the name or jurisdiction is blank, or the agency is its
   *     own parent
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public Agency {
    Checks.notNull(id, "agency id");
    // the context is built only when a check fails
    Supplier<String> where = () -> "agency '" + id + "' ";
    Checks.text(name, where, "name");
    Checks.notNull(kind, where, "kind");
    Checks.notNull(level, where, "level");
    Checks.optional(jurisdiction, where, "jurisdiction");
    if (jurisdiction.isPresent()) {
      Checks.text(jurisdiction.get(), where, "jurisdiction");
    }
    Checks.optional(parent, where, "parent");
    if (parent.isPresent() && parent.get().equals(id)) {
      throw new IllegalArgumentException("agency '" + id + "' parent must not be itself");
    }
    attributes = Checks.attributes(attributes, where, "attributes");
  }

  /**
   * An agency with no jurisdiction, parent or attributes.
   *
   * @param id the id
   * @param name the name
   * @param kind the kind
   * @param level the level of government
   * @return the agency
   */
  public static Agency of(String id, String name, AgencyKind kind, GovernmentLevel level) {
    return new Agency(AgencyId.of(id), name, kind, level, Optional.empty(), Optional.empty(),
        Map.of());
  }

  /**
   * A builder for an agency with the given id, name, kind and level; the other fields are empty
   * until set. The four given values count as set: their setters are for builders from
   * {@link #toBuilder()}.
   *
   * @param id the id
   * @param name the name
   * @param kind the kind
   * @param level the level of government
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Builder builder(String id, String name, AgencyKind kind, GovernmentLevel level) {
    return new Builder(AgencyId.of(id), name, kind, level);
  }

  /**
   * A builder for an agency; see {@link #builder(String, String, AgencyKind, GovernmentLevel)}.
   *
   * @param id the id
   * @param name the name
   * @param kind the kind
   * @param level the level of government
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Builder builder(AgencyId id, String name, AgencyKind kind,
      GovernmentLevel level) {
    return new Builder(id, name, kind, level);
  }

  /**
   * A builder holding this agency's fields, to derive a changed agency: each single-valued field
   * may be replaced once; {@link Builder#attribute} adds to the attributes.
   *
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Builder toBuilder() {
    Builder b = new Builder(id, name, kind, level);
    b.set = 0;
    b.jurisdiction = jurisdiction;
    b.parent = parent;
    b.attributes.putAll(attributes);
    return b;
  }

  /**
   * This agency with the given jurisdiction.
   *
   * @param newJurisdiction the jurisdiction, not blank
   * @return a new agency
   */
  public Agency withJurisdiction(String newJurisdiction) {
    return toBuilder().jurisdiction(newJurisdiction).build();
  }

  /**
   * This agency reporting to the given parent.
   *
   * @param newParent the parent agency
   * @return a new agency
   */
  public Agency withParent(AgencyId newParent) {
    return toBuilder().parent(newParent).build();
  }

  /**
   * This agency with one more attribute (replacing any with the same key).
   *
   * @param key the key, not blank
   * @param value the value
   * @return a new agency
   */
  public Agency withAttribute(String key, String value) {
    return toBuilder().attribute(key, value).build();
  }

  /**
   * Whether this agency is a central agency (the centre).
   *
   * @return true for {@link AgencyKind#CENTRAL_AGENCY}
   */
  public boolean isCentral() {
    return kind == AgencyKind.CENTRAL_AGENCY;
  }

  /**
   * A builder of {@link Agency Agencies}. Not thread-safe; each setter checks its argument at
   * once.
   *
   * <p>A single-valued field (name, kind, level, jurisdiction, parent) is set at most once: a
   * second call of its setter throws {@link IllegalStateException} naming the agency and the
   * field, such as {@code "agency 'esdc' parent is already set"}; the values given to
   * {@code Agency.builder(...)} count as set. A builder from {@link Agency#toBuilder()} starts
   * with the agency's values, each of which may be replaced once. {@link #attribute} adds.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private static final long NAME = 1;
    private static final long KIND = 1 << 1;
    private static final long LEVEL = 1 << 2;
    private static final long JURISDICTION = 1 << 3;
    private static final long PARENT = 1 << 4;

    private final AgencyId id;
    private final Supplier<String> where;
    private long set = NAME | KIND | LEVEL;
    private String name;
    private AgencyKind kind;
    private GovernmentLevel level;
    private Optional<String> jurisdiction = Optional.empty();
    private Optional<AgencyId> parent = Optional.empty();
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(AgencyId id, String name, AgencyKind kind, GovernmentLevel level) {
      this.id = Checks.notNull(id, "agency id");
      this.where = () -> "agency '" + id + "' ";
      this.name = Checks.text(name, where, "name");
      this.kind = Checks.notNull(kind, where, "kind");
      this.level = Checks.notNull(level, where, "level");
    }

    /** Marks a field set, after its value was checked: a setter that throws changes nothing. */
    private <T> T once(long bit, String field, T value) {
      set = SetOnce.mark(set, bit, where, field);
      return value;
    }

    /**
     * Replaces the name (once, in a builder from {@link Agency#toBuilder()}).
     *
     * @param value the name, not blank
     * @return this builder
     * @throws IllegalStateException if the name is already set
     */
    public Builder name(String value) {
      this.name = once(NAME, "name", Checks.text(value, where, "name"));
      return this;
    }

    /**
     * Replaces the kind (once, in a builder from {@link Agency#toBuilder()}).
     *
     * @param value the kind
     * @return this builder
     * @throws IllegalStateException if the kind is already set
     */
    public Builder kind(AgencyKind value) {
      this.kind = once(KIND, "kind", Checks.notNull(value, where, "kind"));
      return this;
    }

    /**
     * Replaces the level of government (once, in a builder from {@link Agency#toBuilder()}).
     *
     * @param value the level
     * @return this builder
     * @throws IllegalStateException if the level is already set
     */
    public Builder level(GovernmentLevel value) {
      this.level = once(LEVEL, "level", Checks.notNull(value, where, "level"));
      return this;
    }

    /**
     * Sets the jurisdiction the agency serves.
     *
     * @param value the jurisdiction, not blank, such as {@code "CA-ON"}
     * @return this builder
     * @throws IllegalStateException if the jurisdiction is already set
     */
    public Builder jurisdiction(String value) {
      this.jurisdiction = once(JURISDICTION, "jurisdiction",
          Optional.of(Checks.text(value, where, "jurisdiction")));
      return this;
    }

    /**
     * Sets the jurisdiction, or states that there is none: the optional is kept as given, so that many
     * agencies built in bulk can share one instance.
     *
     * @param value the value, or empty
     * @return this builder
     * @throws IllegalStateException if jurisdiction is already set
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder jurisdiction(Optional<String> value) {
      Checks.optional(value, where, "jurisdiction");
      value.ifPresent(v -> Checks.text(v, where, "jurisdiction"));
      this.jurisdiction = once(JURISDICTION, "jurisdiction", value);
      return this;
    }

    /**
     * Sets the agency this one reports to.
     *
     * @param value the parent agency's id
     * @return this builder
     * @throws IllegalStateException if the parent is already set
     */
    public Builder parent(AgencyId value) {
      this.parent = once(PARENT, "parent", Optional.of(Checks.notNull(value, where, "parent")));
      return this;
    }

    /**
     * Sets the parent agency, or states that there is none: the optional is kept as given, so that many
     * agencies built in bulk can share one instance.
     *
     * @param value the value, or empty
     * @return this builder
     * @throws IllegalStateException if parent is already set
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder parent(Optional<AgencyId> value) {
      Checks.optional(value, where, "parent");
      this.parent = once(PARENT, "parent", value);
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
     * Builds the agency.
     *
     * @return the agency
     * @throws IllegalArgumentException if the agency is its own parent
     */
    public Agency build() {
      return new Agency(id, name, kind, level, jurisdiction, parent, attributes);
    }
  }
}
