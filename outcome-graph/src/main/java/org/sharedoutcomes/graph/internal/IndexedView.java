package org.sharedoutcomes.graph.internal;

import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Lazy;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * A read-only view of a graph that builds its {@link CompactGraph} once, on first use, and
 * shares it with every analysis. The backing graph must not change after the view is made.
 * Thread-safe for reading if the backing graph is.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class IndexedView<V, E> extends AsUnmodifiableGraph<V, E> implements Indexed<V> {
  private static final long serialVersionUID = 1L;
  private final transient Lazy<CompactGraph<V>> compact = Lazy.of(() -> CompactGraph.build(this));

  /**
   * A view of a graph.
   *
   * @param backing the graph, never changed afterwards
   */
  public IndexedView(Graph<V, E> backing) {
    super(backing);
  }

  /**
   * The compact form, built on first use.
   *
   * @return the compact graph
   */
  @Override
  public CompactGraph<V> compact() {
    return compact.get();
  }
}
