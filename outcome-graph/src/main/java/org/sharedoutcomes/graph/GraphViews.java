package org.sharedoutcomes.graph;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jgrapht.Graph;
import org.sharedoutcomes.graph.internal.Indexed;
import org.sharedoutcomes.graph.internal.IndexedView;

/**
 * Read-only views of JGraphT graphs that the analyses of this module index once and share.
 *
 * <p>Every analysis accepts any JGraphT {@link Graph}; it first copies the graph into a compact
 * array form in {@code O(V + E)}. On a view made here (and on the views of an
 * {@link AccountabilityGraph}) that copy is made once, on first use, and shared by all analyses,
 * which matters for graphs of millions of edges. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GraphViews {
  private GraphViews() {}

  /**
   * A read-only view of a graph whose compact index is built once and shared by the analyses.
   * The backing graph must not be changed afterwards: the index would not follow.
   *
   * @param graph the graph, never changed afterwards
   * @param <V> the vertex type
   * @param <E> the edge type
   * @return the read-only view ({@code graph} itself if it already is such a view, or a view of
   *     an {@code AccountabilityGraph})
   * @throws NullPointerException if {@code graph} is null
   */
  public static <V, E> Graph<V, E> readOnly(Graph<V, E> graph) {
    Objects.requireNonNull(graph, "graph must not be null");
    if (graph instanceof Indexed<?>) {
      return graph;
    }
    return new IndexedView<>(graph);
  }
}
