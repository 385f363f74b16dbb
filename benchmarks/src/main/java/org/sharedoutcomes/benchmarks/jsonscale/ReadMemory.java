package org.sharedoutcomes.benchmarks.jsonscale;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.management.JMException;
import org.apiguardian.api.API;
import org.sharedoutcomes.benchmarks.internal.ChildJvm;
import org.sharedoutcomes.benchmarks.json.UniformModels;
import org.sharedoutcomes.benchmarks.scale.ClassHistogram;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.json.JsonLimits;
import org.sharedoutcomes.json.OutcomeJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the heap needed to read a model from a JSON file with {@link OutcomeJson#read(Path)},
 * against the model's own retained size and against Jackson's tree of the same file.
 *
 * <p>Method, for the model of {@code n} commitments of {@link UniformModels} (the model of
 * {@code json.JsonBenchmark}; default a million):
 *
 * <ol>
 *   <li><b>R</b>, the model's retained heap: the difference of two {@link ClassHistogram}s
 *       (live objects after a full GC), one before generating the model and one with the built
 *       model held and its builder dropped, as {@code scale.ModelMemory} does.
 *   <li>The model is written to a temporary file and dropped, so neither it nor the bytes of the
 *       document are on any heap that is measured.
 *   <li><b>H</b>, the heap needed to read it: child JVMs (the same {@code java}, class path and
 *       collector flags as this one, plus {@code -XX:+ExitOnOutOfMemoryError}) read the file and
 *       hold the model, each at one {@code -Xmx}; bisection over {@code -Xmx} from the maximum
 *       (default 8192 MiB) down, in steps (default 64 MiB), finds the smallest {@code -Xmx} at
 *       which the read succeeds. A run fails when it throws {@link OutOfMemoryError} (including
 *       "GC overhead limit exceeded") or does not finish within the time limit (default 10
 *       minutes). Unlike a peak read from the memory pools, this does not depend on when the
 *       collector happened to run: it is the smallest heap in which the collector can make the
 *       read work at all.
 *   <li><b>H_tree</b>: the same for {@code JsonMapper.readTree(Path)} of the same file, holding
 *       the tree; <b>H_floor</b>: the same for a child that merely allocates and holds R bytes as
 *       1 KiB arrays, which is the headroom the collector itself needs to keep R live (with the
 *       parallel collector, the old generation is only part of {@code -Xmx}).
 * </ol>
 *
 * <p>The report gives H / R (the figure of issue 5: a read "close to the model's own size"),
 * H / H_tree and H / H_floor, and, as a cross-check that depends on the collector's timing, the
 * peak heap the children saw (the sum of the heap pools' peak usages) at the largest and at the
 * smallest {@code -Xmx} that worked.
 *
 * <p>Run with {@code java -Xmx8g -XX:+UseParallelGC -cp benchmarks.jar
 * org.sharedoutcomes.benchmarks.jsonscale.ReadMemory [commitments] [output.md]}; system
 * properties {@code readmemory.maxMib}, {@code readmemory.stepMib},
 * {@code readmemory.timeoutMinutes} and {@code readmemory.childOpts} (extra child JVM options,
 * separated by spaces) change the search. The parent needs a heap for the model and its builder;
 * the children run one at a time. Not a JMH benchmark (JMH measures time). Not thread-safe; a
 * command-line program.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReadMemory {
  static final long MIB = 1L << 20;
  private static final String CHILD = "--child=";
  private static final String RESULT = "RESULT ";
  /** The size of one array a hold child allocates, with its 16-byte header: 1 KiB. */
  private static final int CHUNK = 1024 - 16;

  /** Trusted bulk load: the 512 MiB default document limit is for untrusted input. */
  private static final OutcomeJson JSON = OutcomeJson.builder()
      .limits(new JsonLimits(JsonLimits.DEFAULT.maxNestingDepth(),
          JsonLimits.DEFAULT.maxStringLength(), 8L << 30))
      .build();

  @SuppressWarnings("unused")
  private static volatile Object held = "";

  private ReadMemory() {}

  /**
   * Measures a model of the number of commitments given by the first argument (default
   * 1,000,000) and writes a Markdown report to the file named by the second argument, if any,
   * and to standard output. Started with {@code --child=read|tree|hold} it is one child run.
   *
   * @param args the number of commitments, then optionally the output file
   * @throws Exception if a histogram cannot be taken, a file cannot be written or a child JVM
   *     fails other than by running out of memory
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].startsWith(CHILD)) {
      child(args[0].substring(CHILD.length()), args[1]);
      return;
    }
    int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace(",", ""))
        : 1_000_000;
    long maxMib = Long.getLong("readmemory.maxMib", 8192);
    long stepMib = Long.getLong("readmemory.stepMib", 64);
    long timeoutMinutes = Long.getLong("readmemory.timeoutMinutes", 10);
    if (n < 1 || stepMib < 1 || maxMib < stepMib || timeoutMinutes < 1) {
      throw new IllegalArgumentException("need commitments >= 1, readmemory.stepMib >= 1, "
          + "readmemory.maxMib >= readmemory.stepMib and readmemory.timeoutMinutes >= 1; got "
          + n + ", " + stepMib + ", " + maxMib + ", " + timeoutMinutes);
    }
    long t0 = System.nanoTime();
    Path dir = Files.createTempDirectory("so-read-memory-");
    Path file = dir.resolve("model.json");
    try {
      Generated g = generateAndWrite(n, file);
      long documentBytes = Files.size(file);
      System.gc();
      List<String> flags = childFlags();
      Children children = new Children(dir, flags, timeoutMinutes);
      long steps = maxMib / stepMib;
      Search floor = search("hold", Long.toString(g.retainedBytes), steps, stepMib, children);
      Search read = search("read", file.toString(), steps, stepMib, children);
      Search tree = search("tree", file.toString(), steps, stepMib, children);
      Figures f = new Figures(g.description, n, documentBytes, g.retainedBytes,
          String.join(" ", flags), collectorNames(), maxMib, stepMib, timeoutMinutes,
          floor, read, tree, (System.nanoTime() - t0) / 1e9);
      String out = f.markdown();
      PrintStream stdout = System.out;
      stdout.print(out);
      if (args.length > 1) {
        Files.writeString(Path.of(args[1]), out, StandardCharsets.UTF_8);
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }

  /** The model's description and retained size; the model itself is gone. */
  private record Generated(String description, long retainedBytes) {}

  private static Generated generateAndWrite(int n, Path file) throws JMException {
    ClassHistogram before = ClassHistogram.take();
    OutcomeModel model = UniformModels.withCommitments(n);
    held = model;
    ClassHistogram after = ClassHistogram.take();
    System.err.printf(Locale.ROOT, "== %s: retained %,.1f MiB; writing %s%n", model,
        (after.totalBytes() - before.totalBytes()) / (double) MIB, file);
    JSON.write(model, file);
    held = "";
    return new Generated(model.toString(), after.totalBytes() - before.totalBytes());
  }

  /** The collector flags of this JVM, given to the children, and any extra options. */
  private static List<String> childFlags() {
    return ChildJvm.flags("readmemory.childOpts");
  }

  private static String collectorNames() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
  }

  // ------------------------------------------------------------------ the search

  /** A test of one value, which may start a child JVM. */
  @FunctionalInterface
  interface Probe {
    /**
     * Tests one value.
     *
     * @param k the value
     * @return whether it passes
     * @throws IOException if a child JVM cannot be started or its output read
     * @throws InterruptedException if interrupted while waiting for a child JVM
     */
    boolean passes(long k) throws IOException, InterruptedException;
  }

  /**
   * The smallest {@code k} in {@code 1..max} that passes, by bisection, assuming the probe is
   * monotone (fails below some threshold, passes from it on). Tests {@code max} first;
   * {@code 0} is taken to fail without being tested. At most {@code 1 + ceil(log2(max))} tests.
   *
   * @param max the largest value, at least 1
   * @param probe the test
   * @return the smallest passing value, or empty if {@code max} fails
   * @throws IOException if the probe throws it
   * @throws InterruptedException if the probe throws it
   */
  static OptionalLong smallestPassing(long max, Probe probe)
      throws IOException, InterruptedException {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, got " + max);
    }
    if (!probe.passes(max)) {
      return OptionalLong.empty();
    }
    long fails = 0;
    long works = max;
    while (works - fails > 1) {
      long mid = fails + (works - fails) / 2;
      if (probe.passes(mid)) {
        works = mid;
      } else {
        fails = mid;
      }
    }
    return OptionalLong.of(works);
  }

  private static Search search(String what, String arg, long steps, long stepMib,
      Children children) throws IOException, InterruptedException {
    System.err.printf(Locale.ROOT, "== %s: bisecting -Xmx%n", what);
    List<Trial> trials = new ArrayList<>();
    OptionalLong smallest = smallestPassing(steps, k -> {
      Trial t = children.run(what, arg, k * stepMib);
      trials.add(t);
      System.err.printf(Locale.ROOT, "   %s -Xmx%dm: %s%n", what, t.xmxMib, t.describe());
      return t.outcome == Outcome.OK;
    });
    return new Search(what,
        smallest.isPresent() ? OptionalLong.of(smallest.getAsLong() * stepMib) : smallest,
        trials);
  }

  /** How one child run ended. */
  enum Outcome {
    OK, OUT_OF_MEMORY, TIMED_OUT
  }

  /** What a child that succeeded saw, in bytes and seconds. */
  record ChildResult(double seconds, long peakPools, long usedAfterRead, long retained) {
    static ChildResult parse(String line) {
      String[] f = line.substring(RESULT.length()).trim().split("\\s+");
      return new ChildResult(Double.parseDouble(f[0]), Long.parseLong(f[1]),
          Long.parseLong(f[2]), Long.parseLong(f[3]));
    }
  }

  /** One child run at one {@code -Xmx}. */
  record Trial(long xmxMib, Outcome outcome, Optional<ChildResult> result, double wallSeconds) {
    String describe() {
      return switch (outcome) {
        case OK -> String.format(Locale.ROOT, "ok in %.1f s", wallSeconds);
        case OUT_OF_MEMORY -> String.format(Locale.ROOT, "OutOfMemoryError after %.1f s",
            wallSeconds);
        case TIMED_OUT -> String.format(Locale.ROOT, "timed out after %.0f s", wallSeconds);
      };
    }

    String brief() {
      return xmxMib + " " + switch (outcome) {
        case OK -> "ok";
        case OUT_OF_MEMORY -> "OOM";
        case TIMED_OUT -> "timeout";
      };
    }
  }

  /** The result of one bisection: the smallest {@code -Xmx} that worked, and every run. */
  record Search(String what, OptionalLong smallestMib, List<Trial> trials) {
    Search {
      trials = List.copyOf(trials);
    }

    Optional<Trial> at(long xmxMib) {
      return trials.stream().filter(t -> t.xmxMib == xmxMib && t.outcome == Outcome.OK)
          .findFirst();
    }
  }

  /** Starts the child JVMs, one at a time. */
  private static final class Children {
    private final Path dir;
    private final List<String> flags;
    private final long timeoutMinutes;

    Children(Path dir, List<String> flags, long timeoutMinutes) {
      this.dir = dir;
      this.flags = flags;
      this.timeoutMinutes = timeoutMinutes;
    }

    Trial run(String what, String arg, long xmxMib) throws IOException, InterruptedException {
      List<String> command = ChildJvm.command(xmxMib, flags, ReadMemory.class, CHILD + what,
          arg);
      Path log = dir.resolve("child.log");
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      try {
        boolean done = p.waitFor(timeoutMinutes, TimeUnit.MINUTES);
        double wall = (System.nanoTime() - t0) / 1e9;
        if (!done) {
          p.destroyForcibly().waitFor();
          return new Trial(xmxMib, Outcome.TIMED_OUT, Optional.empty(), wall);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (p.exitValue() == 0) {
          Optional<String> line = output.lines().filter(l -> l.startsWith(RESULT)).findFirst();
          if (line.isPresent()) {
            return new Trial(xmxMib, Outcome.OK, Optional.of(ChildResult.parse(line.get())),
                wall);
          }
        } else if (output.contains("OutOfMemoryError")) {
          return new Trial(xmxMib, Outcome.OUT_OF_MEMORY, Optional.empty(), wall);
        }
        throw new IllegalStateException("child JVM '" + what + "' at -Xmx" + xmxMib
            + "m exited with " + p.exitValue() + " and no result; command " + command
            + "; output:\n" + output);
      } finally {
        p.destroyForcibly();
        Files.deleteIfExists(log);
      }
    }
  }

  // ------------------------------------------------------------------ the child

  private static void child(String what, String arg) throws InterruptedException {
    long start = usedAfterGc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long t0 = System.nanoTime();
    held = switch (what) {
      case "read" -> JSON.read(Path.of(arg));
      case "tree" -> JsonMapper.builder().build().readTree(Path.of(arg));
      case "hold" -> hold(Long.parseLong(arg));
      default -> throw new IllegalArgumentException("unknown child mode '" + what
          + "'; expected read, tree or hold");
    };
    double seconds = (System.nanoTime() - t0) / 1e9;
    long usedAfterRead = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long retained = usedAfterGc() - start;
    System.out.printf(Locale.ROOT, "%s%.3f %d %d %d%n", RESULT, seconds, peak, usedAfterRead,
        retained);
  }

  /** About {@code bytes} of live 1 KiB arrays, and the array that holds them. */
  private static Object hold(long bytes) {
    Object[] all = new Object[(int) (bytes / (CHUNK + 16 + 4))];
    for (int i = 0; i < all.length; i++) {
      all[i] = new byte[CHUNK];
    }
    return all;
  }

  private static long usedAfterGc() throws InterruptedException {
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      Thread.sleep(50);
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (Math.abs(last - used) < MIB) {
        return used;
      }
      last = used;
    }
    return last;
  }

  // ------------------------------------------------------------------ the report

  /** Everything the report says. */
  record Figures(String model, int commitments, long documentBytes, long retainedBytes,
      String childFlags, String collectors, long maxMib, long stepMib, long timeoutMinutes,
      Search floor, Search read, Search tree, double seconds) {

    String markdown() {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT,
          "Model: %s (`UniformModels.withCommitments(%d)`, the model of `JsonBenchmark`); "
              + "document: %,.1f MiB of JSON in a temporary file.%n%n",
          model, commitments, documentBytes / (double) MIB));
      out.append(String.format(Locale.ROOT,
          "Child JVMs: `java -Xmx<m> %s`, collector %s; `-Xmx` found by bisection from %d MiB"
              + " down in steps of %d MiB; a run fails on `OutOfMemoryError` (including the GC"
              + " overhead limit) or when it takes more than %d minutes.%n%n",
          childFlags, collectors, maxMib, stepMib, timeoutMinutes));
      out.append("| measure | MiB | ÷ R |\n|---|---:|---:|\n");
      row(out, "R: retained heap of the model (class histogram difference after full GC)",
          OptionalLong.of(retainedBytes));
      row(out, "**H: smallest `-Xmx` at which `OutcomeJson.read(Path)` reads the file and"
          + " holds the model**", mib(read));
      row(out, "H_tree: smallest `-Xmx` at which Jackson's `JsonMapper.readTree(Path)` reads"
          + " the same file and holds the tree", mib(tree));
      row(out, "H_floor: smallest `-Xmx` at which a JVM merely holds R bytes of 1 KiB arrays"
          + " (the collector's own headroom)", mib(floor));
      out.append('\n');
      out.append("| ratio | value |\n|---|---:|\n");
      out.append(String.format(Locale.ROOT,
          "| **H / R** (heap needed to read ÷ the model's own size) | **%s** |%n",
          ratio(mib(read), OptionalLong.of(retainedBytes))));
      out.append(String.format(Locale.ROOT, "| H / H_tree | %s |%n",
          ratio(mib(read), mib(tree))));
      out.append(String.format(Locale.ROOT,
          "| H / H_floor (the reader's overhead beyond the collector's headroom) | %s |%n%n",
          ratio(mib(read), mib(floor))));
      out.append("Cross-check from inside the children, **dependent on GC timing**: the peak is"
          + " the sum of the heap pools' peak usages (each pool peaks at its own moment, so"
          + " this overstates the simultaneous peak) and includes garbage not yet collected,"
          + " so it grows with `-Xmx`; \"retained\" is the used heap after `System.gc()` with the"
          + " result held, less the same before the run.\n\n");
      out.append("| child | `-Xmx` (MiB) | time (s) | peak, sum of heap pools (MiB) | used right"
          + " after (MiB) | retained after GC (MiB) |\n|---|---:|---:|---:|---:|---:|\n");
      crossCheck(out, read, maxMib);
      crossCheck(out, read, read.smallestMib.orElse(-1));
      crossCheck(out, tree, maxMib);
      crossCheck(out, tree, tree.smallestMib.orElse(-1));
      crossCheck(out, floor, floor.smallestMib.orElse(-1));
      out.append('\n');
      out.append("Runs (`-Xmx` in MiB: result): ");
      out.append(List.of(read, tree, floor).stream()
          .map(s -> s.what + ": " + s.trials.stream().map(Trial::brief)
              .collect(Collectors.joining(", ")))
          .collect(Collectors.joining("; ")));
      out.append(String.format(Locale.ROOT, ". Total time %.0f s.%n", seconds));
      return out.toString();
    }

    private static OptionalLong mib(Search s) {
      return s.smallestMib.isPresent() ? OptionalLong.of(s.smallestMib.getAsLong() * MIB)
          : OptionalLong.empty();
    }

    private void row(StringBuilder out, String what, OptionalLong bytes) {
      out.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", what,
          bytes.isPresent() ? String.format(Locale.ROOT, "%,.1f", bytes.getAsLong() / (double) MIB)
              : "> " + maxMib,
          ratio(bytes, OptionalLong.of(retainedBytes))));
    }

    private static String ratio(OptionalLong a, OptionalLong b) {
      return a.isPresent() && b.isPresent() && b.getAsLong() > 0
          ? String.format(Locale.ROOT, "%.2f", a.getAsLong() / (double) b.getAsLong()) : "—";
    }

    private static void crossCheck(StringBuilder out, Search s, long xmxMib) {
      s.at(xmxMib).flatMap(Trial::result).ifPresent(r -> out.append(String.format(Locale.ROOT,
          "| %s | %,d | %.1f | %,.1f | %,.1f | %,.1f |%n", s.what, xmxMib, r.seconds(),
          r.peakPools() / (double) MIB, r.usedAfterRead() / (double) MIB,
          r.retained() / (double) MIB)));
    }
  }
}
