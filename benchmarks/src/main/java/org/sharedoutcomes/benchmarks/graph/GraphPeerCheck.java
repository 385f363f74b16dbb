package org.sharedoutcomes.benchmarks.graph;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.sharedoutcomes.benchmarks.scale.RealisticModels;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.RoleTarget;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.GraphViews;
import org.sharedoutcomes.graph.centrality.Betweenness;
import org.sharedoutcomes.graph.centrality.DegreeCentralization;
import org.sharedoutcomes.graph.resilience.Bridge;
import org.sharedoutcomes.graph.resilience.Clusters;
import org.sharedoutcomes.graph.resilience.Connectivity;
import org.sharedoutcomes.graph.resilience.FailureImpact;
import org.sharedoutcomes.graph.resilience.SinglePointsOfFailure;
import org.sharedoutcomes.testkit.RandomModels;

/**
 * The Java side of {@code benchmarks/scripts/graph_peers.py}: exports graphs with this module's
 * results for the script to compare with igraph and NetworkX (and, per generated model, the
 * transitive failure impacts to compare with plain reachability), and times the analyses on a large
 * collaboration network. Not a test; run by the script.
 *
 * <pre>
 * java ... GraphPeerCheck crosscheck DIR
 * java ... GraphPeerCheck speed DIR AGENCIES COMMITMENTS REPETITIONS
 * java ... GraphPeerCheck endtoend DIR COMMITMENTS
 * </pre>
 *
 * <p>{@code endtoend} generates a {@link RealisticModels} model of COMMITMENTS commitments
 * (not timed), writes the edge list of its whole accountability graph (every edge, parallel
 * ones included, as our vertex numbers) to {@code DIR/e2e-COMMITMENTS.bin} (little-endian
 * {@code int32}: n, directed, m, then m source-target pairs), prints {@code ready} and then
 * answers each line {@code run} on standard input with one end-to-end repetition, printed as
 * {@code result CONSTRUCTION FIRST_ANALYSES SECOND_ANALYSES CENTRALIZATION ARTICULATION
 * COMPONENTS GC_SECONDS ALLOCATED_BYTES} (seconds; the collector's time and this thread's
 * allocation during the whole repetition): {@code AccountabilityGraph.of(model)}; then Freeman degree
 * centralization (all), articulation points and the component count of its {@code graph()}
 * (the first time, building the compact index they share); then the same three analyses again
 * with new analysis objects on the same graph (the index already built: the analyses alone).
 * The script pairs each repetition with one of igraph's and NetworkX's on the same edge list.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class GraphPeerCheck {
  private GraphPeerCheck() {}

  /**
   * Runs one mode.
   *
   * @param args the mode and its arguments
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length >= 2 && args[0].equals("crosscheck")) {
      crosscheck(Path.of(args[1]));
    } else if (args.length >= 5 && args[0].equals("speed")) {
      speed(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
          Integer.parseInt(args[4]));
    } else if (args.length >= 3 && args[0].equals("endtoend")) {
      endToEnd(Path.of(args[1]), Integer.parseInt(args[2]));
    } else {
      System.err.println("usage: GraphPeerCheck crosscheck DIR | speed DIR AGENCIES COMMITMENTS"
          + " REPETITIONS | endtoend DIR COMMITMENTS");
      System.exit(2);
    }
  }

  private static void crosscheck(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String> names = new ArrayList<>();
    for (long seed = 1; seed <= 6; seed++) {
      OutcomeModel m = RandomModels.withBounds(120, 300, 0).withContributions(true).model(seed);
      names.addAll(export(dir, "random" + seed, AccountabilityGraph.of(m)));
    }
    OutcomeModel s = RealisticModels.of(RealisticModels.Size.S).model(RealisticModels.DEFAULT_SEED);
    names.addAll(export(dir, "realisticS", AccountabilityGraph.of(s)));
    CollaborationNetworks.Network net = CollaborationNetworks.generate(3_000, 12_000, 7L);
    names.add(write(dir, "generated3000", net.toGraph()));
    Files.write(dir.resolve("index.txt"), names);
    System.out.println("wrote " + names.size() + " graphs to " + dir);
  }

  private static List<String> export(Path dir, String name, AccountabilityGraph g)
      throws IOException {
    writeFailures(dir, name + "-dependencies", g);
    return List.of(write(dir, name + "-collaboration", g.collaboration()),
        write(dir, name + "-reporting", g.reporting()),
        write(dir, name + "-dependencies", g.dependencies()),
        write(dir, name + "-accountability", g.graph()));
  }

  /**
   * Writes NAME.failures: per agency whose failure orphans a commitment, the orphaned
   * commitments and this module's transitive dependents, as vertex numbers of the dependency
   * network NAME.edges ("agency ORPHANED... | DEPENDENTS...").
   */
  private static void writeFailures(Path dir, String name, AccountabilityGraph g)
      throws IOException {
    Map<CommitmentId, Integer> index = new java.util.HashMap<>();
    for (CommitmentId c : g.dependencies().vertexSet()) {
      index.put(c, index.size());
    }
    SinglePointsOfFailure spof = new SinglePointsOfFailure(g);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(
        dir.resolve(name + ".failures")))) {
      for (org.sharedoutcomes.core.Agency a : g.model().agencies()) {
        FailureImpact f = spof.impactOf(a.id());
        StringBuilder line = new StringBuilder(a.id().value());
        boolean any = false;
        for (RoleTarget t : f.orphaned()) {
          if (t instanceof CommitmentId c) {
            line.append(' ').append(index.get(c));
            any = true;
          }
        }
        if (!any) {
          continue;
        }
        line.append(" |");
        for (CommitmentId c : f.dependents().keySet()) {
          line.append(' ').append(index.get(c));
        }
        w.println(line);
      }
    }
  }

  /** Writes NAME.edges (n, directed, then index pairs) and NAME.java (this module's results). */
  private static <V, E> String write(Path dir, String name, Graph<V, E> g) throws IOException {
    List<V> vertices = new ArrayList<>(g.vertexSet());
    Map<V, Integer> index = new java.util.HashMap<>();
    for (V v : vertices) {
      index.put(v, index.size());
    }
    boolean directed = g.getType().isDirected();
    // one line per distinct pair (the accountability graph is a multigraph; the analyses count
    // distinct neighbours, as igraph and NetworkX do on the simple graph)
    java.util.Set<Long> pairs = new java.util.HashSet<>();
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve(name + ".edges")))) {
      w.println(vertices.size() + " " + (directed ? 1 : 0));
      for (E e : g.edgeSet()) {
        int s = index.get(g.getEdgeSource(e));
        int t = index.get(g.getEdgeTarget(e));
        long key = directed ? (long) s << 32 | t : (long) Math.min(s, t) << 32 | Math.max(s, t);
        if (s != t && pairs.add(key)) {
          w.println(s + " " + t);
        }
      }
    }
    DegreeCentralization<V> d = new DegreeCentralization<>(g);
    Connectivity<V> c = new Connectivity<>(g);
    Betweenness<V> b = new Betweenness<>(g, Integer.MAX_VALUE, 1, 0L);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve(name + ".java")))) {
      w.println("centralization " + num(d.in()) + " " + num(d.out()) + " " + num(d.all()));
      StringBuilder ap = new StringBuilder("articulation");
      for (V v : c.articulationPoints()) {
        ap.append(' ').append(index.get(v));
      }
      w.println(ap);
      StringBuilder br = new StringBuilder("bridges");
      for (Bridge<V> x : c.bridges()) {
        int p = index.get(x.first());
        int q = index.get(x.second());
        br.append(' ').append(Math.min(p, q)).append('-').append(Math.max(p, q));
      }
      w.println(br);
      w.println("components " + c.componentCount());
      StringBuilder bw = new StringBuilder("betweenness");
      for (V v : vertices) {
        bw.append(' ').append(num(b.scores().get(v)));
      }
      w.println(bw);
    }
    return name;
  }

  private static String num(double v) {
    return Double.toString(v);
  }

  private static void speed(Path dir, int agencies, int commitments, int reps)
      throws IOException {
    Files.createDirectories(dir);
    long t0 = System.nanoTime();
    CollaborationNetworks.Network net = CollaborationNetworks.generate(agencies, commitments, 11L);
    long t1 = System.nanoTime();
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("large.edges"))) {
      w.write(agencies + " 0\n");
      StringBuilder sb = new StringBuilder(64);
      for (int i = 0; i < net.edges(); i++) {
        sb.setLength(0);
        sb.append(net.src()[i]).append(' ').append(net.dst()[i]).append('\n');
        w.write(sb.toString());
      }
    }
    Graph<Integer, DefaultWeightedEdge> g = net.toGraph();
    long t2 = System.nanoTime();
    System.out.printf(Locale.ROOT, "generated %d agencies, %d commitments, %d edges in %.1f s;"
        + " JGraphT graph built in %.1f s%n", agencies, commitments, net.edges(),
        (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    // the compact index, built once per view (like igraph's or NetworkX's own structure)
    double index = time(reps, () -> {
      Graph<Integer, DefaultWeightedEdge> fresh = GraphViews.readOnly(
          new org.jgrapht.graph.AsUnmodifiableGraph<>(g));
      return new DegreeCentralization<>(fresh).all();
    });
    double degree = time(reps, () -> new DegreeCentralization<>(g).all());
    double articulation = time(reps, () -> new Connectivity<>(g).articulationPoints().size());
    double components = time(reps, () -> new Clusters<>(g).components().size());
    Connectivity<Integer> c = new Connectivity<>(g);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("large.java")))) {
      w.printf(Locale.ROOT, "time_index %.6f%n", index);
      w.printf(Locale.ROOT, "time_degree %.6f%n", degree);
      w.printf(Locale.ROOT, "time_articulation %.6f%n", articulation);
      w.printf(Locale.ROOT, "time_components %.6f%n", components);
      w.println("centralization " + new DegreeCentralization<>(g).all());
      w.println("articulation_count " + c.articulationPoints().size());
      w.println("components " + new Clusters<>(g).componentCount());
    }
    System.out.printf(Locale.ROOT, "java (best of %d): index %.3f s, degree centralization %.4f s,"
        + " articulation points %.4f s, components %.4f s%n", reps, index, degree, articulation,
        components);
  }

  private static void endToEnd(Path dir, int commitments) throws IOException {
    Files.createDirectories(dir);
    long t0 = System.nanoTime();
    OutcomeModel model = RealisticModels.withCommitments(commitments)
        .model(RealisticModels.DEFAULT_SEED);
    long t1 = System.nanoTime();
    AccountabilityGraph built = AccountabilityGraph.of(model);
    Graph<org.sharedoutcomes.graph.Vertex, org.sharedoutcomes.graph.Edge> g = built.graph();
    Map<org.sharedoutcomes.graph.Vertex, Integer> index =
        new java.util.HashMap<>(2 * g.vertexSet().size());
    for (org.sharedoutcomes.graph.Vertex v : g.vertexSet()) {
      index.put(v, index.size());
    }
    int m = g.edgeSet().size();
    Path file = dir.resolve("e2e-" + commitments + ".bin");
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(
        new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
      java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8)
          .order(java.nio.ByteOrder.LITTLE_ENDIAN);
      int[] header = {index.size(), 1, m};
      for (int x : header) {
        out.write(b.clear().putInt(x).array(), 0, 4);
      }
      for (org.sharedoutcomes.graph.Edge e : g.edgeSet()) {
        b.clear().putInt(index.get(e.source())).putInt(index.get(e.target()));
        out.write(b.array(), 0, 8);
      }
    }
    index = null;
    built = null;
    g = null;
    System.err.printf(Locale.ROOT, "model of %d commitments generated in %.1f s: %d vertices,"
        + " %d edges, written to %s%n", commitments, (t1 - t0) / 1e9,
        AccountabilityGraph.of(model).graph().vertexSet().size(), m, file);
    System.out.println("ready " + file);
    System.out.flush();
    java.io.BufferedReader in = new java.io.BufferedReader(
        new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null && line.equals("run"); line = in.readLine()) {
      System.gc();
      long gc0 = gcMillis();
      long alloc0 = allocated();
      long a = System.nanoTime();
      AccountabilityGraph graph = AccountabilityGraph.of(model);
      long b = System.nanoTime();
      double centralization = new DegreeCentralization<>(graph.graph()).all();
      int articulation = new Connectivity<>(graph.graph()).articulationPoints().size();
      int components = new Clusters<>(graph.graph()).componentCount();
      long c = System.nanoTime();
      double again = new DegreeCentralization<>(graph.graph()).all();
      int articulationAgain = new Connectivity<>(graph.graph()).articulationPoints().size();
      int componentsAgain = new Clusters<>(graph.graph()).componentCount();
      long d = System.nanoTime();
      long gc1 = gcMillis();
      long alloc1 = allocated();
      if (again != centralization || articulationAgain != articulation
          || componentsAgain != components) {
        throw new AssertionError("the analyses disagree with themselves");
      }
      System.out.printf(Locale.ROOT, "result %.6f %.6f %.6f %s %d %d %.3f %d%n", (b - a) / 1e9,
          (c - b) / 1e9, (d - c) / 1e9, Double.toString(centralization), articulation,
          components, (gc1 - gc0) / 1e3, alloc1 - alloc0);
      System.out.flush();
    }
  }

  private static long gcMillis() {
    long t = 0;
    for (java.lang.management.GarbageCollectorMXBean b
        : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      t += Math.max(0, b.getCollectionTime());
    }
    return t;
  }

  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory
        .getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }

  /** Best wall time in seconds over some repetitions, after one warm-up run. */
  private static double time(int reps, Supplier<Object> task) {
    Object sink = task.get();
    double best = Double.MAX_VALUE;
    for (int i = 0; i < reps; i++) {
      long s = System.nanoTime();
      sink = task.get();
      best = Math.min(best, (System.nanoTime() - s) / 1e9);
    }
    if (sink == null) {
      throw new AssertionError();
    }
    return best;
  }
}
