package org.sharedoutcomes.graph.centrality;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Lazy;
import org.jgrapht.Graph;
import org.sharedoutcomes.graph.internal.CompactGraph;

/**
 * Freeman's degree centralization of a graph (Freeman 1979, "Centrality in social networks:
 * conceptual clarification", Social Networks 1(3)): how far the graph is from one where every
 * vertex has the same degree, relative to the most centralized graph of the same size.
 *
 * <p>{@code C = Σ_v (d_max − d_v) / T(n)}, where {@code d_v} is the number of distinct
 * neighbours of {@code v} (parallel edges count once, loops never) and {@code T(n)} is the
 * largest value the sum can take on a graph of {@code n} vertices:
 * <ul>
 *   <li>undirected graph: {@code T = (n − 1)(n − 2)}, reached by the star; in, out and all are
 *       the same number;</li>
 *   <li>directed graph, in- or out-degree: {@code T = (n − 1)²}, reached by the star whose edges
 *       all point to (in) or from (out) the centre;</li>
 *   <li>directed graph, all (in-degree + out-degree, a mutual pair counting twice):
 *       {@code T = 2(n − 1)(n − 2)}, reached by the star with mutual edges (a one-way star gives
 *       ½).</li>
 * </ul>
 * These are igraph's theoretical maxima without loops ({@code centralization_degree_tmax}), so
 * results agree with igraph. The value lies in [0, 1]: the star gives 1, the cycle and every
 * regular graph 0. A graph of fewer than 3 vertices has {@code T = 0} (the directed in/out
 * case: fewer than 2) and centralization 0, with a {@link #reason()}.
 *
 * <p>{@code O(V + E)} time after the graph's compact index, which is built once per view in
 * {@code O(V + E)}. Validates in the constructor, computes on first use; thread-safe.
 *
 * @param <V> the vertex type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DegreeCentralization<V> {
  private final Graph<V, ?> graph;
  private final Lazy<double[]> result = Lazy.of(this::computeResult);

  /**
   * The degree centralization of a graph.
   *
   * @param graph the graph, directed or undirected
   * @throws NullPointerException if {@code graph} is null
   */
  public DegreeCentralization(Graph<V, ?> graph) {
    this.graph = Objects.requireNonNull(graph, "graph must not be null");
  }

  private double[] result() {
    return result.get();
  }

  private double[] computeResult() {
    return compute(CompactGraph.of(graph));
  }

  private static double[] compute(CompactGraph<?> c) {
    int n = c.n;
    long maxIn = 0;
    long maxOut = 0;
    long maxAll = 0;
    long sumIn = 0;
    long sumOut = 0;
    long sumAll = 0;
    long degrees = 0;
    for (int v = 0; v < n; v++) {
      int o = c.outDegree(v);
      int i = c.directed ? c.inDegree(v) : o;
      int a = c.directed ? o + i : o;
      maxIn = Math.max(maxIn, i);
      maxOut = Math.max(maxOut, o);
      maxAll = Math.max(maxAll, a);
      sumIn += i;
      sumOut += o;
      sumAll += a;
      degrees += o;
    }
    double tIo = c.directed ? (double) (n - 1) * (n - 1) : (double) (n - 1) * (n - 2);
    double tAll = c.directed ? 2.0 * (n - 1) * (n - 2) : (double) (n - 1) * (n - 2);
    return new double[] {
        ratio(n * maxIn - sumIn, tIo), ratio(n * maxOut - sumOut, tIo),
        ratio(n * maxAll - sumAll, tAll), n, c.directed ? 1 : 0, degrees};
  }

  private static double ratio(long sum, double max) {
    return max <= 0 ? 0.0 : sum / max;
  }

  /**
   * The centralization of in-degrees (of degrees, if the graph is undirected).
   *
   * @return a value in [0, 1]
   */
  public double in() {
    return result()[0];
  }

  /**
   * The centralization of out-degrees (of degrees, if the graph is undirected).
   *
   * @return a value in [0, 1]
   */
  public double out() {
    return result()[1];
  }

  /**
   * The centralization of total degrees: in-degree + out-degree if directed, the degree if not.
   *
   * @return a value in [0, 1]
   */
  public double all() {
    return result()[2];
  }

  /**
   * Why the centralization says nothing about the network, if it does not: too few vertices for
   * any centralization, or no edges at all (a network the model declares no relation in is not
   * "perfectly decentralised"; its centralization is 0 by the formula only). A report should
   * print this reason instead of the value when it is present.
   *
   * @return the reason, or empty if the value was computed from a graph large enough and with
   *     at least one edge
   */
  public Optional<String> reason() {
    double[] r = result();
    int n = (int) r[3];
    boolean directed = r[4] == 1;
    if (n < (directed ? 2 : 3)) {
      return Optional.of("the graph has " + n + " vertices; degree centralization needs at least "
          + (directed ? "2 (directed)" : "3") + " and is 0 below that");
    }
    if (directed && n < 3) {
      return Optional.of("the graph has 2 vertices; total-degree centralization needs 3 and is 0");
    }
    if (r[5] == 0) {
      return Optional.of("the network has no edges: the model declares no relation of this"
          + " kind, so its centralization is not measured (0 by the formula only)");
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "DegreeCentralization[in=" + in() + ", out=" + out() + ", all=" + all() + "]";
  }
}
