package org.sharedoutcomes.graph;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Role;

/**
 * A typed edge of an {@link AccountabilityGraph}, with the model element it comes from. Two
 * edges are equal when all their fields are equal; since each edge has its own origin, two role
 * assignments of the same role between the same ends (for two date spans) give two edges.
 * Immutable and thread-safe. Build edges with the factories; the graph builds its own.
 *
 * @param source where the edge starts
 * @param target where it ends
 * @param relation its kind
 * @param role the role of a role edge ({@link Relation#isRole()}); empty otherwise
 * @param date the date of an intervention edge ({@link Relation#isIntervention()}); empty
 *     otherwise
 * @param origin the model element it comes from
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Edge(Vertex source, Vertex target, Relation relation, Optional<Role> role,
    Optional<LocalDate> date, Origin origin) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if {@code source} equals {@code target}, or the role or
   *     date does not fit the relation
   */
  public Edge {
    Objects.requireNonNull(source, "edge source must not be null");
    Objects.requireNonNull(target, "edge target must not be null");
    Objects.requireNonNull(relation, "edge relation must not be null");
    Objects.requireNonNull(role, "edge role must not be null");
    Objects.requireNonNull(date, "edge date must not be null");
    Objects.requireNonNull(origin, "edge origin must not be null");
    if (source.equals(target)) {
      throw new IllegalArgumentException(
          "edge " + relation.label() + " from '" + source + "' must not end where it starts");
    }
    if (relation.isRole() != role.isPresent()
        || (role.isPresent() && Relation.of(role.get()) != relation)) {
      throw new IllegalArgumentException("edge " + relation.label() + " from '" + source
          + "' has role " + role.map(Role::id).orElse("(none)") + ", which does not fit it");
    }
    if (relation.isIntervention() != date.isPresent()) {
      throw new IllegalArgumentException("edge " + relation.label() + " from '" + source
          + "' must " + (relation.isIntervention() ? "" : "not ") + "have a date");
    }
  }

  /**
   * An edge that is neither a role nor an intervention.
   *
   * @param source where it starts
   * @param target where it ends
   * @param relation its kind
   * @param origin the element it comes from
   * @return the edge
   */
  public static Edge of(Vertex source, Vertex target, Relation relation, Origin origin) {
    return new Edge(source, target, relation, Optional.empty(), Optional.empty(), origin);
  }

  /**
   * A role edge, of the role's relation ({@link Relation#of(Role)}).
   *
   * @param party the party's vertex
   * @param target the commitment's or outcome's vertex
   * @param role the role
   * @param origin the role assignment
   * @return the edge
   */
  public static Edge ofRole(Vertex party, Vertex target, Role role, Origin origin) {
    return new Edge(party, target, Relation.of(role), Optional.of(role), Optional.empty(),
        origin);
  }

  /**
   * An intervention edge.
   *
   * @param from the intervening agency's vertex
   * @param to the other agency's vertex
   * @param relation SUPPORTS, CHALLENGES, DIRECTS or MONITORS
   * @param date the intervention's date
   * @param origin the intervention
   * @return the edge
   */
  public static Edge ofIntervention(Vertex from, Vertex to, Relation relation, LocalDate date,
      Origin origin) {
    return new Edge(from, to, relation, Optional.empty(), Optional.of(date), origin);
  }

  @Override
  public String toString() {
    return source + " -" + relation.label() + role.filter(r -> relation == Relation.HOLDS_ROLE)
        .map(r -> ":" + r.id()).orElse("") + date.map(d -> "@" + d).orElse("") + "-> " + target;
  }
}
