package org.sharedoutcomes.graph;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Contribution;
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
 * @param contribution the contribution of a {@link Relation#PROVIDES} edge, with its kind,
 *     amount and unit exactly as the model holds them; empty otherwise
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Edge(Vertex source, Vertex target, Relation relation, Optional<Role> role,
    Optional<LocalDate> date, Origin origin, Optional<Contribution> contribution) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if {@code source} equals {@code target}, or the role,
   *     date or contribution does not fit the relation
   */
  public Edge {
    Objects.requireNonNull(source, "edge source must not be null");
    Objects.requireNonNull(target, "edge target must not be null");
    Objects.requireNonNull(relation, "edge relation must not be null");
    Objects.requireNonNull(role, "edge role must not be null");
    Objects.requireNonNull(date, "edge date must not be null");
    Objects.requireNonNull(origin, "edge origin must not be null");
    Objects.requireNonNull(contribution, "edge contribution must not be null");
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
    if (relation.isContribution() != contribution.isPresent()) {
      throw new IllegalArgumentException("edge " + relation.label() + " from '" + source
          + "' must " + (relation.isContribution() ? "" : "not ") + "carry a contribution");
    }
  }

  /**
   * An edge without a contribution (every relation but {@link Relation#PROVIDES}).
   *
   * @param source where the edge starts
   * @param target where it ends
   * @param relation its kind
   * @param role the role of a role edge; empty otherwise
   * @param date the date of an intervention edge; empty otherwise
   * @param origin the model element it comes from
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException as the canonical constructor
   */
  public Edge(Vertex source, Vertex target, Relation relation, Optional<Role> role,
      Optional<LocalDate> date, Origin origin) {
    this(source, target, relation, role, date, origin, Optional.empty());
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

  /**
   * A contribution edge ({@link Relation#PROVIDES}) carrying the contribution.
   *
   * @param party the contributing party's vertex
   * @param target the commitment's or outcome's vertex
   * @param contribution the contribution
   * @param origin the contribution's place in the model
   * @return the edge
   */
  public static Edge ofContribution(Vertex party, Vertex target, Contribution contribution,
      Origin origin) {
    return new Edge(party, target, Relation.PROVIDES, Optional.empty(), Optional.empty(), origin,
        Optional.of(contribution));
  }

  @Override
  public String toString() {
    return source + " -" + relation.label() + role.filter(r -> relation == Relation.HOLDS_ROLE)
        .map(r -> ":" + r.id()).orElse("") + date.map(d -> "@" + d).orElse("")
        + contribution.map(c -> ":" + c.kind() + " " + c.amount().toPlainString() + " " + c.unit())
            .orElse("") + "-> " + target;
  }
}
