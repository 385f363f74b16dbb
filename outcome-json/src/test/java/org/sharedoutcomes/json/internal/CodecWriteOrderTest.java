package org.sharedoutcomes.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.testkit.RandomModels;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The codecs that write their fields one call each ({@link Codec#writeFields} overridden, for
 * speed) write exactly what their field table writes: the same bytes for every entity of
 * generated models, which cover every field ({@code RandomModelsCoverageTest} in the
 * testkit). A field added to the table but not to the override, or written out of order or
 * twice, fails here.
 */
class CodecWriteOrderTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  static LongStream seeds() {
    return CodecOverrides.seeds();
  }

  @Test
  void everyCodecThatWritesItsFieldsItselfIsCheckedHere() {
    assertEquals(CodecOverrides.checked(), CodecOverrides.overriding("writeFields"),
        "the codecs that override writeFields against those this test checks");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theOverridesWriteWhatTheirFieldTablesWrite(long seed) {
    OutcomeModel model = RandomModels.generate(seed);
    for (Map.Entry<Codec<?, ?>, Function<OutcomeModel, List<?>>> e
        : CodecOverrides.ALL.entrySet()) {
      check(e.getKey(), e.getValue().apply(model));
    }
  }

  @Test
  void generatedModelsGiveEachOverrideEntitiesToCompare() {
    assertEquals(new TreeSet<>(), CodecOverrides.withNothingGenerated(),
        "codecs with nothing generated to compare");
  }

  @SuppressWarnings("unchecked")
  private static <T> void check(Codec<T, ?> codec, List<?> values) {
    for (Object v : values) {
      T value = (T) v;
      String table = written(g -> codec.writeByTable(g, value));
      String own = written(g -> codec.writeFields(g, value));
      assertEquals(table, own, codec.what() + " " + value);
    }
  }

  private static String written(java.util.function.Consumer<JsonGenerator> fields) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = PLAIN.createGenerator(out)) {
      g.writeStartObject();
      fields.accept(g);
      g.writeEndObject();
    }
    return out.toString();
  }
}
