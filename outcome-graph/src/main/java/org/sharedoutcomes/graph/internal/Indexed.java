package org.sharedoutcomes.graph.internal;

import org.apiguardian.api.API;

/**
 * A read-only graph that holds (or builds once, on first use) its {@link CompactGraph} and
 * shares it with every analysis.
 *
 * @param <V> the vertex type
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public interface Indexed<V> {
  /**
   * The compact form.
   *
   * @return the compact graph
   */
  CompactGraph<V> compact();
}
