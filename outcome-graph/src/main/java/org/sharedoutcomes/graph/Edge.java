package org.sharedoutcomes.graph;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A typed edge of an {@link AccountabilityGraph}. Two edges are equal when their ends and
 * relation are equal, so the graph holds at most one edge of each relation between two
 * vertices. Immutable and thread-safe.
 *
 * @param source where the edge starts
 * @param target where it ends
 * @param relation its kind
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Edge(Vertex source, Vertex target, Relation relation) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if {@code source} equals {@code target}
   */
  public Edge {
    Objects.requireNonNull(source, "edge source must not be null");
    Objects.requireNonNull(target, "edge target must not be null");
    Objects.requireNonNull(relation, "edge relation must not be null");
    if (source.equals(target)) {
      throw new IllegalArgumentException(
          "edge " + relation.label() + " from '" + source + "' must not end where it starts");
    }
  }

  @Override
  public String toString() {
    return source + " -" + relation.label() + "-> " + target;
  }
}
