package org.sharedoutcomes.benchmarks.scale;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.OutcomeModel;

/**
 * Measures the retained heap of a generated model after a full GC, per commitment (including
 * its roles, indicators and measurements, and the model's share of agencies and outcomes), and
 * prints the classes that take the most of it.
 *
 * <p>Method: the JVM's own class histogram ({@link ClassHistogram}: {@code GC.class_histogram},
 * the same as {@code jcmd PID GC.class_histogram}), taken through the {@code DiagnosticCommand}
 * MBean, which forces a full GC first and counts live objects only, by class, with their shallow sizes.
 * One histogram is taken before the model is generated (the baseline: JDK, JMH-free start-up
 * state, loaded classes) and one after the model is built, with the model held in a field and
 * the builder dropped. The difference, class by class, is what the model retains. The figure
 * from {@link MemoryMXBean#getHeapMemoryUsage()} after repeated {@link System#gc()} calls is
 * printed as a cross-check. Lazy indexes are measured separately: first {@code centre()} alone
 * (what the graph asks first; it must not build the other indexes), then every look-up once, so
 * that each index is built on its own first use, and the difference again.
 *
 * <p>Not a JMH benchmark: JMH measures time, not retained size. Run with
 * {@code java -cp ... org.sharedoutcomes.benchmarks.scale.ModelMemory L [output.md]}.
 * Not thread-safe; a command-line program.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ModelMemory {
  /** The target: at most this many bytes per commitment. */
  public static final double TARGET_BYTES_PER_COMMITMENT = 1.5 * 1024;

  @SuppressWarnings("unused")
  private static volatile Object held;

  private ModelMemory() {}

  /**
   * Measures a model of the size named by the first argument (S, M, L or a commitment count)
   * and writes a Markdown report to the file named by the second argument, if any, and to
   * standard output.
   *
   * @param args the size, then optionally the output file
   * @throws Exception if the diagnostic command cannot be run or the file cannot be written
   */
  public static void main(String[] args) throws Exception {
    String size = args.length > 0 ? args[0] : "L";
    RealisticModels generator = size.chars().allMatch(Character::isDigit)
        ? RealisticModels.withCommitments(Integer.parseInt(size))
        : RealisticModels.of(RealisticModels.Size.valueOf(size));
    ClassHistogram before = ClassHistogram.take();
    long heapBefore = usedAfterGc();

    long t0 = System.nanoTime();
    OutcomeModel model = generator.model(RealisticModels.DEFAULT_SEED);
    long buildNanos = System.nanoTime() - t0;
    held = model;
    ClassHistogram after = ClassHistogram.take();
    long heapAfter = usedAfterGc();

    // the centre alone, as the graph's first call asks it: no other index may come with it
    long c0 = System.nanoTime();
    model.centre();
    long centreNanos = System.nanoTime() - c0;
    ClassHistogram centred = ClassHistogram.take();
    // then every look-up once: each index is built on its own first use
    long i0 = System.nanoTime();
    buildEveryIndex(model);
    long indexNanos = System.nanoTime() - i0;
    ClassHistogram indexed = ClassHistogram.take();
    held = model;

    int n = model.commitments().size();
    long retained = after.totalBytes() - before.totalBytes();
    long centreBytes = centred.totalBytes() - after.totalBytes();
    long indexes = indexed.totalBytes() - after.totalBytes();
    double perCommitment = retained / (double) n;
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Model: %s%n%n", model));
    out.append(String.format(Locale.ROOT,
        "| measure | value |%n|---|---|%n"
            + "| generate + build time (one shot, s) | %.1f |%n"
            + "| retained heap after full GC (histogram difference, MB) | %.1f |%n"
            + "| cross-check: used heap after System.gc() (MemoryMXBean, MB) | %.1f |%n"
            + "| **retained bytes per commitment** | **%.0f** |%n"
            + "| target | ≤ %.0f bytes (1.5 KB) |%n"
            + "| ratio to target | %.2f — %s |%n"
            + "| `centre()` on the built model: time (s); retained (MB) | %.2f; %.1f |%n"
            + "| every lazy look-up index, each built on its first use: time (s) | %.1f |%n"
            + "| every lazy look-up index (MB; bytes per commitment) | %.1f; %.0f |%n"
            + "| measurements per commitment | %.1f (%.0f bytes each if nothing else counted) |%n%n",
        buildNanos / 1e9, retained / 1e6, (heapAfter - heapBefore) / 1e6, perCommitment,
        TARGET_BYTES_PER_COMMITMENT, perCommitment / TARGET_BYTES_PER_COMMITMENT,
        perCommitment <= TARGET_BYTES_PER_COMMITMENT ? "met" : "not met",
        centreNanos / 1e9, centreBytes / 1e6, indexNanos / 1e9,
        indexes / 1e6, indexes / (double) n, model.measurementCount() / (double) n,
        retained / (double) model.measurementCount()));
    out.append("Where it goes (classes retaining the most, difference of the histograms):\n\n");
    out.append("| class | instances | MB | bytes per commitment |\n|---|---:|---:|---:|\n");
    for (ClassHistogram.Row r : after.minus(before).top(25)) {
      out.append(String.format(Locale.ROOT, "| `%s` | %,d | %.1f | %.1f |%n", r.className(),
          r.instances(), r.bytes() / 1e6, r.bytes() / (double) n));
    }
    PrintStream stdout = System.out;
    stdout.print(out);
    if (args.length > 1) {
      Files.writeString(Path.of(args[1]), out, StandardCharsets.UTF_8);
    }
  }

  /** Asks every look-up of the model once, so each of its lazy indexes is built. */
  private static void buildEveryIndex(OutcomeModel model) {
    org.sharedoutcomes.core.AgencyId agency = model.agencies().get(0).id();
    model.rolesHeldBy(agency);
    model.commitmentsOf(agency);
    model.interventionsTo(agency);
    model.contributionsOf(agency);
    if (!model.commitments().isEmpty()) {
      org.sharedoutcomes.core.CommitmentId c = model.commitments().get(0).id();
      model.dependentsOf(c);
      model.indicatorsOf(c);
      model.assessmentsOf(c);
      model.contributionsTo(c);
    }
    if (!model.outcomes().isEmpty()) {
      org.sharedoutcomes.core.OutcomeId o = model.outcomes().get(0).id();
      model.commitmentsServing(o);
      model.childrenOf(o);
      model.indicatorsOf(o);
    }
  }

  private static long usedAfterGc() throws InterruptedException {
    MemoryMXBean bean = ManagementFactory.getMemoryMXBean();
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      Thread.sleep(50);
      long used = bean.getHeapMemoryUsage().getUsed();
      if (Math.abs(last - used) < 1024 * 1024) {
        return used;
      }
      last = used;
    }
    return last;
  }
}
