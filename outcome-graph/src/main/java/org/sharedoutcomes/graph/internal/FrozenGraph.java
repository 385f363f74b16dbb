package org.sharedoutcomes.graph.internal;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;
import org.jspecify.annotations.Nullable;

/**
 * An immutable directed multigraph held in arrays: vertices numbered in insertion order, edges
 * in insertion order, out- and in-rows of edge numbers (compressed sparse rows). Each edge object
 * knows its own ends ({@code sourceOf}, {@code targetOf}), so no edge map is kept; the only hash
 * map is vertex → number. Built in {@code O(V + E)}; {@code containsEdge(e)} and the edge sets'
 * {@code contains} cost {@code O(out-degree of e's source)}. Every mutator throws
 * {@link UnsupportedOperationException}. Thread-safe.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class FrozenGraph<V, E> extends AbstractGraph<V, E> {
  private final List<V> vertices;
  private final Map<V, Integer> index;
  private final E[] edges;
  private final int[] outStart;
  private final int[] outEdges;
  private final int[] inStart;
  private final int[] inEdges;
  private final Function<? super E, ? extends V> sourceOf;
  private final Function<? super E, ? extends V> targetOf;
  private final Set<V> vertexSet;
  private final Set<E> edgeSet;

  /**
   * Collects the vertices and edges of a frozen graph.
   *
   * @param <V> the vertex type
   * @param <E> the edge type
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static final class Builder<V, E> {
    private final Function<? super E, ? extends V> sourceOf;
    private final Function<? super E, ? extends V> targetOf;
    private final List<V> vertices;
    private final Map<V, Integer> index;
    private Object[] edges = new Object[16];
    private int[] src = new int[16];
    private int[] dst = new int[16];
    private int m;

    /**
     * A builder.
     *
     * @param vertexHint how many vertices to expect
     * @param sourceOf an edge's source
     * @param targetOf an edge's target
     */
    public Builder(int vertexHint, Function<? super E, ? extends V> sourceOf,
        Function<? super E, ? extends V> targetOf) {
      this.sourceOf = sourceOf;
      this.targetOf = targetOf;
      this.vertices = new java.util.ArrayList<>(vertexHint);
      this.index = new HashMap<>(Math.max(16, (int) (vertexHint / 0.7)));
    }

    /**
     * Adds a vertex (a second time: no change).
     *
     * @param v the vertex
     */
    public void vertex(V v) {
      if (index.putIfAbsent(v, vertices.size()) == null) {
        vertices.add(v);
      }
    }

    /**
     * Adds an edge between two added vertices.
     *
     * @param e the edge
     * @throws IllegalArgumentException if an end is not a vertex
     */
    public void edge(E e) {
      Integer s = index.get(sourceOf.apply(e));
      Integer t = index.get(targetOf.apply(e));
      if (s == null || t == null) {
        throw new IllegalArgumentException("edge " + e + " has an end that is not a vertex");
      }
      if (m == edges.length) {
        int cap = m * 2;
        edges = Arrays.copyOf(edges, cap);
        src = Arrays.copyOf(src, cap);
        dst = Arrays.copyOf(dst, cap);
      }
      edges[m] = e;
      src[m] = s;
      dst[m] = t;
      m++;
    }

    /**
     * The frozen graph.
     *
     * @return the graph
     */
    public FrozenGraph<V, E> build() {
      return new FrozenGraph<>(this);
    }
  }

  @SuppressWarnings("unchecked")
  private FrozenGraph(Builder<V, E> b) {
    this.vertices = Collections.unmodifiableList(b.vertices);
    this.index = b.index;
    this.edges = (E[]) Arrays.copyOf(b.edges, b.m);
    this.sourceOf = b.sourceOf;
    this.targetOf = b.targetOf;
    int n = vertices.size();
    this.outStart = new int[n + 1];
    this.inStart = new int[n + 1];
    this.outEdges = new int[b.m];
    this.inEdges = new int[b.m];
    rows(n, b.m, b.src, outStart, outEdges);
    rows(n, b.m, b.dst, inStart, inEdges);
    this.vertexSet = new VertexSet();
    this.edgeSet = new EdgeSet();
  }

  private static void rows(int n, int m, int[] end, int[] start, int[] rows) {
    for (int i = 0; i < m; i++) {
      start[end[i] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] fill = Arrays.copyOf(start, n);
    for (int i = 0; i < m; i++) {
      rows[fill[end[i]]++] = i;
    }
  }

  private int number(@Nullable Object v) {
    Integer i = v == null ? null : index.get(v);
    if (i == null) {
      throw new IllegalArgumentException("no such vertex in graph: " + v);
    }
    return i;
  }

  private final class VertexSet extends AbstractSet<V> {
    @Override
    public Iterator<V> iterator() {
      return vertices.iterator();
    }

    @Override
    public int size() {
      return vertices.size();
    }

    @Override
    public boolean contains(@Nullable Object o) {
      return o != null && index.containsKey(o);
    }
  }

  private final class EdgeSet extends AbstractSet<E> {
    @Override
    public Iterator<E> iterator() {
      return new Iterator<>() {
        private int i;

        @Override
        public boolean hasNext() {
          return i < edges.length;
        }

        @Override
        public E next() {
          if (i >= edges.length) {
            throw new NoSuchElementException();
          }
          return edges[i++];
        }
      };
    }

    @Override
    public int size() {
      return edges.length;
    }

    @SuppressWarnings("unchecked")
    @Override
    public boolean contains(@Nullable Object o) {
      return o != null && containsEdge((E) o);
    }
  }

  /** The edges of one row, as a set. */
  private final class Row extends AbstractSet<E> {
    private final int[] rows;
    private final int from;
    private final int to;

    Row(int[] rows, int from, int to) {
      this.rows = rows;
      this.from = from;
      this.to = to;
    }

    @Override
    public Iterator<E> iterator() {
      return new Iterator<>() {
        private int p = from;

        @Override
        public boolean hasNext() {
          return p < to;
        }

        @Override
        public E next() {
          if (p >= to) {
            throw new NoSuchElementException();
          }
          return edges[rows[p++]];
        }
      };
    }

    @Override
    public int size() {
      return to - from;
    }

    @Override
    public boolean contains(@Nullable Object o) {
      for (int p = from; p < to; p++) {
        if (edges[rows[p]].equals(o)) {
          return true;
        }
      }
      return false;
    }
  }

  @Override
  public Set<E> getAllEdges(V sourceVertex, V targetVertex) {
    Integer s = index.get(sourceVertex);
    Integer t = index.get(targetVertex);
    if (s == null || t == null) {
      return Collections.emptySet();
    }
    Set<E> out = new LinkedHashSet<>();
    for (int p = outStart[s]; p < outStart[s + 1]; p++) {
      E e = edges[outEdges[p]];
      if (targetOf.apply(e).equals(targetVertex)) {
        out.add(e);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  @Override
  public @Nullable E getEdge(V sourceVertex, V targetVertex) {
    Integer s = index.get(sourceVertex);
    if (s == null || !index.containsKey(targetVertex)) {
      return null;
    }
    for (int p = outStart[s]; p < outStart[s + 1]; p++) {
      E e = edges[outEdges[p]];
      if (targetOf.apply(e).equals(targetVertex)) {
        return e;
      }
    }
    return null;
  }

  @Override
  public @Nullable Supplier<V> getVertexSupplier() {
    return null;
  }

  @Override
  public @Nullable Supplier<E> getEdgeSupplier() {
    return null;
  }

  @Override
  public E addEdge(V sourceVertex, V targetVertex) {
    throw new UnsupportedOperationException("this graph is read-only");
  }

  @Override
  public boolean addEdge(V sourceVertex, V targetVertex, E e) {
    throw new UnsupportedOperationException("this graph is read-only");
  }

  @Override
  public V addVertex() {
    throw new UnsupportedOperationException("this graph is read-only");
  }

  @Override
  public boolean addVertex(V v) {
    throw new UnsupportedOperationException("this graph is read-only");
  }

  @Override
  public boolean containsEdge(@Nullable E e) {
    if (e == null) {
      return false;
    }
    Integer s = index.get(sourceOf.apply(e));
    if (s == null) {
      return false;
    }
    for (int p = outStart[s]; p < outStart[s + 1]; p++) {
      if (edges[outEdges[p]].equals(e)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean containsVertex(@Nullable V v) {
    return v != null && index.containsKey(v);
  }

  @Override
  public Set<E> edgeSet() {
    return edgeSet;
  }

  @Override
  public int degreeOf(V vertex) {
    int v = number(vertex);
    return outStart[v + 1] - outStart[v] + inStart[v + 1] - inStart[v];
  }

  @Override
  public Set<E> edgesOf(V vertex) {
    int v = number(vertex);
    Set<E> out = new LinkedHashSet<>(new Row(outEdges, outStart[v], outStart[v + 1]));
    out.addAll(new Row(inEdges, inStart[v], inStart[v + 1]));
    return Collections.unmodifiableSet(out);
  }

  @Override
  public int inDegreeOf(V vertex) {
    int v = number(vertex);
    return inStart[v + 1] - inStart[v];
  }

  @Override
  public Set<E> incomingEdgesOf(V vertex) {
    int v = number(vertex);
    return new Row(inEdges, inStart[v], inStart[v + 1]);
  }

  @Override
  public int outDegreeOf(V vertex) {
    int v = number(vertex);
    return outStart[v + 1] - outStart[v];
  }

  @Override
  public Set<E> outgoingEdgesOf(V vertex) {
    int v = number(vertex);
    return new Row(outEdges, outStart[v], outStart[v + 1]);
  }

  @Override
  public boolean removeAllEdges(Collection<? extends E> edges) {
    throw new UnsupportedOperationException("this graph is read-only");
  }

  @Override
  public Set<E> removeAllEdges(V sourceVertex, V targetVertex) {
    throw new UnsupportedOperationException("this graph is read-only");
  }

  @Override
  public boolean removeAllVertices(Collection<? extends V> vertices) {
    throw new UnsupportedOperationException("this graph is read-only");
  }

  @Override
  public @Nullable E removeEdge(V sourceVertex, V targetVertex) {
    throw new UnsupportedOperationException("this graph is read-only");
  }

  @Override
  public boolean removeEdge(E e) {
    throw new UnsupportedOperationException("this graph is read-only");
  }

  @Override
  public boolean removeVertex(V v) {
    throw new UnsupportedOperationException("this graph is read-only");
  }

  @Override
  public Set<V> vertexSet() {
    return vertexSet;
  }

  @Override
  public V getEdgeSource(E e) {
    return sourceOf.apply(e);
  }

  @Override
  public V getEdgeTarget(E e) {
    return targetOf.apply(e);
  }

  @Override
  public GraphType getType() {
    return DefaultGraphType.directedPseudograph().asUnmodifiable();
  }

  @Override
  public double getEdgeWeight(E e) {
    return 1.0;
  }

  @Override
  public void setEdgeWeight(E e, double weight) {
    throw new UnsupportedOperationException("this graph is read-only");
  }
}
