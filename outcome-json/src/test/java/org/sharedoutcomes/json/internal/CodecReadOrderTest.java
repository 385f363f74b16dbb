package org.sharedoutcomes.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.json.OutcomeDocument;
import org.sharedoutcomes.json.OutcomeJson;
import org.sharedoutcomes.testkit.RandomModels;
import org.sharedoutcomes.testkit.Seeds;
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

  /** The codecs that override the table's reader, each with the entities it reads. */
  private static final Map<Codec<?, ?>, Function<OutcomeModel, List<?>>> OVERRIDES = Map.of(
      CommitmentCodec.INSTANCE, OutcomeModel::commitments,
      RoleCodec.INSTANCE, OutcomeModel::roles);

  static LongStream seeds() {
    return Seeds.of(200);
  }

  @Test
  void everyCodecThatReadsItsFieldsItselfIsCheckedHere() {
    List<String> overriding = new ArrayList<>();
    for (Codec<?, ?> c : Codecs.ALL) {
      for (java.lang.reflect.Method m : c.getClass().getDeclaredMethods()) {
        if (m.getName().equals("readField") && !m.isBridge()) {
          overriding.add(c.what());
        }
      }
    }
    TreeSet<String> checked = new TreeSet<>();
    OVERRIDES.keySet().forEach(c -> checked.add(c.what()));
    assertEquals(checked, new TreeSet<>(overriding),
        "the codecs that override readField against those this test checks");
  }

  @Test
  void generatedModelsGiveEachOverrideEntitiesToRead() {
    TreeSet<String> empty = new TreeSet<>();
    for (Map.Entry<Codec<?, ?>, Function<OutcomeModel, List<?>>> e : OVERRIDES.entrySet()) {
      if (seeds().allMatch(s -> e.getValue().apply(RandomModels.generate(s)).isEmpty())) {
        empty.add(e.getKey().what());
      }
    }
    assertEquals(new TreeSet<>(), empty, "codecs with nothing generated to read");
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
