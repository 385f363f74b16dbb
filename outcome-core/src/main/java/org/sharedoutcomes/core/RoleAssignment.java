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
 * A party (an agency or a person) holding a role on a commitment or an outcome, optionally for
 * a time span. Immutable and thread-safe.
 *
 * <pre>{@code
 * RoleAssignment r = RoleAssignment.of(AgencyId.of("esdc"), Role.ACCOUNTABLE,
 *     CommitmentId.of("ccb"));
 * }</pre>
 *
 * @param party who holds the role
 * @param role the role
 * @param target the commitment or outcome it is held on
 * @param from the first day it is held, if bounded
 * @param to the last day it is held, if bounded
 * @param attributes free string attributes for integrators, sorted by key
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RoleAssignment(
    PartyId party,
    Role role,
    RoleTarget target,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Map<String, String> attributes) {

  /**
   * The canonical order of role assignments in a model: by target ({@link EntityId#ORDER}),
   * role, party ({@link EntityId#ORDER}), first day (an open start before any date), then last
   * day (an open end after any date). Attributes are not compared: a model holds at most one
   * assignment of a role to a party on a target for a span, so two assignments equal in this
   * order (equal target, role, party, {@code from} and {@code to}) are one assignment given
   * twice, which {@link OutcomeModel.Builder#build()} rejects.
   */
  public static final Comparator<RoleAssignment> ORDER = RoleAssignment::compareCanonically;

  // written out, not chained from lambdas: models sort and compare millions of assignments
  private static int compareCanonically(RoleAssignment a, RoleAssignment b) {
    if (a == b) {
      return 0;
    }
    int c = EntityId.ORDER.compare(a.target, b.target);
    if (c != 0) {
      return c;
    }
    c = a.role.compareTo(b.role);
    if (c != 0) {
      return c;
    }
    c = EntityId.ORDER.compare(a.party, b.party);
    if (c != 0) {
      return c;
    }
    c = compareDays(a.from, b.from, -1);
    return c != 0 ? c : compareDays(a.to, b.to, 1);
  }

  /** Compares optional days, the empty one first ({@code open} -1) or last (1). */
  private static int compareDays(Optional<LocalDate> a, Optional<LocalDate> b, int open) {
    if (a.isEmpty()) {
      return b.isEmpty() ? 0 : open;
    }
    return b.isEmpty() ? -open : a.get().compareTo(b.get());
  }

  /**
   * Checks and copies the fields.
   *
   * <p><b>Not part of the stable API:</b> this canonical constructor gains a parameter whenever
   * the assignment gains a field. Create assignments with
   * {@link #of(PartyId, Role, RoleTarget)} or {@link #builder(PartyId, Role, RoleTarget)}, or
   * derive them with {@link #toBuilder()}.
   *
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public RoleAssignment {
    Checks.notNull(party, "role assignment party");
    Checks.notNull(role, "role assignment role");
    Checks.notNull(target, "role assignment target");
    // the context is built only when a check fails: millions of assignments per document
    Supplier<String> where = () -> "role " + role + " of '" + party + "' on '" + target + "' ";
    Checks.optional(from, where, "from");
    Checks.optional(to, where, "to");
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException(
          where.get() + "ends (" + to.get() + ") before it starts (" + from.get() + ")");
    }
    attributes = Checks.attributes(attributes, where, "attributes");
  }

  /**
   * An open-ended assignment with no attributes.
   *
   * @param party who holds the role
   * @param role the role
   * @param target what it is held on
   * @return the assignment
   */
  public static RoleAssignment of(PartyId party, Role role, RoleTarget target) {
    return new RoleAssignment(party, role, target, Optional.empty(), Optional.empty(), Map.of());
  }

  /**
   * A builder for an assignment of a role to a party on a target, open-ended and with no
   * attributes until set. The given values count as set: their setters are for builders from
   * {@link #toBuilder()}.
   *
   * @param party who holds the role
   * @param role the role
   * @param target what it is held on
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Builder builder(PartyId party, Role role, RoleTarget target) {
    return new Builder(party, role, target);
  }

  /**
   * A builder holding this assignment's fields, to derive a changed assignment: each
   * single-valued field may be replaced once; {@link Builder#attribute} adds to the attributes.
   *
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Builder toBuilder() {
    Builder b = new Builder(party, role, target);
    b.set = 0;
    b.from = from;
    b.to = to;
    b.attributes.putAll(attributes);
    return b;
  }

  /**
   * This assignment held between two dates, both included.
   *
   * @param first the first day
   * @param last the last day, not before {@code first}
   * @return a new assignment
   */
  public RoleAssignment during(LocalDate first, LocalDate last) {
    return toBuilder().from(first).to(last).build();
  }

  /**
   * This assignment with one more attribute (replacing any with the same key).
   *
   * @param key the key
   * @param value the value
   * @return a new assignment
   */
  public RoleAssignment withAttribute(String key, String value) {
    return toBuilder().attribute(key, value).build();
  }

  /**
   * Whether the role is held on a date.
   *
   * @param date the date
   * @return true if {@code date} lies within the span (an open end always does)
   */
  public boolean activeOn(LocalDate date) {
    Checks.notNull(date, "date");
    return from.map(f -> !date.isBefore(f)).orElse(true)
        && to.map(t -> !date.isAfter(t)).orElse(true);
  }

  /**
   * A builder of {@link RoleAssignment}s. Not thread-safe; each setter checks its argument at
   * once.
   *
   * <p>A single-valued field (party, role, target, from, to) is set at most once: a second call
   * of its setter throws {@link IllegalStateException} naming the assignment and the field; the
   * values given to {@link RoleAssignment#builder} count as set. A builder from
   * {@link RoleAssignment#toBuilder()} starts with the assignment's values, each of which may be
   * replaced once. {@link #attribute} adds.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private static final long PARTY = 1;
    private static final long ROLE = 1 << 1;
    private static final long TARGET = 1 << 2;
    private static final long FROM = 1 << 3;
    private static final long TO = 1 << 4;

    private final Supplier<String> where;
    private long set = PARTY | ROLE | TARGET;
    private PartyId party;
    private Role role;
    private RoleTarget target;
    private Optional<LocalDate> from = Optional.empty();
    private Optional<LocalDate> to = Optional.empty();
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(PartyId party, Role role, RoleTarget target) {
      this.party = Checks.notNull(party, "role assignment party");
      this.role = Checks.notNull(role, "role assignment role");
      this.target = Checks.notNull(target, "role assignment target");
      this.where = () -> "role " + this.role + " of '" + this.party + "' on '" + this.target
          + "' ";
    }

    /** Marks a field set, after its value was checked: a setter that throws changes nothing. */
    private <T> T once(long bit, String field, T value) {
      set = SetOnce.mark(set, bit, where, field);
      return value;
    }

    /**
     * Replaces the party (once, in a builder from {@link RoleAssignment#toBuilder()}).
     *
     * @param value who holds the role
     * @return this builder
     * @throws IllegalStateException if the party is already set
     */
    public Builder party(PartyId value) {
      this.party = once(PARTY, "party", Checks.notNull(value, where, "party"));
      return this;
    }

    /**
     * Replaces the role (once, in a builder from {@link RoleAssignment#toBuilder()}).
     *
     * @param value the role
     * @return this builder
     * @throws IllegalStateException if the role is already set
     */
    public Builder role(Role value) {
      this.role = once(ROLE, "role", Checks.notNull(value, where, "role"));
      return this;
    }

    /**
     * Replaces the target (once, in a builder from {@link RoleAssignment#toBuilder()}).
     *
     * @param value the commitment or outcome
     * @return this builder
     * @throws IllegalStateException if the target is already set
     */
    public Builder target(RoleTarget value) {
      this.target = once(TARGET, "target", Checks.notNull(value, where, "target"));
      return this;
    }

    /**
     * Sets the first day the role is held.
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
     * Sets the last day the role is held.
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
     * Builds the assignment.
     *
     * @return the assignment
     * @throws IllegalArgumentException if it ends before it starts
     */
    public RoleAssignment build() {
      return new RoleAssignment(party, role, target, from, to, attributes);
    }
  }
}
