package org.sharedoutcomes.graph.resilience;

import org.sharedoutcomes.core.internal.Lazy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jgrapht.Graph;
import org.sharedoutcomes.graph.internal.CompactGraph;

/**
 * The cycles of a directed graph, such as the reporting network (agency parent cycles are
 * allowed by the model) or the dependency network (the model rejects dependency cycles, so it
 * has none, but a hand-made graph may).
 *
 * <p>The strongly connected components are found with Tarjan's algorithm (Tarjan 1972,
 * "Depth-first search and linear graph algorithms", SIAM J. Comput. 1(2)), iteratively, in
 * {@code O(V + E)}. Each component of two or more vertices holds at least one cycle; one is
 * listed for each, found by a breadth-first search inside the component from its first vertex
 * back to itself ({@code O(V + E)} overall), so it is a shortest cycle through that vertex. In
 * a graph where every vertex has at most one out-edge inside a component, such as agencies and
 * their single parent, each component is exactly one cycle and every cycle is listed. Loops
 * (edges from a vertex to itself) are not cycles here; the model allows none.
 *
 * <p>Validates in the constructor, computes on first use; results are unmodifiable, each cycle
 * starting at its earliest vertex in the graph's vertex order and following the edges. Thread-safe.
 *
 * @param <V> the vertex type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Cycles<V> {
  private final Graph<V, ?> graph;
  private final Lazy<Result<V>> result = Lazy.of(this::computeResult);

  private record Result<V>(List<List<V>> cycles, List<List<V>> components) {}

  /**
   * The cycles of a graph.
   *
   * @param graph a directed graph
   * @throws NullPointerException if {@code graph} is null
   * @throws IllegalArgumentException if {@code graph} is undirected
   */
  public Cycles(Graph<V, ?> graph) {
    this.graph = Objects.requireNonNull(graph, "graph must not be null");
    if (!graph.getType().isDirected()) {
      throw new IllegalArgumentException(
          "cycles are defined here for directed graphs; the graph given is undirected");
    }
  }

  private Result<V> result() {
    return result.get();
  }

  private Result<V> computeResult() {
    return compute(CompactGraph.of(graph));
  }

  private static <V> Result<V> compute(CompactGraph<V> c) {
    int n = c.n;
    int[] comp = new int[n];
    int count = tarjan(c, comp);
    int[] size = new int[count];
    for (int v = 0; v < n; v++) {
      size[comp[v]]++;
    }
    List<List<V>> cycles = new ArrayList<>();
    List<List<V>> components = new ArrayList<>();
    boolean[] done = new boolean[count];
    int[] prev = new int[n];
    int[] queue = new int[n];
    java.util.Arrays.fill(prev, -2);
    for (int s = 0; s < n; s++) {
      int k = comp[s];
      if (size[k] < 2 || done[k]) {
        continue;
      }
      done[k] = true;
      List<V> members = new ArrayList<>();
      for (int v = s; v < n; v++) {
        if (comp[v] == k) {
          members.add(c.vertices.get(v));
        }
      }
      components.add(List.copyOf(members));
      // BFS from s inside the component until an edge back to s
      int head = 0;
      int tail = 0;
      queue[tail++] = s;
      prev[s] = -1;
      int last = -1;
      while (head < tail && last < 0) {
        int u = queue[head++];
        for (int p = c.outStart[u]; p < c.outStart[u + 1]; p++) {
          int w = c.out[p];
          if (comp[w] != k) {
            continue;
          }
          if (w == s) {
            last = u;
            break;
          }
          if (prev[w] == -2) {
            prev[w] = u;
            queue[tail++] = w;
          }
        }
      }
      List<V> cycle = new ArrayList<>();
      for (int v = last; v != -1; v = prev[v]) {
        cycle.add(c.vertices.get(v));
      }
      Collections.reverse(cycle);
      cycles.add(List.copyOf(cycle));
      for (int i = 0; i < tail; i++) {
        prev[queue[i]] = -2;
      }
    }
    return new Result<>(List.copyOf(cycles), List.copyOf(components));
  }

  /** Iterative Tarjan; fills comp and returns the number of components. */
  private static int tarjan(CompactGraph<?> c, int[] comp) {
    int n = c.n;
    int[] index = new int[n];
    int[] low = new int[n];
    int[] next = new int[n];
    int[] call = new int[n];
    int[] stack = new int[n];
    boolean[] onStack = new boolean[n];
    java.util.Arrays.fill(index, -1);
    int counter = 0;
    int sp = 0;
    int count = 0;
    for (int r = 0; r < n; r++) {
      if (index[r] >= 0) {
        continue;
      }
      int cp = 0;
      call[cp++] = r;
      index[r] = low[r] = counter++;
      next[r] = c.outStart[r];
      stack[sp++] = r;
      onStack[r] = true;
      while (cp > 0) {
        int u = call[cp - 1];
        if (next[u] < c.outStart[u + 1]) {
          int w = c.out[next[u]++];
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            next[w] = c.outStart[w];
            stack[sp++] = w;
            onStack[w] = true;
            call[cp++] = w;
          } else if (onStack[w] && index[w] < low[u]) {
            low[u] = index[w];
          }
        } else {
          cp--;
          if (low[u] == index[u]) {
            int w;
            do {
              w = stack[--sp];
              onStack[w] = false;
              comp[w] = count;
            } while (w != u);
            count++;
          }
          if (cp > 0) {
            int p = call[cp - 1];
            if (low[u] < low[p]) {
              low[p] = low[u];
            }
          }
        }
      }
    }
    return count;
  }

  /**
   * One cycle for each strongly connected component of two or more vertices.
   *
   * @return unmodifiable list of cycles, each a list of vertices in edge order (the edge from
   *     the last back to the first closes it)
   */
  public List<List<V>> cycles() {
    return result().cycles();
  }

  /**
   * The strongly connected components of two or more vertices: every vertex on some cycle.
   *
   * @return unmodifiable list of components, each in the graph's vertex order
   */
  public List<List<V>> cyclicComponents() {
    return result().components();
  }

  /**
   * Whether the graph has no cycle.
   *
   * @return true if acyclic
   */
  public boolean isAcyclic() {
    return cycles().isEmpty();
  }

  /**
   * Why the list of cycles is empty, if it is.
   *
   * @return the reason, or empty if there are cycles
   */
  public Optional<String> reason() {
    if (!isAcyclic()) {
      return Optional.empty();
    }
    return Optional.of(graph.vertexSet().isEmpty() ? "the graph is empty"
        : "the graph is acyclic");
  }
}
