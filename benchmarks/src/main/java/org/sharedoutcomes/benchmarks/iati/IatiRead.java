package org.sharedoutcomes.benchmarks.iati;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apiguardian.api.API;
import org.sharedoutcomes.benchmarks.internal.ChildJvm;
import org.sharedoutcomes.benchmarks.iati.IatiFiles.Counts;
import org.sharedoutcomes.benchmarks.iati.IatiFiles.Generated;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.iati.IatiActivities;
import org.sharedoutcomes.iati.IatiActivity;
import org.sharedoutcomes.iati.IatiCodes.Relation;
import org.sharedoutcomes.iati.IatiReader;
import org.sharedoutcomes.iati.LossReport;

/**
 * Reads a generated IATI file with {@code outcome-iati}'s streaming reader
 * ({@link IatiReader#open(Path)}, one activity at a time), counts what it maps, and compares
 * the counts and the loss report with what {@link IatiFiles} generated; and runs that read in a
 * child JVM of a small heap ({@code -Xmx256m}), measuring its time and peak heap.
 *
 * <p>Peak heap, from inside the child: <b>peak used</b> is the largest heap occupancy the
 * collector saw, the sum over the heap pools of their usage just before a collection, maximised
 * over the collections (the heap is fullest just before one), and the usage at the end; <b>live
 * after GC</b> is the same maximum of the usage just after each collection (what the read
 * retains); the sum of the heap pools' own peak usages is given as a cross-check (an upper bound,
 * as each pool peaks at its own moment). That the read finishes at {@code -Xmx256m} at all (the
 * child exits on {@link OutOfMemoryError}) is the plain proof of bounded memory.
 *
 * <p>Command line: {@code java -cp benchmarks.jar org.sharedoutcomes.benchmarks.iati.IatiRead
 * [MiB [heapMiB [seed]]]} generates a file (default 1,024 MiB) in a temporary directory, reads
 * it in a child JVM (default {@code -Xmx256m}, with this JVM's collector flags) and prints the
 * figures; {@code --child=FILE} is one child read. Not thread-safe; a command-line program.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class IatiRead {
  static final long MIB = 1L << 20;
  private static final String CHILD = "--child=";

  private IatiRead() {}

  /**
   * What a read found.
   *
   * @param counts the counts of what was mapped
   * @param activitiesRead the loss report's count of activities read
   * @param kept the loss report's {@code KEPT_AS_ATTRIBUTE} entries: path to count
   * @param otherLosses any other loss entry: {@code DISPOSITION path} to count
   * @param malformed malformed activities
   * @param warnings warning code to count
   * @param seconds the time of the read
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Observed(Counts counts, long activitiesRead, Map<String, Long> kept,
      Map<String, Long> otherLosses, long malformed, Map<String, Long> warnings,
      double seconds) {
    /** Copies the maps. */
    public Observed {
      kept = Map.copyOf(kept);
      otherLosses = Map.copyOf(otherLosses);
      warnings = Map.copyOf(warnings);
    }

    /**
     * How this read differs from what was generated; empty when nothing is lost.
     *
     * @param generated what was generated
     * @return one line per difference
     */
    public List<String> differences(Generated generated) {
      List<String> d = new ArrayList<>();
      if (!counts.equals(generated.counts())) {
        d.add("counts: read " + counts.line() + "; generated " + generated.counts().line());
      }
      if (activitiesRead != generated.counts().activities()) {
        d.add("loss report: " + activitiesRead + " activities read, generated "
            + generated.counts().activities());
      }
      if (!kept.equals(generated.kept())) {
        d.add("kept as attribute: read " + new TreeMap<>(kept) + "; generated "
            + new TreeMap<>(generated.kept()));
      }
      if (!otherLosses.isEmpty()) {
        d.add("losses: " + new TreeMap<>(otherLosses));
      }
      if (malformed != 0) {
        d.add(malformed + " malformed activities");
      }
      if (!warnings.isEmpty()) {
        d.add("warnings: " + new TreeMap<>(warnings));
      }
      return d;
    }
  }

  /**
   * Reads a file with the standard reader, one activity at a time, holding none of them.
   *
   * @param file the file
   * @return what it found
   */
  public static Observed read(Path file) {
    long t0 = System.nanoTime();
    long activities = 0;
    long roles = 0;
    long outcomes = 0;
    long indicators = 0;
    long targets = 0;
    long measurements = 0;
    long contributions = 0;
    Set<String> agencies = new HashSet<>();
    Set<String> dependencies = new HashSet<>();
    LossReport report;
    try (IatiActivities all = IatiReader.standard().open(file)) {
      while (all.hasNext()) {
        IatiActivity a = all.next();
        activities++;
        a.agencies().forEach(g -> agencies.add(g.id().value()));
        roles += a.roles().size();
        outcomes += a.outcomes().size();
        indicators += a.indicators().size();
        for (Indicator i : a.indicators()) {
          targets += i.targets().size();
        }
        measurements += a.measurements().size();
        contributions += a.contributions().size();
        for (IatiActivity.RelatedActivity r : a.relations()) {
          if (r.relation() == Relation.CHILD) {
            dependencies.add(a.identifier() + " " + r.ref());
          } else if (r.relation() == Relation.PARENT) {
            dependencies.add(r.ref() + " " + a.identifier());
          }
        }
      }
      report = all.report();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, Long> kept = new TreeMap<>();
    Map<String, Long> other = new TreeMap<>();
    for (LossReport.Loss l : report.losses()) {
      if (l.disposition() == LossReport.Disposition.KEPT_AS_ATTRIBUTE) {
        kept.merge(l.path(), l.count(), Long::sum);
      } else {
        other.merge(l.disposition() + " " + l.path(), l.count(), Long::sum);
      }
    }
    Counts counts = new Counts(activities, agencies.size(), roles, outcomes, indicators,
        targets, measurements, contributions, dependencies.size());
    return new Observed(counts, report.activitiesRead(), kept, other, report.malformedCount(),
        report.warningCounts(), seconds);
  }

  // ------------------------------------------------------------------ the child JVM

  /**
   * A read in a child JVM.
   *
   * @param heapMib the child's {@code -Xmx}
   * @param flags the child's other JVM options
   * @param observed what it read
   * @param peakUsed the largest heap occupancy seen (before a collection, or at the end)
   * @param liveAfterGc the largest heap occupancy just after a collection
   * @param poolPeaks the sum of the heap pools' peak usages (an upper bound)
   * @param collections the number of collections
   * @param wallSeconds the child's wall time, JVM start included
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record ChildRun(long heapMib, String flags, Observed observed, long peakUsed,
      long liveAfterGc, long poolPeaks, long collections, double wallSeconds) {
    /**
     * Activities per second of the read itself (the child's own timing).
     *
     * @return the rate
     */
    public double activitiesPerSecond() {
      return observed.counts().activities() / observed.seconds();
    }

    /**
     * A one-line summary.
     *
     * @param fileBytes the size of the file read
     * @return the line
     */
    public String line(long fileBytes) {
      return String.format(Locale.ROOT, "-Xmx%dm %s: %,d activities in %.1f s = %,.0f "
              + "activities/s (%.1f MiB/s; %.1f s wall with JVM start); peak used heap %.1f MiB,"
              + " live after GC at most %.1f MiB, sum of pool peaks %.1f MiB, %d collections",
          heapMib, flags, observed.counts().activities(), observed.seconds(),
          activitiesPerSecond(), fileBytes / (double) MIB / observed.seconds(), wallSeconds,
          peakUsed / (double) MIB, liveAfterGc / (double) MIB, poolPeaks / (double) MIB,
          collections);
    }
  }

  /**
   * Reads a file in a child JVM ({@code java -Xmx<heapMib>m}, this JVM's collector flags,
   * {@code -XX:+ExitOnOutOfMemoryError}, this class path).
   *
   * @param file the file
   * @param heapMib the child's heap
   * @param timeoutMinutes how long the child may take
   * @return what it read and measured
   * @throws IOException if the child cannot be started or its output read
   * @throws InterruptedException if interrupted while waiting
   * @throws IllegalStateException if the child fails (out of memory included) or times out
   */
  public static ChildRun inChild(Path file, long heapMib, long timeoutMinutes)
      throws IOException, InterruptedException {
    List<String> flags = childFlags();
    List<String> command = ChildJvm.command(heapMib, flags, IatiRead.class, CHILD + file);
    Path log = Files.createTempFile("so-iati-read-", ".log");
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    try {
      boolean done = p.waitFor(timeoutMinutes, TimeUnit.MINUTES);
      double wall = (System.nanoTime() - t0) / 1e9;
      if (!done) {
        throw new IllegalStateException("the read at -Xmx" + heapMib + "m took more than "
            + timeoutMinutes + " minutes; command " + command);
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new IllegalStateException("the read at -Xmx" + heapMib + "m exited with "
            + p.exitValue() + (output.contains("OutOfMemoryError") ? " (out of memory)" : "")
            + "; command " + command + "; output:\n" + output);
      }
      return parse(output, heapMib, String.join(" ", flags), wall);
    } finally {
      p.destroyForcibly();
      Files.deleteIfExists(log);
    }
  }

  /** The collector flags of this JVM and {@code iati.childOpts}, for the child. */
  private static List<String> childFlags() {
    return ChildJvm.flags("iati.childOpts");
  }

  /** Parses the child's lines (see {@link #child(Path)}). */
  static ChildRun parse(String output, long heapMib, String flags, double wall) {
    Map<String, Long> values = new TreeMap<>();
    Map<String, Long> kept = new TreeMap<>();
    Map<String, Long> other = new TreeMap<>();
    Map<String, Long> warnings = new TreeMap<>();
    double seconds = -1;
    for (String line : output.split("\n")) {
      String[] f = line.trim().split(" ");
      switch (f[0]) {
        case "VALUES" -> {
          for (int k = 1; k < f.length; k++) {
            String[] kv = f[k].split("=", 2);
            if (kv[0].equals("seconds")) {
              seconds = Double.parseDouble(kv[1]);
            } else {
              values.put(kv[0], Long.parseLong(kv[1]));
            }
          }
        }
        case "KEPT" -> kept.put(f[2], Long.parseLong(f[1]));
        case "LOSS" -> other.put(f[2] + " " + f[3], Long.parseLong(f[1]));
        case "WARNING" -> warnings.put(f[2], Long.parseLong(f[1]));
        default -> { }
      }
    }
    if (seconds < 0 || !values.containsKey("activities")) {
      throw new IllegalStateException("the child printed no figures; output:\n" + output);
    }
    Counts counts = new Counts(values.get("activities"), values.get("agencies"),
        values.get("roles"), values.get("outcomes"), values.get("indicators"),
        values.get("targets"), values.get("measurements"), values.get("contributions"),
        values.get("dependencies"));
    Observed o = new Observed(counts, values.get("activitiesRead"), kept, other,
        values.get("malformed"), warnings, seconds);
    return new ChildRun(heapMib, flags, o, values.get("peakUsed"), values.get("liveAfterGc"),
        values.get("poolPeaks"), values.get("collections"), wall);
  }

  /** One child read: prints {@code VALUES}, {@code KEPT}, {@code LOSS} and {@code WARNING}. */
  private static void child(Path file) {
    List<MemoryPoolMXBean> heapPools = new ArrayList<>();
    Set<String> heapNames = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool);
        heapNames.add(pool.getName());
        pool.resetPeakUsage();
      }
    }
    AtomicLong peakUsed = new AtomicLong();
    AtomicLong liveAfter = new AtomicLong();
    AtomicLong collections = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
        if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          return;
        }
        GarbageCollectionNotificationInfo info =
            GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        peakUsed.accumulateAndGet(sum(info.getGcInfo().getMemoryUsageBeforeGc(), heapNames),
            Math::max);
        liveAfter.accumulateAndGet(sum(info.getGcInfo().getMemoryUsageAfterGc(), heapNames),
            Math::max);
        collections.incrementAndGet();
      }, null, null);
    }
    Observed o = read(file);
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long poolPeaks = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      poolPeaks += pool.getPeakUsage().getUsed();
    }
    try {
      Thread.sleep(200); // let the last notifications arrive
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Counts c = o.counts();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "VALUES seconds=%.3f activities=%d agencies=%d "
            + "roles=%d outcomes=%d indicators=%d targets=%d measurements=%d contributions=%d "
            + "dependencies=%d activitiesRead=%d malformed=%d peakUsed=%d liveAfterGc=%d "
            + "poolPeaks=%d collections=%d%n", o.seconds(), c.activities(), c.agencies(),
        c.roles(), c.outcomes(), c.indicators(), c.targets(), c.measurements(),
        c.contributions(), c.dependencies(), o.activitiesRead(), o.malformed(),
        Math.max(peakUsed.get(), used), liveAfter.get(), poolPeaks, collections.get()));
    o.kept().forEach((path, n) -> out.append("KEPT ").append(n).append(' ').append(path)
        .append('\n'));
    o.otherLosses().forEach((key, n) -> out.append("LOSS ").append(n).append(' ').append(key)
        .append('\n'));
    o.warnings().forEach((code, n) -> out.append("WARNING ").append(n).append(' ').append(code)
        .append('\n'));
    System.out.print(out);
    System.out.flush();
  }

  private static long sum(Map<String, MemoryUsage> usage, Set<String> pools) {
    long s = 0;
    for (Map.Entry<String, MemoryUsage> e : usage.entrySet()) {
      if (pools.contains(e.getKey())) {
        s += e.getValue().getUsed();
      }
    }
    return s;
  }

  /**
   * Generates a file and reads it in a child JVM, or, with {@code --child=FILE}, is that
   * child.
   *
   * @param args {@code [MiB [heapMiB [seed]]]}, or {@code --child=FILE}
   * @throws Exception if writing, reading or the child fails, or the read lost anything
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].startsWith(CHILD)) {
      child(Path.of(args[0].substring(CHILD.length())));
      return;
    }
    long mib = args.length > 0 ? Long.parseLong(args[0]) : 1024;
    long heap = args.length > 1 ? Long.parseLong(args[1]) : 256;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : IatiFiles.DEFAULT_SEED;
    Path dir = Files.createTempDirectory("so-iati-");
    Path file = dir.resolve("activities.xml");
    try {
      long t0 = System.nanoTime();
      Generated g = IatiFiles.write(file, mib * MIB, seed);
      System.out.printf(Locale.ROOT, "generated %,.1f MiB in %.1f s, seed %d: %s; kept %s%n",
          g.bytes() / (double) MIB, (System.nanoTime() - t0) / 1e9, seed, g.counts().line(),
          g.kept());
      ChildRun run = inChild(file, heap, 30);
      System.out.println(run.line(g.bytes()));
      List<String> d = run.observed().differences(g);
      System.out.println(d.isEmpty() ? "nothing lost: read " + run.observed().counts().line()
          : "DIFFERENCES: " + d);
      if (!d.isEmpty()) {
        System.exit(1);
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }
}
