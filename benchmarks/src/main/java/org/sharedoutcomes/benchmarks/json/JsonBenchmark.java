package org.sharedoutcomes.benchmarks.json;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
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
import org.openjdk.jmh.infra.Blackhole;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.json.JsonLimits;
import org.sharedoutcomes.json.OutcomeJson;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing a Shared Outcomes document of a million commitments ({@link UniformModels}:
 * 10,000 agencies, 40,000 outcomes, two roles per commitment, 2,000 indicators with 24 monthly
 * measurements each), side by side in one run with Jackson's own work on the same bytes:
 *
 * <ul>
 *   <li>{@link #readModel} ({@link OutcomeJson#read(byte[])}: parse, build and validate the
 *       model; {@link #readModelFromStream} the same through an {@code InputStream})
 *       against {@link #readTree} ({@code JsonMapper.readTree}) and {@link #tokenScan} (a bare
 *       {@code nextToken()} loop, the floor);
 *   <li>{@link #writeModel} against {@link #writeTree} ({@code JsonMapper.writeValue} of the
 *       same document as a tree).
 * </ul>
 *
 * <p>Report ratios (readModel / readTree, readModel / tokenScan, writeModel / writeTree), not
 * absolute times: the machine is shared and noisy. Run with, for example, {@code java -Xmx8g
 * -jar benchmarks.jar JsonBenchmark -f 1 -wi 2 -i 3}; each benchmark forks its own JVM and
 * builds the model in its setup (about half a minute).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-Xms8g"})
public class JsonBenchmark {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  static final OutcomeJson JSON = OutcomeJson.builder()
      .limits(new JsonLimits(32, 1_000_000, 4L << 30)).build();

  /**
   * The document's bytes. The model they were written from is dropped, so that the read
   * benchmarks run with only the bytes on the heap (the write benchmarks hold the model in
   * {@link Model}).
   */
  @State(Scope.Benchmark)
  public static class Document {
    /** The number of commitments. */
    @Param("1000000")
    public int commitments;

    byte[] bytes;

    /** Builds the model and writes it once. */
    @Setup(Level.Trial)
    public void setUp() {
      bytes = bytes(UniformModels.withCommitments(commitments));
      // the model written is garbage now: collected before measuring, as the scale benchmarks
      // do, so that no benchmark's first iterations collect the set-up's
      org.sharedoutcomes.benchmarks.scale.ScaleBenchmark.settle();
    }
  }

  /** The model, for {@link #writeModel}. */
  @State(Scope.Benchmark)
  public static class Model {
    /** The number of commitments. */
    @Param("1000000")
    public int commitments;

    OutcomeModel model;

    /** Builds the model. */
    @Setup(Level.Trial)
    public void setUp() {
      model = UniformModels.withCommitments(commitments);
      org.sharedoutcomes.benchmarks.scale.ScaleBenchmark.settle();
    }
  }

  static byte[] bytes(OutcomeModel model) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 28);
    JSON.write(model, out);
    byte[] bytes = out.toByteArray();
    System.out.printf("%n%,d commitments, %,d roles, %,d measurements: %,d bytes%n",
        model.commitments().size(), model.roles().size(), model.measurementCount(),
        bytes.length);
    return bytes;
  }

  /** The same document as a Jackson tree, for {@link #writeTree}. */
  @State(Scope.Benchmark)
  public static class Tree {
    JsonNode tree;

    /**
     * Parses the document into a tree.
     *
     * @param d the document
     */
    @Setup(Level.Trial)
    public void setUp(Document d) {
      tree = PLAIN.readTree(d.bytes);
      org.sharedoutcomes.benchmarks.scale.ScaleBenchmark.settle();
    }
  }

  /**
   * Reads the model: parse, build, validate.
   *
   * @param d the document
   * @return the model
   */
  @Benchmark
  public OutcomeModel readModel(Document d) {
    return JSON.read(d.bytes);
  }

  /**
   * Reads the model from a stream over the same bytes (the parser copies them into its own
   * buffers), for comparison with {@link #readModel}.
   *
   * @param d the document
   * @return the model
   */
  @Benchmark
  public OutcomeModel readModelFromStream(Document d) {
    return JSON.read(new java.io.ByteArrayInputStream(d.bytes));
  }

  /**
   * Jackson's tree of the same bytes.
   *
   * @param d the document
   * @return the tree
   */
  @Benchmark
  public JsonNode readTree(Document d) {
    return PLAIN.readTree(d.bytes);
  }

  /**
   * A bare token scan of the same bytes: the floor for any reader.
   *
   * @param d the document
   * @param bh the black hole
   * @return the token count
   */
  @Benchmark
  public long tokenScan(Document d, Blackhole bh) {
    long n = 0;
    try (JsonParser p = PLAIN.createParser(d.bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        bh.consume(t);
        n++;
      }
    }
    return n;
  }

  /**
   * Writes the model.
   *
   * @param m the model
   */
  @Benchmark
  public void writeModel(Model m) {
    JSON.write(m.model, OutputStream.nullOutputStream());
  }

  /**
   * Writes Jackson's tree of the same document.
   *
   * @param t the tree
   */
  @Benchmark
  public void writeTree(Tree t) {
    PLAIN.writeValue(OutputStream.nullOutputStream(), t.tree);
  }
}
