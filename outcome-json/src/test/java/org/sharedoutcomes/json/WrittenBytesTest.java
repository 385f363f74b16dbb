package org.sharedoutcomes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.testkit.RandomModels;

/**
 * The writer's bytes do not change by accident: documents written once from fixed seeds are
 * kept in {@code src/test/resources/org/sharedoutcomes/json/written/} (the whole document, and
 * the same model for one viewer), and each must come out of {@code write(read(file))} byte for
 * byte. They hold only the fields of the day they were recorded, so a new optional field (absent
 * from them) changes nothing here, while any change of how an existing field, the canonical
 * order or the redaction is written fails, naming the file and the first differing byte.
 *
 * <p>To record them anew after a deliberate change of the format (checking first the round-trip
 * and schema tests, which say whether the new bytes are right), run this test with
 * {@code -DwrittenBytes.record=true}: it then writes the files from the seeds instead of
 * comparing, and fails so that a recording run never passes as a check.
 */
class WrittenBytesTest {
  private static final OutcomeJson JSON = OutcomeJson.standard();
  private static final Path DIR = Path.of("src/test/resources/org/sharedoutcomes/json/written");
  private static final int SEEDS = 40;

  static Stream<Long> seeds() {
    return IntStream.rangeClosed(1, SEEDS).mapToObj(i -> (long) i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aRecordedDocumentIsWrittenBackByteForByte(long seed) throws IOException {
    if (Boolean.getBoolean("writtenBytes.record")) {
      record(seed);
      fail("recorded " + DIR.resolve("seed-" + seed + ".json") + ": run again without"
          + " -DwrittenBytes.record to check");
    }
    byte[] whole = resource("seed-" + seed + ".json");
    OutcomeModel model = JSON.read(whole);
    same("seed-" + seed + ".json", whole, JSON.write(model).getBytes(StandardCharsets.UTF_8));
    byte[] forViewer = resourceOrNull("seed-" + seed + "-viewer.json");
    if (!model.agencies().isEmpty()) {
      assertTrue(forViewer != null, "seed-" + seed + "-viewer.json is missing");
      same("seed-" + seed + "-viewer.json", forViewer, JSON.forViewer(viewer(model, seed))
          .write(model).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static AgencyId viewer(OutcomeModel model, long seed) {
    return model.agencies().get((int) (seed % model.agencies().size())).id();
  }

  private static void same(String file, byte[] recorded, byte[] written) {
    if (!Arrays.equals(recorded, written)) {
      int at = Arrays.mismatch(recorded, written);
      String context = new String(written, Math.max(0, at - 40),
          Math.min(written.length, at + 40) - Math.max(0, at - 40), StandardCharsets.UTF_8);
      fail(file + ": written bytes differ from the recorded ones at byte " + at + " ("
          + recorded.length + " recorded, " + written.length + " written), near: " + context);
    }
  }

  private static byte[] resource(String name) throws IOException {
    byte[] b = resourceOrNull(name);
    assertTrue(b != null, name + " is missing");
    return b;
  }

  private static byte @org.jspecify.annotations.Nullable [] resourceOrNull(String name)
      throws IOException {
    try (var in = WrittenBytesTest.class.getResourceAsStream("written/" + name)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  private static void record(long seed) throws IOException {
    Files.createDirectories(DIR);
    OutcomeModel model = RandomModels.generate(seed);
    Files.write(DIR.resolve("seed-" + seed + ".json"),
        JSON.write(model).getBytes(StandardCharsets.UTF_8));
    if (!model.agencies().isEmpty()) {
      Files.write(DIR.resolve("seed-" + seed + "-viewer.json"),
          JSON.forViewer(viewer(model, seed)).write(model).getBytes(StandardCharsets.UTF_8));
    }
  }

  @org.junit.jupiter.api.Test
  void theRecordedDocumentsAreThere() {
    List<Long> missing = seeds().filter(s -> WrittenBytesTest.class
        .getResource("written/seed-" + s + ".json") == null).toList();
    assertEquals(List.of(), missing, "seeds without a recorded document");
  }
}
