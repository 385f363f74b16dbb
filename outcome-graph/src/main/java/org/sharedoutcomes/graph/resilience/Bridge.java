package org.sharedoutcomes.graph.resilience;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A bridge: an edge whose removal disconnects its two ends. Immutable; thread-safe if the
 * vertices are.
 *
 * @param first one end (the one met first by the depth-first search)
 * @param second the other end
 * @param <V> the vertex type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Bridge<V>(V first, V second) {
  /**
   * Checks the ends.
   *
   * @throws NullPointerException if an end is null
   */
  public Bridge {
    Objects.requireNonNull(first, "bridge first end must not be null");
    Objects.requireNonNull(second, "bridge second end must not be null");
  }
}
