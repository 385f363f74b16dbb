package org.sharedoutcomes.graph.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jgrapht.Graph;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.internal.Lazy;

/**
 * An immutable compressed-sparse-row copy of a graph: vertices numbered 0..n-1 in the order of
 * the source graph's vertex set, parallel edges merged (their weights summed), loops dropped.
 * For an undirected graph each edge appears in both rows and the in-rows are the out-rows.
 * Built in {@code O(V + E)}. Thread-safe.
 *
 * @param <V> the vertex type
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CompactGraph<V> {
  /** The vertices by number. */
  public final List<V> vertices;
  /** Vertex numbers. */
  public final Map<V, Integer> index;
  /** Whether edges have a direction. */
  public final boolean directed;
  /** The number of vertices. */
  public final int n;
  /** Where each vertex's out-row starts; length n + 1. */
  public final int[] outStart;
  /** Out-neighbours, row by row. */
  public final int[] out;
  /** Weights of the out-edges. */
  public final double[] outWeight;
  /** Where each vertex's in-row starts; length n + 1 (the out-rows if undirected). */
  public final int[] inStart;
  /** In-neighbours, row by row (the out-rows if undirected). */
  public final int[] in;
  /** The number of distinct edges (undirected: unordered pairs). */
  public final long edgeCount;
  private final Lazy<CompactGraph<V>> undirected = Lazy.of(this::makeUndirected);

  private CompactGraph(List<V> vertices, Map<V, Integer> index, boolean directed, int[] outStart,
      int[] out, double[] outWeight, int[] inStart, int[] in) {
    this.vertices = vertices;
    this.index = index;
    this.directed = directed;
    this.n = vertices.size();
    this.outStart = outStart;
    this.out = out;
    this.outWeight = outWeight;
    this.inStart = inStart;
    this.in = in;
    this.edgeCount = directed ? outStart[n] : outStart[n] / 2;
  }

  /**
   * The compact form of a graph: shared if the graph is {@link Indexed} (an {@link IndexedView}
   * or an {@link ArrayGraph}), built otherwise.
   *
   * @param graph the graph
   * @param <V> the vertex type
   * @return its compact form
   */
  @SuppressWarnings("unchecked")
  public static <V> CompactGraph<V> of(Graph<V, ?> graph) {
    if (graph instanceof Indexed<?> view) {
      return (CompactGraph<V>) view.compact();
    }
    return build(graph);
  }

  static <V, E> CompactGraph<V> build(Graph<V, E> graph) {
    int n = graph.vertexSet().size();
    List<V> vertices = new ArrayList<>(n);
    Map<V, Integer> index = new HashMap<>(Math.max(16, (int) (n / 0.7)));
    for (V v : graph.vertexSet()) {
      index.put(v, vertices.size());
      vertices.add(v);
    }
    int m = graph.edgeSet().size();
    int[] src = new int[m];
    int[] dst = new int[m];
    double[] w = new double[m];
    boolean weighted = graph.getType().isWeighted();
    int k = 0;
    for (E e : graph.edgeSet()) {
      int s = java.util.Objects.requireNonNull(index.get(graph.getEdgeSource(e)));
      int t = java.util.Objects.requireNonNull(index.get(graph.getEdgeTarget(e)));
      if (s == t) {
        continue;
      }
      src[k] = s;
      dst[k] = t;
      w[k] = weighted ? graph.getEdgeWeight(e) : 1.0;
      k++;
    }
    boolean directed = graph.getType().isDirected();
    return fromEdges(Collections.unmodifiableList(vertices), Collections.unmodifiableMap(index),
        directed, src, dst, w, k);
  }

  /**
   * A compact graph from edge arrays.
   *
   * @param vertices the vertices by number
   * @param index their numbers
   * @param directed whether edges have a direction
   * @param src edge sources
   * @param dst edge targets
   * @param w edge weights, or null for 1 each
   * @param m how many entries of the arrays are edges
   * @param <V> the vertex type
   * @return the compact graph
   */
  public static <V> CompactGraph<V> fromEdges(List<V> vertices, Map<V, Integer> index,
      boolean directed, int[] src, int[] dst, double @Nullable [] w, int m) {
    int n = vertices.size();
    if (directed) {
      Rows outRows = rows(n, src, dst, w, m, false);
      Rows inRows = rows(n, dst, src, w, m, false);
      return new CompactGraph<>(vertices, index, true, outRows.start, outRows.adj, outRows.w,
          inRows.start, inRows.adj);
    }
    Rows rows = rows(n, src, dst, w, m, true);
    return new CompactGraph<>(vertices, index, false, rows.start, rows.adj, rows.w, rows.start,
        rows.adj);
  }

  private record Rows(int[] start, int[] adj, double[] w) {}

  private static Rows rows(int n, int[] src, int[] dst, double @Nullable [] w, int m,
      boolean both) {
    int[] start = new int[n + 1];
    for (int i = 0; i < m; i++) {
      start[src[i] + 1]++;
      if (both) {
        start[dst[i] + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int total = start[n];
    int[] adj = new int[total];
    double[] aw = new double[total];
    int[] fill = new int[n];
    System.arraycopy(start, 0, fill, 0, n);
    for (int i = 0; i < m; i++) {
      int p = fill[src[i]]++;
      double wi = w == null ? 1.0 : w[i];
      adj[p] = dst[i];
      aw[p] = wi;
      if (both) {
        int q = fill[dst[i]]++;
        adj[q] = src[i];
        aw[q] = wi;
      }
    }
    // merge parallel edges row by row, compacting in place
    int[] mark = new int[n];
    java.util.Arrays.fill(mark, -1);
    int[] pos = new int[n];
    int write = 0;
    int[] newStart = new int[n + 1];
    for (int u = 0; u < n; u++) {
      newStart[u] = write;
      for (int p = start[u]; p < start[u + 1]; p++) {
        int v = adj[p];
        if (mark[v] == u) {
          aw[pos[v]] += aw[p];
        } else {
          mark[v] = u;
          pos[v] = write;
          adj[write] = v;
          aw[write] = aw[p];
          write++;
        }
      }
    }
    newStart[n] = write;
    if (write == total) {
      return new Rows(newStart, adj, aw);
    }
    return new Rows(newStart, java.util.Arrays.copyOf(adj, write),
        java.util.Arrays.copyOf(aw, write));
  }

  /**
   * This graph with edge directions ignored (itself if undirected).
   *
   * @return the undirected form
   */
  public CompactGraph<V> undirected() {
    return directed ? undirected.get() : this;
  }

  private CompactGraph<V> makeUndirected() {
    int m = outStart[n];
    int[] src = new int[m];
    for (int v = 0; v < n; v++) {
      for (int p = outStart[v]; p < outStart[v + 1]; p++) {
        src[p] = v;
      }
    }
    return fromEdges(vertices, index, false, src, out, outWeight, m);
  }

  /**
   * The out-degree of a vertex (its degree if undirected).
   *
   * @param v the vertex number
   * @return the number of distinct out-neighbours
   */
  public int outDegree(int v) {
    return outStart[v + 1] - outStart[v];
  }

  /**
   * The in-degree of a vertex (its degree if undirected).
   *
   * @param v the vertex number
   * @return the number of distinct in-neighbours
   */
  public int inDegree(int v) {
    return inStart[v + 1] - inStart[v];
  }
}
