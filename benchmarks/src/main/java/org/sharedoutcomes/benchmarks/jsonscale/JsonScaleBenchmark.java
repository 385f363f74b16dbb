package org.sharedoutcomes.benchmarks.jsonscale;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.sharedoutcomes.benchmarks.scale.RealisticModels;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.json.JsonLimits;
import org.sharedoutcomes.json.OutcomeJson;

/**
 * Scaling of the JSON format: writing a model and reading it back, at sizes S, M and L of
 * {@link RealisticModels} (L: a million commitments with 36 million measurements). Writing goes
 * to a stream that only counts bytes, so the figure is the serializer's, not the disk's;
 * reading is from a file written once per trial (served from the page cache). The ratio
 * time(L) / time(M) is the figure against the scaling target (at most 24).
 *
 * <p>Average time per operation. Not thread-safe; JMH runs it in one thread.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class JsonScaleBenchmark {
  /** The size of the model. */
  @Param({"S", "M", "L"})
  public String size = "S";

  /**
   * The L document (about 2.6 GB) is larger than the default 512 MiB document limit, which is
   * meant for untrusted input; a trusted bulk load raises it, as here.
   */
  private final OutcomeJson json = OutcomeJson.builder()
      .limits(new JsonLimits(JsonLimits.DEFAULT.maxNestingDepth(),
          JsonLimits.DEFAULT.maxStringLength(), 8L << 30))
      .build();
  private OutcomeModel model = OutcomeModel.empty();
  private Path file = Path.of("");

  /** Creates the benchmark; JMH does. */
  public JsonScaleBenchmark() {}

  /**
   * Generates the model and writes it to a temporary file. The {@link #read} benchmark then
   * lets the model go, so that it reads with only its own model on the heap (at L the
   * generated model is over a gigabyte, which the collector would otherwise carry through
   * every read).
   *
   * @param params which benchmark runs
   * @throws IOException if the file cannot be written
   */
  @Setup(Level.Trial)
  public void prepare(BenchmarkParams params) throws IOException {
    model = RealisticModels.of(RealisticModels.Size.valueOf(size))
        .model(RealisticModels.DEFAULT_SEED);
    file = Files.createTempFile("so-json-scale-" + size + "-", ".json");
    json.write(model, file);
    if (params.getBenchmark().endsWith(".read")) {
      model = OutcomeModel.empty();
    }
    // every size measured after the set-up's garbage is collected (see ScaleBenchmark.settle)
    org.sharedoutcomes.benchmarks.scale.ScaleBenchmark.settle();
  }

  /**
   * Deletes the file and lets the model go.
   *
   * @throws IOException if the file cannot be deleted
   */
  @TearDown(Level.Trial)
  public void release() throws IOException {
    Files.deleteIfExists(file);
    model = OutcomeModel.empty();
  }

  /**
   * Writes the model as JSON.
   *
   * @return the number of bytes written
   */
  @Benchmark
  public long write() {
    CountingStream out = new CountingStream();
    json.write(model, out);
    return out.count;
  }

  /**
   * Reads the model back from its file.
   *
   * @return the model
   */
  @Benchmark
  public OutcomeModel read() {
    return json.read(file);
  }

  /** Counts the bytes written to it and keeps none. */
  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }

    @Override
    public void flush() {
      // nothing kept
    }

    @Override
    public void close() {
      // nothing to close
    }
  }
}
