package org.sharedoutcomes.graph.resilience;

import org.sharedoutcomes.core.internal.Lazy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jgrapht.Graph;
import org.sharedoutcomes.graph.internal.CompactGraph;

/**
 * Single points of failure of a network: its articulation points (vertices whose removal
 * increases the number of connected components) and bridges (edges whose removal does), with
 * edge directions ignored.
 *
 * <p>One iterative depth-first search with discovery times and low links (Hopcroft and Tarjan
 * 1973, "Algorithm 447: efficient algorithms for graph manipulation", CACM 16(6); Tarjan 1972),
 * {@code O(V + E)} time and {@code O(V)} extra space, no recursion (safe on deep graphs).
 * Parallel edges are merged first and loops dropped: a pair of vertices linked by several edges
 * counts as one edge (a collaboration network has one edge per pair anyway).
 *
 * <p>Validates in the constructor, computes on first use; results are unmodifiable, in the
 * graph's vertex order. Thread-safe.
 *
 * @param <V> the vertex type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Connectivity<V> {
  private final Graph<V, ?> graph;
  private final Lazy<Result<V>> result = Lazy.of(this::computeResult);

  private record Result<V>(Set<V> articulationPoints, List<Bridge<V>> bridges, int components) {}

  /**
   * The connectivity of a graph.
   *
   * @param graph the graph (directions are ignored)
   * @throws NullPointerException if {@code graph} is null
   */
  public Connectivity(Graph<V, ?> graph) {
    this.graph = Objects.requireNonNull(graph, "graph must not be null");
  }

  private Result<V> result() {
    return result.get();
  }

  private Result<V> computeResult() {
    return compute(CompactGraph.of(graph).undirected());
  }

  private static <V> Result<V> compute(CompactGraph<V> c) {
    int n = c.n;
    int[] start = c.outStart;
    int[] adj = c.out;
    int[] disc = new int[n];
    int[] low = new int[n];
    int[] parent = new int[n];
    int[] next = new int[n];
    int[] stack = new int[n];
    boolean[] cut = new boolean[n];
    List<Bridge<V>> bridges = new ArrayList<>();
    int time = 0;
    int components = 0;
    for (int r = 0; r < n; r++) {
      if (disc[r] != 0) {
        continue;
      }
      components++;
      int rootChildren = 0;
      int sp = 0;
      stack[sp++] = r;
      disc[r] = low[r] = ++time;
      parent[r] = -1;
      next[r] = start[r];
      while (sp > 0) {
        int u = stack[sp - 1];
        if (next[u] < start[u + 1]) {
          int v = adj[next[u]++];
          if (disc[v] == 0) {
            parent[v] = u;
            disc[v] = low[v] = ++time;
            next[v] = start[v];
            stack[sp++] = v;
            if (u == r) {
              rootChildren++;
            }
          } else if (v != parent[u] && disc[v] < low[u]) {
            low[u] = disc[v];
          }
        } else {
          sp--;
          int p = parent[u];
          if (p >= 0) {
            if (low[u] < low[p]) {
              low[p] = low[u];
            }
            if (low[u] > disc[p]) {
              bridges.add(new Bridge<>(c.vertices.get(p), c.vertices.get(u)));
            }
            if (p != r && low[u] >= disc[p]) {
              cut[p] = true;
            }
          }
        }
      }
      if (rootChildren > 1) {
        cut[r] = true;
      }
    }
    Set<V> points = new LinkedHashSet<>();
    for (int v = 0; v < n; v++) {
      if (cut[v]) {
        points.add(c.vertices.get(v));
      }
    }
    return new Result<>(Collections.unmodifiableSet(points), List.copyOf(bridges), components);
  }

  /**
   * The articulation points: vertices whose removal increases the number of components.
   *
   * @return unmodifiable set, in the graph's vertex order
   */
  public Set<V> articulationPoints() {
    return result().articulationPoints();
  }

  /**
   * The bridges: edges whose removal increases the number of components.
   *
   * @return unmodifiable list, in depth-first finishing order
   */
  public List<Bridge<V>> bridges() {
    return result().bridges();
  }

  /**
   * The number of connected components (weakly connected, if directed).
   *
   * @return 0 for an empty graph
   */
  public int componentCount() {
    return result().components();
  }
}
