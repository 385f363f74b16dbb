package org.sharedoutcomes.graph.internal;

import org.apiguardian.api.API;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jspecify.annotations.Nullable;

/**
 * An edge of an {@link ArrayGraph}, made on demand: its graph and its number. Two are equal when
 * they are the same edge of the same graph, so an edge made twice is one edge. It is a
 * {@link DefaultWeightedEdge} for the collaboration view's declared type; ask the graph for its
 * ends and weight.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class NumberedWeightedEdge extends DefaultWeightedEdge {
  private static final long serialVersionUID = 1L;
  private final transient Object owner;
  private final int number;
  private final transient Object from;
  private final transient Object to;

  NumberedWeightedEdge(Object owner, int number, Object from, Object to) {
    this.owner = owner;
    this.number = number;
    this.from = from;
    this.to = to;
  }

  int number(Object graph) {
    return owner == graph ? number : -1;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof NumberedWeightedEdge e && e.owner == owner && e.number == number;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(owner) * 31 + number;
  }

  @Override
  public String toString() {
    return "(" + from + " : " + to + ")";
  }
}
