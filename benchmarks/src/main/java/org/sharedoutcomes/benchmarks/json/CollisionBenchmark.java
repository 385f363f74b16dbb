package org.sharedoutcomes.benchmarks.json;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.json.OutcomeJson;

/**
 * Hash flooding (issue 15, F-2): reading a document whose 65,536 commitment ids all share one
 * {@link String#hashCode()} ({@code "Aa"} and {@code "BB"} hash alike, 16 pairs an id), side
 * by side with a control document of the same size whose ids of the same length do not
 * collide. Each commitment depends on a random earlier one and has one role, the roles in a
 * random order, so references are looked up by hash in the reader's id table and in the
 * core's {@code IdMap} (the dependency check), not found by the reader's sequential guess.
 *
 * <p>Report the ratio colliding / control (the target is under 3): run with {@code java -jar
 * benchmarks.jar CollisionBenchmark -f 1 -wi 2 -i 5}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
public class CollisionBenchmark {
  /** The document. */
  @State(Scope.Benchmark)
  public static class Document {
    /** Whether the ids collide, or are the control. */
    @Param({"colliding", "control"})
    public String ids;

    /** The number of commitments. */
    @Param("65536")
    public int size;

    byte[] bytes;

    /** Generates the document. */
    @Setup(Level.Trial)
    public void setUp() {
      bytes = document(ids(size, ids.equals("colliding")), 42L);
    }
  }

  /**
   * Distinct ids of 2 log2(n) characters: all of one {@code hashCode()}, or of the same
   * length and distinct hashes.
   *
   * @param n how many
   * @param colliding whether they share one hash code
   * @return the ids
   */
  static String[] ids(int n, boolean colliding) {
    int pairs = 32 - Integer.numberOfLeadingZeros(n - 1);
    String[] out = new String[n];
    for (int k = 0; k < n; k++) {
      if (!colliding) {
        out[k] = "x" + String.format("%0" + (2 * pairs - 1) + "d", k);
        continue;
      }
      StringBuilder sb = new StringBuilder(2 * pairs);
      for (int b = pairs - 1; b >= 0; b--) {
        sb.append(((k >>> b) & 1) != 0 ? "BB" : "Aa");
      }
      out[k] = sb.toString();
    }
    return out;
  }

  /**
   * The document: one agency; the commitments, each depending on a random earlier one; one
   * role per commitment, shuffled.
   *
   * @param ids the commitment ids
   * @param seed the seed of the dependencies and the shuffle
   * @return the document's bytes
   */
  static byte[] document(String[] ids, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder("{\"format\":\"sharedoutcomes/1\",\"agencies\":[{\"id\":"
        + "\"a\",\"name\":\"A\",\"kind\":\"NGO\",\"level\":\"NATIONAL\"}],\"commitments\":[");
    for (int i = 0; i < ids.length; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"id\":\"").append(ids[i]).append("\",\"title\":"
          + "\"T\"");
      if (i > 0) {
        sb.append(",\"dependsOn\":[\"").append(ids[r.nextInt(i)]).append("\"]");
      }
      sb.append(",\"status\":\"NOT_STARTED\",\"priority\":\"LOW\"}");
    }
    int[] order = new int[ids.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    sb.append("],\"roles\":[");
    for (int i = 0; i < order.length; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"commitment\":\"").append(ids[order[i]])
          .append("\",\"role\":\"ACCOUNTABLE\",\"agency\":\"a\"}");
    }
    return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads the document into a validated model.
   *
   * @param d the document
   * @return the model
   */
  @Benchmark
  public OutcomeModel read(Document d) {
    return OutcomeJson.standard().read(d.bytes);
  }
}
