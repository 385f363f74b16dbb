package org.sharedoutcomes.graph.resilience;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;
import org.sharedoutcomes.core.internal.Lazy;
import org.sharedoutcomes.graph.internal.CompactGraph;

/**
 * Clusters of a network, edge directions ignored: its connected components, and its communities
 * found by label propagation.
 *
 * <p><b>Components</b>: breadth-first search, {@code O(V + E)}.
 *
 * <p><b>Communities</b>: label propagation (Raghavan, Albert and Kumara 2007, "Near linear time
 * algorithm to detect community structures in large-scale networks", Phys. Rev. E 76). Every
 * vertex starts with its own label; in each round the vertices are visited in a random order
 * (seeded) and each takes the label carried by the greatest total edge weight among its
 * neighbours, keeping its own label when that is among the best and otherwise breaking ties at
 * random (seeded). Rounds stop when no label changes or after {@code maxRounds}.
 * {@code O(rounds · (V + E))}. The result is deterministic for a seed.
 *
 * <p>A JGraphT {@link ClusteringAlgorithm}: {@link #getClustering()} gives the communities, like
 * JGraphT's own {@code LabelPropagationClustering}.
 *
 * <p>Both lists are ordered largest cluster first, ties by the earliest vertex in the graph's
 * vertex order; each cluster's vertices are in the graph's vertex order. Validates in the
 * constructor, computes on first use; results are unmodifiable. Thread-safe.
 *
 * @param <V> the vertex type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Clusters<V> implements ClusteringAlgorithm<V> {
  /** The default largest number of label-propagation rounds. */
  public static final int DEFAULT_MAX_ROUNDS = 100;

  private final Graph<V, ?> graph;
  private final long seed;
  private final int maxRounds;
  private final Lazy<int[]> componentLabels = Lazy.of(this::computeComponentLabels);
  private final Lazy<List<Set<V>>> components = Lazy.of(this::computeComponents);
  private final Lazy<Communities<V>> communities = Lazy.of(this::computeCommunities);

  private record Communities<V>(List<Set<V>> sets, int rounds) {}

  /**
   * The clusters of a graph, with label-propagation seed 0.
   *
   * @param graph the graph
   * @throws NullPointerException if {@code graph} is null
   */
  public Clusters(Graph<V, ?> graph) {
    this(graph, 0L, DEFAULT_MAX_ROUNDS);
  }

  /**
   * The clusters of a graph.
   *
   * @param graph the graph
   * @param seed the seed of label propagation
   * @param maxRounds the most label-propagation rounds, at least 1
   * @throws NullPointerException if {@code graph} is null
   * @throws IllegalArgumentException if {@code maxRounds} is less than 1
   */
  public Clusters(Graph<V, ?> graph, long seed, int maxRounds) {
    this.graph = Objects.requireNonNull(graph, "graph must not be null");
    if (maxRounds < 1) {
      throw new IllegalArgumentException("maxRounds must be at least 1, was " + maxRounds);
    }
    this.seed = seed;
    this.maxRounds = maxRounds;
  }

  private int[] computeComponentLabels() {
    return componentLabels(CompactGraph.of(graph).undirected());
  }

  private List<Set<V>> computeComponents() {
    return group(CompactGraph.of(graph).undirected(), componentLabels.get());
  }

  private Communities<V> computeCommunities() {
    CompactGraph<V> c = CompactGraph.of(graph).undirected();
    int[] rounds = new int[1];
    int[] labels = propagate(c, rounds);
    return new Communities<>(group(c, labels), rounds[0]);
  }

  /**
   * The connected components (weakly connected, if directed).
   *
   * @return unmodifiable list of unmodifiable sets, largest first
   */
  public List<Set<V>> components() {
    return components.get();
  }

  /**
   * The number of connected components.
   *
   * @return 0 for an empty graph
   */
  public int componentCount() {
    int count = 0;
    for (int l : componentLabels.get()) {
      count = Math.max(count, l + 1);
    }
    return count;
  }

  /**
   * The communities found by label propagation.
   *
   * @return unmodifiable list of unmodifiable sets, largest first
   */
  public List<Set<V>> communities() {
    return communities.get().sets();
  }

  /**
   * The communities as a JGraphT clustering.
   *
   * @return the clustering of {@link #communities()}
   */
  @Override
  public ClusteringAlgorithm.Clustering<V> getClustering() {
    return new ClusteringAlgorithm.ClusteringImpl<>(communities());
  }

  /**
   * The number of label-propagation rounds run.
   *
   * @return between 1 and {@code maxRounds} (0 for an empty graph)
   */
  public int rounds() {
    return communities.get().rounds();
  }

  /**
   * Component labels of an undirected compact graph: a component number per vertex, numbered in
   * order of each component's first vertex.
   *
   * @param c the graph
   * @return the labels
   */
  static int[] componentLabels(CompactGraph<?> c) {
    int n = c.n;
    int[] label = new int[n];
    java.util.Arrays.fill(label, -1);
    int[] queue = new int[n];
    int next = 0;
    for (int s = 0; s < n; s++) {
      if (label[s] >= 0) {
        continue;
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = s;
      label[s] = next;
      while (head < tail) {
        int u = queue[head++];
        for (int p = c.outStart[u], e = c.outStart[u + 1]; p < e; p++) {
          int v = c.out[p];
          if (label[v] < 0) {
            label[v] = next;
            queue[tail++] = v;
          }
        }
      }
      next++;
    }
    return label;
  }

  private int[] propagate(CompactGraph<?> c, int[] roundsOut) {
    int n = c.n;
    int[] label = new int[n];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      label[i] = i;
      order[i] = i;
    }
    double[] weight = new double[n];
    int[] touched = new int[n];
    int[] best = new int[n];
    SplittableRandom rnd = new SplittableRandom(seed);
    int round = 0;
    boolean changed = n > 0;
    while (changed && round < maxRounds) {
      round++;
      changed = false;
      for (int i = n - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int u : order) {
        int s = c.outStart[u];
        int e = c.outStart[u + 1];
        if (s == e) {
          continue;
        }
        int nt = 0;
        for (int p = s; p < e; p++) {
          int l = label[c.out[p]];
          if (weight[l] == 0.0) {
            touched[nt++] = l;
          }
          weight[l] += c.outWeight[p] > 0 ? c.outWeight[p] : 1.0;
        }
        double max = 0.0;
        for (int k = 0; k < nt; k++) {
          max = Math.max(max, weight[touched[k]]);
        }
        int nb = 0;
        boolean keep = false;
        for (int k = 0; k < nt; k++) {
          int l = touched[k];
          if (weight[l] == max) {
            best[nb++] = l;
            if (l == label[u]) {
              keep = true;
            }
          }
          weight[l] = 0.0;
        }
        if (!keep) {
          label[u] = best[nb == 1 ? 0 : rnd.nextInt(nb)];
          changed = true;
        }
      }
    }
    roundsOut[0] = round;
    return label;
  }

  private static <V> List<Set<V>> group(CompactGraph<V> c, int[] label) {
    int n = c.n;
    int[] first = new int[n];
    java.util.Arrays.fill(first, -1);
    List<List<Integer>> groups = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      int l = label[v];
      if (first[l] < 0) {
        first[l] = groups.size();
        groups.add(new ArrayList<>());
      }
      groups.get(first[l]).add(v);
    }
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      ids.add(i);
    }
    ids.sort((a, b) -> groups.get(b).size() != groups.get(a).size()
        ? Integer.compare(groups.get(b).size(), groups.get(a).size()) : Integer.compare(a, b));
    List<Set<V>> out = new ArrayList<>(groups.size());
    for (int id : ids) {
      Set<V> set = new LinkedHashSet<>();
      for (int v : groups.get(id)) {
        set.add(c.vertices.get(v));
      }
      out.add(Collections.unmodifiableSet(set));
    }
    return Collections.unmodifiableList(out);
  }
}
