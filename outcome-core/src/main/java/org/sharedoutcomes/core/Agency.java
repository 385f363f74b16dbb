package org.sharedoutcomes.core;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * An organisation that commits to or contributes to outcomes: a department, the centre (a
 * delivery unit), a crown entity, a municipality, an NGO, a community provider, a client group.
 *
 * <p>Immutable and thread-safe. Build with {@link #of(String, String, AgencyKind,
 * GovernmentLevel)} and the {@code with...} methods:
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
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if the name or jurisdiction is blank, or the agency is its
   *     own parent
   */
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
   * This agency with the given jurisdiction.
   *
   * @param newJurisdiction the jurisdiction, not blank
   * @return a new agency
   */
  public Agency withJurisdiction(String newJurisdiction) {
    return new Agency(id, name, kind, level,
        Optional.of(Checks.notNull(newJurisdiction, "agency '" + id + "' jurisdiction")), parent,
        attributes);
  }

  /**
   * This agency reporting to the given parent.
   *
   * @param newParent the parent agency
   * @return a new agency
   */
  public Agency withParent(AgencyId newParent) {
    return new Agency(id, name, kind, level, jurisdiction,
        Optional.of(Checks.notNull(newParent, "agency '" + id + "' parent")), attributes);
  }

  /**
   * This agency with one more attribute (replacing any with the same key).
   *
   * @param key the key, not blank
   * @param value the value
   * @return a new agency
   */
  public Agency withAttribute(String key, String value) {
    Map<String, String> copy = new TreeMap<>(attributes);
    copy.put(Checks.text(key, "agency '" + id + "' attribute key"),
        Checks.notNull(value, "agency '" + id + "' attribute '" + key + "'"));
    return new Agency(id, name, kind, level, jurisdiction, parent, copy);
  }

  /**
   * Whether this agency is a central agency (the centre).
   *
   * @return true for {@link AgencyKind#CENTRAL_AGENCY}
   */
  public boolean isCentral() {
    return kind == AgencyKind.CENTRAL_AGENCY;
  }
}
