package org.sharedoutcomes.benchmarks.graph;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.sharedoutcomes.graph.GraphViews;

/**
 * Seeded generator of large agency collaboration networks, as {@code AccountabilityGraph}
 * defines them (agencies linked when they share a commitment, weighted by how many), generated
 * directly rather than through an {@code OutcomeModel}, which at a million commitments would
 * also carry indicators and measurements the graph analyses never read.
 *
 * <p>The sharing follows {@code RealisticModels}: each commitment has one accountable agency
 * drawn with a Zipf law (exponent 1) from the first 20% of agencies (national and state
 * bodies), and 0 to 3 partners (12% none, then one, two or three equally often), half drawn
 * with the same skew, half uniformly from all agencies (the front line). Partners are capped at
 * three (RealisticModels allows up to seven) to keep NetworkX's memory within a shared machine.
 * Deterministic for a seed. Thread-safe (no shared state).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CollaborationNetworks {
  private CollaborationNetworks() {}

  /**
   * A network as arrays of distinct undirected edges {@code (src[i], dst[i])}, {@code src <
   * dst}, with their weights.
   *
   * @param agencies the number of vertices
   * @param src edge ends
   * @param dst other edge ends
   * @param weight number of shared commitments
   */
  public record Network(int agencies, int[] src, int[] dst, int[] weight) {
    /**
     * The number of edges.
     *
     * @return the edge count
     */
    public int edges() {
      return src.length;
    }

    /**
     * The network as a read-only JGraphT graph whose compact index the analyses share.
     *
     * @return the graph, vertices 0..agencies-1
     */
    public Graph<Integer, DefaultWeightedEdge> toGraph() {
      SimpleWeightedGraph<Integer, DefaultWeightedEdge> g =
          new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
      for (int i = 0; i < agencies; i++) {
        g.addVertex(i);
      }
      for (int i = 0; i < src.length; i++) {
        DefaultWeightedEdge e = g.addEdge(src[i], dst[i]);
        g.setEdgeWeight(e, weight[i]);
      }
      return GraphViews.readOnly(g);
    }
  }

  /**
   * Generates a network.
   *
   * @param agencies the number of agencies, at least 2
   * @param commitments the number of commitments, at least 0
   * @param seed the seed
   * @return the network
   */
  public static Network generate(int agencies, int commitments, long seed) {
    if (agencies < 2 || commitments < 0) {
      throw new IllegalArgumentException("agencies must be at least 2 and commitments at least"
          + " 0, were " + agencies + " and " + commitments);
    }
    SplittableRandom r = new SplittableRandom(seed);
    int leads = Math.max(1, agencies / 5);
    double[] cdf = new double[leads];
    double total = 0;
    for (int i = 0; i < leads; i++) {
      total += 1.0 / (i + 1);
      cdf[i] = total;
    }
    long[] pairs = new long[commitments * 6];
    int np = 0;
    int[] members = new int[4];
    for (int c = 0; c < commitments; c++) {
      int k = 0;
      members[k++] = zipf(r, cdf, total);
      int partners = r.nextDouble() < 0.12 ? 0 : 1 + r.nextInt(3);
      for (int p = 0; p < partners; p++) {
        int a = r.nextBoolean() ? zipf(r, cdf, total) : r.nextInt(agencies);
        boolean dup = false;
        for (int j = 0; j < k; j++) {
          dup |= members[j] == a;
        }
        if (!dup) {
          members[k++] = a;
        }
      }
      for (int i = 0; i < k; i++) {
        for (int j = i + 1; j < k; j++) {
          int lo = Math.min(members[i], members[j]);
          int hi = Math.max(members[i], members[j]);
          pairs[np++] = ((long) lo << 32) | hi;
        }
      }
    }
    Arrays.sort(pairs, 0, np);
    int distinct = 0;
    for (int i = 0; i < np; i++) {
      if (i == 0 || pairs[i] != pairs[i - 1]) {
        distinct++;
      }
    }
    int[] src = new int[distinct];
    int[] dst = new int[distinct];
    int[] weight = new int[distinct];
    int e = -1;
    for (int i = 0; i < np; i++) {
      if (i == 0 || pairs[i] != pairs[i - 1]) {
        e++;
        src[e] = (int) (pairs[i] >>> 32);
        dst[e] = (int) pairs[i];
      }
      weight[e]++;
    }
    return new Network(agencies, src, dst, weight);
  }

  private static int zipf(SplittableRandom r, double[] cdf, double total) {
    double u = r.nextDouble() * total;
    int i = Arrays.binarySearch(cdf, u);
    return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
  }
}
