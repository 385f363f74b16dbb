package org.sharedoutcomes.graph.internal;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.internal.Lazy;

/**
 * A read-only JGraphT graph over arrays: vertices are numbers 0..n-1, edges numbers 0..m-1 with
 * {@code int} source and target arrays, compressed out- and in-rows of edge numbers. Vertex and
 * edge objects are made on demand by a {@link Source} (equal each time they are made), so the
 * graph holds no per-vertex or per-edge objects. Its {@link CompactGraph} is built from the same
 * arrays on first use, and so are the rows, on the first query that needs them. An undirected
 * graph lists each edge once, in the out-row of its source and the in-row of its target. Each
 * part is built in {@code O(V + E)}. Every mutator throws
 * {@link UnsupportedOperationException}. Thread-safe.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class ArrayGraph<V, E> extends AbstractGraph<V, E> implements Indexed<V> {
  /**
   * Makes and finds the vertex and edge objects of an {@link ArrayGraph}.
   *
   * @param <V> the vertex type
   * @param <E> the edge type
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public interface Source<V, E> {
    /**
     * The vertex of a number.
     *
     * @param v the number
     * @return the vertex
     */
    V vertex(int v);

    /**
     * The number of a vertex.
     *
     * @param vertex a vertex, or anything
     * @return its number, or -1 if it is not a vertex of the graph
     */
    int number(@Nullable Object vertex);

    /**
     * The edge of a number.
     *
     * @param graph the graph
     * @param k the edge number
     * @return the edge
     */
    E edge(ArrayGraph<V, E> graph, int k);

    /**
     * The number of an edge.
     *
     * @param graph the graph
     * @param edge an edge, or anything
     * @return its number, or -1 if it is not an edge of the graph
     */
    int edgeNumber(ArrayGraph<V, E> graph, @Nullable Object edge);

    /**
     * The source of an edge object that knows its own ends, without looking it up.
     *
     * @param edge an edge of the graph
     * @return its source, or null to look the edge up
     */
    default @Nullable V sourceOf(E edge) {
      return null;
    }

    /**
     * The target of an edge object that knows its own ends, without looking it up.
     *
     * @param edge an edge of the graph
     * @return its target, or null to look the edge up
     */
    default @Nullable V targetOf(E edge) {
      return null;
    }
  }

  private final int n;
  private final int m;
  private final int[] src;
  private final int[] dst;
  private final double @Nullable [] weight;
  private final boolean directed;
  private final GraphType type;
  private final Source<V, E> source;
  private final Lazy<Rows> rows;
  private final Set<V> vertexSet = new VertexSet();
  private final Set<E> edgeSet = new EdgeSet();
  private final Lazy<CompactGraph<V>> compact;

  /**
   * A graph over arrays, which it keeps (they must not change afterwards).
   *
   * @param n the number of vertices
   * @param src edge sources (the first {@code m} entries)
   * @param dst edge targets, never equal to the source
   * @param m the number of edges
   * @param weight edge weights, or null for 1 each
   * @param type the graph's type (directed or not, weighted or not)
   * @param source the maker of vertex and edge objects
   */
  public ArrayGraph(int n, int[] src, int[] dst, int m, double @Nullable [] weight,
      GraphType type, Source<V, E> source) {
    this.n = n;
    this.m = m;
    this.src = src;
    this.dst = dst;
    this.weight = weight;
    this.directed = type.isDirected();
    this.type = type.asUnmodifiable();
    this.source = source;
    this.rows = Lazy.of(() -> new Rows(n, m, src, dst));
    this.compact = Lazy.of(() -> CompactGraph.fromEdges(new VertexList(), new IndexMap(),
        directed, src, dst, weight, m));
  }

  /**
   * The compressed out- and in-rows of edge numbers, built on the first query that needs them
   * (the analyses run on the {@link CompactGraph}, so a graph made for them never builds these).
   */
  private static final class Rows {
    final int[] outStart;
    final int[] outEdges;
    final int[] inStart;
    final int[] inEdges;

    Rows(int n, int m, int[] src, int[] dst) {
      outStart = new int[n + 1];
      outEdges = new int[m];
      inStart = new int[n + 1];
      inEdges = new int[m];
      fill(n, m, src, outStart, outEdges);
      fill(n, m, dst, inStart, inEdges);
    }

    /**
     * A counting sort of the edge numbers by one end, each row in edge order: the counts, their
     * running sums (each vertex's row end), then the edges from the last down, each put just
     * before the ones already in its row, which leaves every start where its row begins. No
     * copy of the starts to fill from.
     */
    private static void fill(int n, int m, int[] end, int[] start, int[] rows) {
      for (int i = 0; i < m; i++) {
        start[end[i]]++;
      }
      int sum = 0;
      for (int v = 0; v < n; v++) {
        sum += start[v];
        start[v] = sum;
      }
      start[n] = m;
      for (int i = m - 1; i >= 0; i--) {
        rows[--start[end[i]]] = i;
      }
    }
  }

  @Override
  public CompactGraph<V> compact() {
    return compact.get();
  }

  /**
   * The number of edges.
   *
   * @return m
   */
  public int edgeCount() {
    return m;
  }

  /**
   * The source number of an edge.
   *
   * @param k the edge number
   * @return its source's number
   */
  public int sourceOf(int k) {
    return src[k];
  }

  /**
   * The target number of an edge.
   *
   * @param k the edge number
   * @return its target's number
   */
  public int targetOf(int k) {
    return dst[k];
  }

  /**
   * Where the out-row of a vertex starts in {@link #outRow(int)}'s numbering.
   *
   * @param v the vertex number
   * @return the first position
   */
  public int outFrom(int v) {
    return rows.get().outStart[v];
  }

  /**
   * Where the out-row of a vertex ends.
   *
   * @param v the vertex number
   * @return the position after the last
   */
  public int outTo(int v) {
    return rows.get().outStart[v + 1];
  }

  /**
   * The edge at a position of the out-rows.
   *
   * @param p the position
   * @return the edge number
   */
  public int outRow(int p) {
    return rows.get().outEdges[p];
  }

  /**
   * A numbered edge of this graph, for sources that use {@link NumberedEdge}.
   *
   * @param k the edge number
   * @return the edge
   */
  public NumberedEdge numbered(int k) {
    return new NumberedEdge(this, k, source.vertex(src[k]), source.vertex(dst[k]));
  }

  /**
   * A numbered weighted edge of this graph, for sources that use {@link NumberedWeightedEdge}.
   *
   * @param k the edge number
   * @return the edge
   */
  public NumberedWeightedEdge numberedWeighted(int k) {
    return new NumberedWeightedEdge(this, k, source.vertex(src[k]), source.vertex(dst[k]));
  }

  /**
   * The number of a {@link NumberedEdge} or {@link NumberedWeightedEdge} of this graph.
   *
   * @param e anything
   * @return its number, or -1
   */
  public int numberOfNumbered(@Nullable Object e) {
    if (e instanceof NumberedEdge x) {
      return x.number(this);
    }
    return e instanceof NumberedWeightedEdge x ? x.number(this) : -1;
  }

  private int vertexNumber(@Nullable Object v) {
    int i = source.number(v);
    if (i < 0) {
      throw new IllegalArgumentException("no such vertex in graph: " + v);
    }
    return i;
  }

  private int edgeNumber(@Nullable Object e) {
    int k = source.edgeNumber(this, e);
    if (k < 0) {
      throw new IllegalArgumentException("no such edge in graph: " + e);
    }
    return k;
  }

  private final class VertexList extends AbstractList<V> {
    @Override
    public V get(int index) {
      java.util.Objects.checkIndex(index, n);
      return source.vertex(index);
    }

    @Override
    public int size() {
      return n;
    }
  }

  private final class IndexMap extends AbstractMap<V, Integer> {
    @Override
    public @Nullable Integer get(@Nullable Object key) {
      int i = source.number(key);
      return i < 0 ? null : i;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return source.number(key) >= 0;
    }

    @Override
    public int size() {
      return n;
    }

    @Override
    public Set<Map.Entry<V, Integer>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<V, Integer>> iterator() {
          return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
              return i < n;
            }

            @Override
            public Map.Entry<V, Integer> next() {
              if (i >= n) {
                throw new NoSuchElementException();
              }
              int v = i++;
              return new AbstractMap.SimpleImmutableEntry<>(source.vertex(v), v);
            }
          };
        }

        @Override
        public int size() {
          return n;
        }
      };
    }
  }

  private final class VertexSet extends AbstractSet<V> {
    @Override
    public Iterator<V> iterator() {
      return new VertexList().iterator();
    }

    @Override
    public int size() {
      return n;
    }

    @Override
    public boolean contains(@Nullable Object o) {
      return source.number(o) >= 0;
    }
  }

  private final class EdgeSet extends AbstractSet<E> {
    @Override
    public Iterator<E> iterator() {
      return new Iterator<>() {
        private int k;

        @Override
        public boolean hasNext() {
          return k < m;
        }

        @Override
        public E next() {
          if (k >= m) {
            throw new NoSuchElementException();
          }
          return source.edge(ArrayGraph.this, k++);
        }
      };
    }

    @Override
    public int size() {
      return m;
    }

    @Override
    public boolean contains(@Nullable Object o) {
      return source.edgeNumber(ArrayGraph.this, o) >= 0;
    }
  }

  /** The edges of one or two rows (an undirected vertex: its out- and in-row), as a set. */
  private final class Row extends AbstractSet<E> {
    private final int[] rows;
    private final int from;
    private final int to;
    private final int @Nullable [] rows2;
    private final int from2;
    private final int to2;

    Row(int[] rows, int from, int to, int @Nullable [] rows2, int from2, int to2) {
      this.rows = rows;
      this.from = from;
      this.to = to;
      this.rows2 = rows2;
      this.from2 = from2;
      this.to2 = to2;
    }

    @Override
    public Iterator<E> iterator() {
      return new Iterator<>() {
        private int p = from;
        private int q = from2;

        @Override
        public boolean hasNext() {
          return p < to || (rows2 != null && q < to2);
        }

        @Override
        public E next() {
          if (p < to) {
            return source.edge(ArrayGraph.this, rows[p++]);
          }
          int[] r2 = rows2;
          if (r2 != null && q < to2) {
            return source.edge(ArrayGraph.this, r2[q++]);
          }
          throw new NoSuchElementException();
        }
      };
    }

    @Override
    public int size() {
      return to - from + (rows2 == null ? 0 : to2 - from2);
    }

    @Override
    public boolean contains(@Nullable Object o) {
      int k = source.edgeNumber(ArrayGraph.this, o);
      if (k < 0) {
        return false;
      }
      for (int p = from; p < to; p++) {
        if (rows[p] == k) {
          return true;
        }
      }
      int[] r2 = rows2;
      if (r2 != null) {
        for (int p = from2; p < to2; p++) {
          if (r2[p] == k) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private Row outRowSet(int v) {
    Rows r = rows.get();
    return new Row(r.outEdges, r.outStart[v], r.outStart[v + 1], null, 0, 0);
  }

  private Row inRowSet(int v) {
    Rows r = rows.get();
    return new Row(r.inEdges, r.inStart[v], r.inStart[v + 1], null, 0, 0);
  }

  private Row bothRows(int v) {
    Rows r = rows.get();
    return new Row(r.outEdges, r.outStart[v], r.outStart[v + 1], r.inEdges, r.inStart[v],
        r.inStart[v + 1]);
  }

  @Override
  public Set<E> getAllEdges(V sourceVertex, V targetVertex) {
    int s = source.number(sourceVertex);
    int t = source.number(targetVertex);
    if (s < 0 || t < 0) {
      return Collections.emptySet();
    }
    Set<E> out = new LinkedHashSet<>();
    Rows r = rows.get();
    for (int p = r.outStart[s]; p < r.outStart[s + 1]; p++) {
      if (dst[r.outEdges[p]] == t) {
        out.add(source.edge(this, r.outEdges[p]));
      }
    }
    if (!directed) {
      for (int p = r.inStart[s]; p < r.inStart[s + 1]; p++) {
        if (src[r.inEdges[p]] == t) {
          out.add(source.edge(this, r.inEdges[p]));
        }
      }
    }
    return Collections.unmodifiableSet(out);
  }

  @Override
  public @Nullable E getEdge(V sourceVertex, V targetVertex) {
    int s = source.number(sourceVertex);
    int t = source.number(targetVertex);
    if (s < 0 || t < 0) {
      return null;
    }
    Rows r = rows.get();
    for (int p = r.outStart[s]; p < r.outStart[s + 1]; p++) {
      if (dst[r.outEdges[p]] == t) {
        return source.edge(this, r.outEdges[p]);
      }
    }
    if (!directed) {
      for (int p = r.inStart[s]; p < r.inStart[s + 1]; p++) {
        if (src[r.inEdges[p]] == t) {
          return source.edge(this, r.inEdges[p]);
        }
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
    return source.edgeNumber(this, e) >= 0;
  }

  @Override
  public boolean containsVertex(@Nullable V v) {
    return source.number(v) >= 0;
  }

  @Override
  public Set<E> edgeSet() {
    return edgeSet;
  }

  @Override
  public int degreeOf(V vertex) {
    int v = vertexNumber(vertex);
    Rows r = rows.get();
    return r.outStart[v + 1] - r.outStart[v] + r.inStart[v + 1] - r.inStart[v];
  }

  @Override
  public Set<E> edgesOf(V vertex) {
    return bothRows(vertexNumber(vertex));
  }

  @Override
  public int inDegreeOf(V vertex) {
    if (!directed) {
      return degreeOf(vertex);
    }
    int v = vertexNumber(vertex);
    Rows r = rows.get();
    return r.inStart[v + 1] - r.inStart[v];
  }

  @Override
  public Set<E> incomingEdgesOf(V vertex) {
    return directed ? inRowSet(vertexNumber(vertex)) : edgesOf(vertex);
  }

  @Override
  public int outDegreeOf(V vertex) {
    if (!directed) {
      return degreeOf(vertex);
    }
    int v = vertexNumber(vertex);
    Rows r = rows.get();
    return r.outStart[v + 1] - r.outStart[v];
  }

  @Override
  public Set<E> outgoingEdgesOf(V vertex) {
    return directed ? outRowSet(vertexNumber(vertex)) : edgesOf(vertex);
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
    V v = e == null ? null : source.sourceOf(e);
    return v != null ? v : source.vertex(src[edgeNumber(e)]);
  }

  @Override
  public V getEdgeTarget(E e) {
    V v = e == null ? null : source.targetOf(e);
    return v != null ? v : source.vertex(dst[edgeNumber(e)]);
  }

  @Override
  public GraphType getType() {
    return type;
  }

  @Override
  public double getEdgeWeight(E e) {
    double[] w = weight;
    return w == null ? 1.0 : w[edgeNumber(e)];
  }

  @Override
  public void setEdgeWeight(E e, double weight) {
    throw new UnsupportedOperationException("this graph is read-only");
  }

  /**
   * Vertex lists of an {@link ArrayGraph}'s vertices, for callers that need a {@code List}.
   *
   * @return the vertices by number
   */
  public List<V> vertexList() {
    return new VertexList();
  }
}
