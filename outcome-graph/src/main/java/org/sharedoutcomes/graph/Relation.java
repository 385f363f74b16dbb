package org.sharedoutcomes.graph;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.InterventionKind;
import org.sharedoutcomes.core.Role;

/**
 * The kinds of edge in an {@link AccountabilityGraph}. Each constant names the direction of its
 * edges: source, then target. Every edge comes from one fact of the model (see {@link Origin});
 * the one exception, {@link #ASSUMED_REPORTS_TO}, appears only when asked for.
 *
 * <p><b>Role edges</b> (party → commitment or outcome): one relation per built-in role
 * ({@link #of(Role)}), and {@link #HOLDS_ROLE} for a custom role, whose edge names the role
 * ({@link Edge#role()}). <b>Intervention edges</b> (agency → agency, dated): one relation per
 * {@link InterventionKind} ({@link #of(InterventionKind)}). <b>Data edges</b>: MEASURES,
 * OWNS_DATA, SHARES_DATA. <b>Structure</b>: SERVES, PART_OF, DEPENDS_ON, MEMBER_OF, REPORTS_TO.
 * <b>Contribution edges</b>: {@link #PROVIDES}, one relation for every kind of contribution, the
 * kind, amount and unit on the edge ({@link Edge#contribution()}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Relation {
  /** A party holds ACCOUNTABLE on a commitment or outcome (party → target). */
  ACCOUNTABLE_FOR(Role.ACCOUNTABLE),
  /** A party holds RESPONSIBLE on a commitment or outcome (party → target). */
  RESPONSIBLE_FOR(Role.RESPONSIBLE),
  /** A party holds CONSULTED on a commitment or outcome (party → target). */
  CONSULTED_ON(Role.CONSULTED),
  /** A party holds INFORMED on a commitment or outcome (party → target). */
  INFORMED_OF(Role.INFORMED),
  /** A party holds LEAD on a commitment or outcome (party → target). */
  LEADS(Role.LEAD),
  /** A party holds CONTRIBUTOR on a commitment or outcome (party → target). */
  CONTRIBUTES_TO(Role.CONTRIBUTOR),
  /** A party holds FUNDER on a commitment or outcome (party → target). */
  FUNDS(Role.FUNDER),
  /** A party holds IMPLEMENTER on a commitment or outcome (party → target). */
  IMPLEMENTS(Role.IMPLEMENTER),
  /** A party holds DELIVERY_UNIT (steward) on a commitment or outcome (party → target). */
  DELIVERY_UNIT_FOR(Role.DELIVERY_UNIT),
  /** A party holds CO_PRODUCER on a commitment or outcome (party → target). */
  CO_PRODUCES(Role.CO_PRODUCER),
  /** A party holds PUBLIC_ENTREPRENEUR on a commitment or outcome (party → target). */
  PUBLIC_ENTREPRENEUR_FOR(Role.PUBLIC_ENTREPRENEUR),
  /** A party holds GUARDIAN_ANGEL on a commitment or outcome (party → target). */
  GUARDIAN_ANGEL_FOR(Role.GUARDIAN_ANGEL),
  /** A party holds FELLOW_TRAVELLER on a commitment or outcome (party → target). */
  FELLOW_TRAVELLER_FOR(Role.FELLOW_TRAVELLER),
  /** A party holds a custom role, named by the edge's {@link Edge#role()} (party → target). */
  HOLDS_ROLE(null),
  /** A commitment serves an outcome (commitment → outcome). */
  SERVES(null),
  /** An outcome contributes to a parent outcome (outcome → parent). */
  PART_OF(null),
  /** An agency reports to its declared parent agency (agency → parent). */
  REPORTS_TO(null),
  /**
   * Not a fact: a root agency outside the centre is assumed to report to a head of the centre.
   * Only with {@link GraphOption#ASSUME_ROOTS_REPORT_TO_CENTRE} (agency → centre head).
   */
  ASSUMED_REPORTS_TO(null),
  /** A commitment depends on another (dependent → dependency). */
  DEPENDS_ON(null),
  /** A person works in an agency (person → agency). */
  MEMBER_OF(null),
  /** A SUPPORT intervention, dated (from → to). */
  SUPPORTS(null),
  /** A CHALLENGE intervention, dated (from → to). */
  CHALLENGES(null),
  /** A DIRECTIVE intervention, dated (from → to). */
  DIRECTS(null),
  /** A MONITORING intervention, dated (from → to). */
  MONITORS(null),
  /** An indicator measures a commitment or outcome (indicator → target). */
  MEASURES(null),
  /** An agency is an indicator's data owner (agency → indicator). */
  OWNS_DATA(null),
  /** A party to a data-sharing agreement shares an indicator's data (agency → indicator). */
  SHARES_DATA(null),
  /**
   * A party puts something into a commitment or outcome: one edge per contribution of the model
   * (party → target), of any kind (funding, staff, in kind or a custom kind). The edge carries
   * the contribution itself ({@link Edge#contribution()}): its kind, its amount and unit
   * exactly as recorded, its period and reporter. Amounts are never added on the graph; sum
   * them per unit with {@code Contribution.totalsByUnit}.
   */
  PROVIDES(null);

  private final @Nullable Role role;

  Relation(@Nullable Role role) {
    this.role = role;
  }

  /**
   * The relation a role gives: the built-in role's own relation, {@link #HOLDS_ROLE} for a custom
   * role.
   *
   * @param role the role
   * @return its relation, never null
   */
  public static Relation of(Role role) {
    // the built-in roles are constants that Role.of returns: found by identity, with no
    // hashing of the role's id (a look-up per role of a million commitments); an equal role
    // made with the record's constructor is found by the map
    Relation[] byIdentity = ByRole.RELATIONS;
    Role[] roles = ByRole.ROLES;
    for (int i = 0; i < roles.length; i++) {
      if (roles[i] == role) {
        return byIdentity[i];
      }
    }
    Relation r = ByRole.MAP.get(role);
    return r != null ? r : HOLDS_ROLE;
  }

  /** The relation of each built-in role (made once: no array copy of values() per call). */
  private static final class ByRole {
    static final Map<Role, Relation> MAP = make();
    static final Role[] ROLES = MAP.keySet().toArray(new Role[0]);
    static final Relation[] RELATIONS = relations(ROLES);

    private static Relation[] relations(Role[] roles) {
      Relation[] r = new Relation[roles.length];
      for (int i = 0; i < roles.length; i++) {
        r[i] = MAP.get(roles[i]);
      }
      return r;
    }

    private static Map<Role, Relation> make() {
      Map<Role, Relation> m = new HashMap<>();
      for (Relation r : values()) {
        if (r.role != null) {
          m.put(r.role, r);
        }
      }
      return Collections.unmodifiableMap(m);
    }
  }

  /**
   * The relation of an intervention kind.
   *
   * @param kind the kind
   * @return SUPPORTS, CHALLENGES, DIRECTS or MONITORS
   */
  public static Relation of(InterventionKind kind) {
    switch (kind) {
      case SUPPORT: return SUPPORTS;
      case CHALLENGE: return CHALLENGES;
      case DIRECTIVE: return DIRECTS;
      case MONITORING: return MONITORS;
      default: throw new IllegalArgumentException("no relation for intervention kind " + kind);
    }
  }

  /**
   * The built-in role of a role relation.
   *
   * @return the role, or empty for HOLDS_ROLE and the relations that are not roles
   */
  public Optional<Role> builtInRole() {
    return Optional.ofNullable(role);
  }

  /**
   * Whether edges of this relation come from role assignments.
   *
   * @return true for the built-in role relations and HOLDS_ROLE
   */
  public boolean isRole() {
    return role != null || this == HOLDS_ROLE;
  }

  /**
   * Whether edges of this relation come from interventions (and carry a date).
   *
   * @return true for SUPPORTS, CHALLENGES, DIRECTS, MONITORS
   */
  public boolean isIntervention() {
    return this == SUPPORTS || this == CHALLENGES || this == DIRECTS || this == MONITORS;
  }

  /**
   * Whether edges of this relation come from contributions (and carry one).
   *
   * @return true for PROVIDES
   */
  public boolean isContribution() {
    return this == PROVIDES;
  }

  /**
   * The relation's name in lower case with hyphens, as used in exports
   * ({@code "accountable-for"}).
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
