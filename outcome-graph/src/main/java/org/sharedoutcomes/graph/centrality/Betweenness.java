package org.sharedoutcomes.graph.centrality;

import org.sharedoutcomes.core.internal.Lazy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;
import org.sharedoutcomes.graph.internal.CompactGraph;

/**
 * Betweenness centrality: for each vertex, the sum over pairs of other vertices of the share of
 * shortest paths between them that pass through it. Agencies with high betweenness are brokers:
 * much of the network's shortest communication runs through them.
 *
 * <p>Shortest paths count edges (weights are ignored: a collaboration weight is a strength, not
 * a distance). On an undirected graph each unordered pair counts once (igraph's
 * {@code betweenness}, NetworkX's {@code betweenness_centrality(normalized=False)}); on a directed
 * graph each ordered pair counts. {@link #normalizedScores()} divides by the number of pairs,
 * {@code (n − 1)(n − 2)} directed and {@code (n − 1)(n − 2)/2} undirected.
 *
 * <p><b>Exact</b> (graphs of at most {@code exactLimit} vertices): Brandes' algorithm (Brandes
 * 2001, "A faster algorithm for betweenness centrality", J. Math. Sociology 25(2)),
 * {@code O(V·E)} time and {@code O(V + E)} space. <b>Sampled</b> (larger graphs): Brandes'
 * single-source dependencies from {@code samples} sources drawn uniformly without replacement
 * with a seeded generator, scaled by {@code n / samples} (Brandes and Pich 2007, "Centrality
 * estimation in large networks"), {@code O(samples·E)} time. The estimate is unbiased; its
 * {@link #standardErrors() standard error} per vertex is {@code n · s / √k · √((n − k)/(n − 1))}
 * where {@code s} is the sample standard deviation of the vertex's single-source dependencies
 * and {@code k} the number of samples (finite-population correction); it is 0 when exact. When
 * {@code samples} is at least the number of vertices the computation is exact anyway.
 *
 * <p>A JGraphT {@link VertexScoringAlgorithm}: {@link #getScores()} is {@link #scores()}, so
 * code written for JGraphT's own {@code BetweennessCentrality} takes this one too (with
 * JGraphT's default {@code normalize = false}).
 *
 * <p>Validates in the constructor, computes on first use; results are unmodifiable and
 * deterministic for a seed. Thread-safe.
 *
 * @param <V> the vertex type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Betweenness<V> implements VertexScoringAlgorithm<V, Double> {
  /** The default largest graph computed exactly. */
  public static final int DEFAULT_EXACT_LIMIT = 2_000;
  /** The default number of sampled sources above the exact limit. */
  public static final int DEFAULT_SAMPLES = 500;

  private final Graph<V, ?> graph;
  private final int exactLimit;
  private final int samples;
  private final long seed;
  private final Lazy<Result<V>> result = Lazy.of(this::computeResult);

  private record Result<V>(Map<V, Double> scores, Map<V, Double> errors, Map<V, Double> normalized,
      boolean exact, int sources) {}

  /**
   * Exact betweenness up to {@link #DEFAULT_EXACT_LIMIT} vertices, sampled from
   * {@link #DEFAULT_SAMPLES} sources with seed 0 above it.
   *
   * @param graph the graph
   * @throws NullPointerException if {@code graph} is null
   */
  public Betweenness(Graph<V, ?> graph) {
    this(graph, DEFAULT_EXACT_LIMIT, DEFAULT_SAMPLES, 0L);
  }

  /**
   * Betweenness, exact up to a size and sampled above it.
   *
   * @param graph the graph
   * @param exactLimit the largest number of vertices computed exactly, at least 0
   * @param samples the number of sources sampled above it, at least 1
   * @param seed the seed of the sampling
   * @throws NullPointerException if {@code graph} is null
   * @throws IllegalArgumentException if {@code exactLimit} is negative or {@code samples} is
   *     less than 1
   */
  public Betweenness(Graph<V, ?> graph, int exactLimit, int samples, long seed) {
    this.graph = Objects.requireNonNull(graph, "graph must not be null");
    if (exactLimit < 0) {
      throw new IllegalArgumentException("exactLimit must be at least 0, was " + exactLimit);
    }
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be at least 1, was " + samples);
    }
    this.exactLimit = exactLimit;
    this.samples = samples;
    this.seed = seed;
  }

  private Result<V> result() {
    return result.get();
  }

  private Result<V> computeResult() {
    return compute(CompactGraph.of(graph));
  }

  private Result<V> compute(CompactGraph<V> c) {
    int n = c.n;
    boolean exact = n <= exactLimit || samples >= n;
    int[] sources;
    if (exact) {
      sources = new int[n];
      for (int i = 0; i < n; i++) {
        sources[i] = i;
      }
    } else {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      SplittableRandom rnd = new SplittableRandom(seed);
      for (int i = 0; i < samples; i++) {
        int j = i + rnd.nextInt(n - i);
        int t = all[i];
        all[i] = all[j];
        all[j] = t;
      }
      sources = java.util.Arrays.copyOf(all, samples);
    }
    double[] sum = new double[n];
    double[] sumSq = exact ? null : new double[n];
    int[] dist = new int[n];
    double[] sigma = new double[n];
    double[] delta = new double[n];
    int[] order = new int[n];
    java.util.Arrays.fill(dist, -1);
    for (int s : sources) {
      int head = 0;
      int tail = 0;
      order[tail++] = s;
      dist[s] = 0;
      sigma[s] = 1.0;
      while (head < tail) {
        int v = order[head++];
        int dv = dist[v] + 1;
        for (int p = c.outStart[v], e = c.outStart[v + 1]; p < e; p++) {
          int w = c.out[p];
          if (dist[w] < 0) {
            dist[w] = dv;
            order[tail++] = w;
          }
          if (dist[w] == dv) {
            sigma[w] += sigma[v];
          }
        }
      }
      for (int i = tail - 1; i > 0; i--) {
        int w = order[i];
        int dw = dist[w] - 1;
        double coeff = (1.0 + delta[w]) / sigma[w];
        for (int p = c.inStart[w], e = c.inStart[w + 1]; p < e; p++) {
          int v = c.in[p];
          if (dist[v] == dw) {
            delta[v] += sigma[v] * coeff;
          }
        }
        sum[w] += delta[w];
        if (sumSq != null) {
          sumSq[w] += delta[w] * delta[w];
        }
      }
      for (int i = 0; i < tail; i++) {
        int w = order[i];
        dist[w] = -1;
        sigma[w] = 0.0;
        delta[w] = 0.0;
      }
    }
    double half = c.directed ? 1.0 : 0.5;
    double pairs = c.directed ? (double) (n - 1) * (n - 2) : (double) (n - 1) * (n - 2) / 2.0;
    Map<V, Double> scores = new LinkedHashMap<>();
    Map<V, Double> errors = new LinkedHashMap<>();
    Map<V, Double> normalized = new LinkedHashMap<>();
    int k = sources.length;
    for (int v = 0; v < n; v++) {
      double score;
      double error = 0.0;
      if (exact) {
        score = sum[v] * half;
      } else {
        double mean = sum[v] / k;
        score = n * mean * half;
        double var = k > 1 ? Math.max(0.0, (Objects.requireNonNull(sumSq)[v] - k * mean * mean) / (k - 1)) : 0.0;
        error = n * Math.sqrt(var / k) * Math.sqrt((double) (n - k) / (n - 1)) * half;
      }
      V vertex = c.vertices.get(v);
      scores.put(vertex, score);
      errors.put(vertex, error);
      normalized.put(vertex, pairs > 0 ? score / pairs : 0.0);
    }
    return new Result<>(Collections.unmodifiableMap(scores), Collections.unmodifiableMap(errors),
        Collections.unmodifiableMap(normalized), exact, k);
  }

  /**
   * Whether the scores are exact (the graph has at most {@code exactLimit} vertices).
   *
   * @return true if exact, false if sampled
   */
  public boolean isExact() {
    return result().exact();
  }

  /**
   * The number of source vertices whose shortest paths were explored.
   *
   * @return {@code n} if exact, the number of samples otherwise
   */
  public int sources() {
    return result().sources();
  }

  /**
   * The betweenness of each vertex (estimated if sampled).
   *
   * @return unmodifiable map in the graph's vertex order
   */
  public Map<V, Double> scores() {
    return result().scores();
  }

  /**
   * The betweenness of each vertex divided by the number of pairs of other vertices.
   *
   * @return unmodifiable map in the graph's vertex order, values in [0, 1] when exact
   */
  public Map<V, Double> normalizedScores() {
    return result().normalized();
  }

  /**
   * The standard error of each estimated score (0 when exact).
   *
   * @return unmodifiable map in the graph's vertex order
   */
  public Map<V, Double> standardErrors() {
    return result().errors();
  }

  /**
   * The largest standard error over all vertices.
   *
   * @return 0 when exact
   */
  public double maxStandardError() {
    double max = 0.0;
    for (double e : result().errors().values()) {
      max = Math.max(max, e);
    }
    return max;
  }

  /**
   * The score of every vertex: {@link #scores()}.
   *
   * @return unmodifiable map in the graph's vertex order
   */
  @Override
  public Map<V, Double> getScores() {
    return scores();
  }

  /**
   * The score of one vertex.
   *
   * @param v the vertex
   * @return its betweenness (estimated, if sampled)
   * @throws IllegalArgumentException if the graph has no such vertex
   */
  @Override
  public Double getVertexScore(V v) {
    Double s = scores().get(v);
    if (s == null) {
      throw new IllegalArgumentException("cannot return the betweenness of '" + v
          + "': the graph has no such vertex");
    }
    return s;
  }

  /**
   * The brokers: the vertices of highest betweenness, highest first (ties in vertex order).
   *
   * @param k how many, at least 0
   * @return at most {@code k} vertices with a positive score
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public List<V> top(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("k must be at least 0, was " + k);
    }
    List<Map.Entry<V, Double>> entries = new ArrayList<>(scores().entrySet());
    entries.removeIf(e -> e.getValue() <= 0.0);
    entries.sort(Map.Entry.<V, Double>comparingByValue(Comparator.reverseOrder()));
    List<V> out = new ArrayList<>();
    for (int i = 0; i < Math.min(k, entries.size()); i++) {
      out.add(entries.get(i).getKey());
    }
    return List.copyOf(out);
  }
}
