package org.sharedoutcomes.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.json.OutcomeDocument;
import org.sharedoutcomes.json.OutcomeJson;
import org.sharedoutcomes.testkit.RandomModels;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The codecs that read their fields through a switch ({@link Codec#readField} overridden, for
 * speed) read exactly what their field table reads: every generated document, read once
 * through the overrides and once through the tables only, gives equal documents. Generated
 * models cover every field ({@code RandomModelsCoverageTest} in the testkit), so a case
 * that calls the wrong field's reader (two cases swapped, a field added to the table and not
 * to the switch) reads a different model, or fails, here.
 */
class CodecReadOrderTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final OutcomeJson JSON = OutcomeJson.builder().build();

  static LongStream seeds() {
    return CodecOverrides.seeds();
  }

  @Test
  void everyCodecThatReadsItsFieldsItselfIsCheckedHere() {
    assertEquals(CodecOverrides.checked(), CodecOverrides.overriding("readField"),
        "the codecs that override readField against those this test checks");
  }

  @Test
  void generatedModelsGiveEachOverrideEntitiesToRead() {
    assertEquals(new TreeSet<>(), CodecOverrides.withNothingGenerated(),
        "codecs with nothing generated to read");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theOverridesReadWhatTheirFieldTablesRead(long seed) {
    OutcomeModel model = RandomModels.generate(seed);
    byte[] json = JSON.write(model).getBytes(StandardCharsets.UTF_8);
    OutcomeDocument own = JSON.readDocument(json);
    OutcomeDocument table;
    try (JsonParser p = PLAIN.createParser(json)) {
      table = new ModelReader(p).readDocument();
    }
    assertEquals(table, own, "seed " + seed);
    assertEquals(model, own.model(), "seed " + seed);
  }
}
