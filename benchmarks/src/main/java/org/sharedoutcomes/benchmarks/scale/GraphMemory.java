package org.sharedoutcomes.benchmarks.scale;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.centrality.DegreeCentralization;
import org.sharedoutcomes.graph.resilience.Clusters;
import org.sharedoutcomes.graph.resilience.Connectivity;

/**
 * Measures the heap an accountability graph of a generated model needs on top of its model:
 * what it retains after {@code AccountabilityGraph.of(model)}, after the three analyses of the
 * peer comparison (which build the compact index of {@code graph()}, directed and undirected),
 * and after the reporting, collaboration and dependency networks are built too; and the bytes
 * allocated on the way (garbage included), which is what the collector must make room for.
 *
 * <p>Method as {@link ModelMemory}: the JVM's class histogram ({@link ClassHistogram}, live
 * objects after a full GC) before and after each step, the model and the graph held in fields.
 * Allocation is this thread's allocated bytes ({@code com.sun.management.ThreadMXBean}).
 *
 * <p>Not a JMH benchmark. Run with {@code java -cp ... GraphMemory SIZE} (S, M, L or a
 * commitment count). Not thread-safe; a command-line program.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class GraphMemory {
  @SuppressWarnings("unused")
  private static volatile Object held;

  @SuppressWarnings("unused")
  private static volatile Object heldGraph;

  private GraphMemory() {}

  /**
   * Measures a graph of the size named by the first argument.
   *
   * @param args the size (S, M, L or a commitment count)
   * @throws Exception if the diagnostic command cannot be run
   */
  public static void main(String[] args) throws Exception {
    String size = args.length > 0 ? args[0] : "M";
    RealisticModels generator = size.chars().allMatch(Character::isDigit)
        ? RealisticModels.withCommitments(Integer.parseInt(size))
        : RealisticModels.of(RealisticModels.Size.valueOf(size));
    OutcomeModel model = generator.model(RealisticModels.DEFAULT_SEED);
    held = model;
    model.centre();
    ClassHistogram base = ClassHistogram.take();
    long a0 = allocated();
    AccountabilityGraph g = AccountabilityGraph.of(model);
    long a1 = allocated();
    heldGraph = g;
    ClassHistogram built = ClassHistogram.take();
    long a2 = allocated();
    double digest = new DegreeCentralization<>(g.graph()).all()
        + new Connectivity<>(g.graph()).articulationPoints().size()
        + new Clusters<>(g.graph()).componentCount();
    long a3 = allocated();
    ClassHistogram analysed = ClassHistogram.take();
    long a4 = allocated();
    digest += g.reporting().edgeSet().size() + g.collaboration().edgeSet().size()
        + g.dependencies().edgeSet().size();
    long a5 = allocated();
    ClassHistogram networks = ClassHistogram.take();
    held = model;
    heldGraph = g;
    int n = model.commitments().size();
    System.out.printf(Locale.ROOT, "%s (%d commitments): graph of %d vertices, %d edges"
        + " (digest %.3f)%n", size, n, g.graph().vertexSet().size(), g.graph().edgeSet().size(),
        digest);
    System.out.printf(Locale.ROOT, "  model retained                        %8.1f MB%n",
        base.totalBytes() / 1e6);
    row("of(model)", built.totalBytes() - base.totalBytes(), a1 - a0, n);
    row("+ analyses' compact index", analysed.totalBytes() - base.totalBytes(), a3 - a2, n);
    row("+ reporting, collaboration, dependencies", networks.totalBytes() - base.totalBytes(),
        a5 - a4, n);
    System.out.println("  top classes retained by the graph:");
    for (ClassHistogram.Row r : networks.minus(base).top(8)) {
      System.out.printf(Locale.ROOT, "    %-60s %10d %9.1f MB%n", r.className(), r.instances(),
          r.bytes() / 1e6);
    }
  }

  private static void row(String what, long retained, long allocated, int n) {
    System.out.printf(Locale.ROOT, "  graph retained, %-40s %8.1f MB (%.0f B per commitment);"
        + " step allocated %8.1f MB%n", what, retained / 1e6, (double) retained / n,
        allocated / 1e6);
  }

  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }
}
