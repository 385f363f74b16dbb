package org.sharedoutcomes.core;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

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
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
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
   * This assignment held between two dates, both included.
   *
   * @param first the first day
   * @param last the last day, not before {@code first}
   * @return a new assignment
   */
  public RoleAssignment during(LocalDate first, LocalDate last) {
    String where = "role " + role + " of '" + party + "' on '" + target + "' ";
    return new RoleAssignment(party, role, target,
        Optional.of(Checks.notNull(first, where + "from")),
        Optional.of(Checks.notNull(last, where + "to")), attributes);
  }

  /**
   * This assignment with one more attribute (replacing any with the same key).
   *
   * @param key the key
   * @param value the value
   * @return a new assignment
   */
  public RoleAssignment withAttribute(String key, String value) {
    Map<String, String> copy = new TreeMap<>(attributes);
    String where = "role " + role + " of '" + party + "' on '" + target + "' ";
    copy.put(Checks.text(key, where + "attribute key"),
        Checks.notNull(value, where + "attribute '" + key + "'"));
    return new RoleAssignment(party, role, target, from, to, copy);
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
}
