package org.sharedoutcomes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.testkit.RandomModels;
import org.sharedoutcomes.testkit.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class RoundTripTest {
  private static final OutcomeJson JSON = OutcomeJson.standard();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static Schema schema;

  static LongStream seeds() {
    return Seeds.of(1000);
  }

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = OutcomeJson.class.getResourceAsStream(
        "/META-INF/sharedoutcomes/schema/model-1.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(in);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readingWhatWasWrittenGivesAnEqualModelAndIdenticalBytes(long seed) {
    OutcomeModel model = RandomModels.generate(seed);
    String written = JSON.write(model);
    OutcomeModel read = JSON.read(written);
    assertEquals(model, read);
    assertEquals(written, JSON.write(read));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyWrittenDocumentValidatesAgainstTheShippedSchema(long seed) {
    OutcomeModel model = RandomModels.generate(seed);
    assertValid(JSON.write(model));
    Agency viewer = model.agencies().get((int) Math.floorMod(seed, model.agencies().size()));
    assertValid(JSON.forViewer(viewer.id()).write(model));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readingBytesInPlaceGivesTheSameModelAsReadingAString(long seed) {
    OutcomeModel model = RandomModels.generate(seed);
    String written = JSON.write(model);
    assertEquals(model, JSON.read(written.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The reader reuses the ids of entities it has read for references to them, guessing that
   * references come in the order of the definitions; and the model sorts what it is given.
   * Shuffling the sections and the entries of each defeats every guess, so references are
   * found through the reader's hash index, or read before what they name: the model must be
   * the same.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sectionsAndEntriesInAnyOrderGiveTheSameModel(long seed) {
    OutcomeModel model = RandomModels.generate(seed);
    ObjectNode written = (ObjectNode) PLAIN.readTree(JSON.write(model));
    Random random = new Random(seed);
    List<String> sections = new ArrayList<>(written.propertyNames());
    sections.remove("format");
    Collections.shuffle(sections, random);
    ObjectNode shuffled = PLAIN.createObjectNode();
    shuffled.set("format", written.get("format"));
    for (String section : sections) {
      List<JsonNode> entries = new ArrayList<>();
      written.get(section).forEach(entries::add);
      Collections.shuffle(entries, random);
      ArrayNode array = shuffled.putArray(section);
      entries.forEach(array::add);
    }
    assertEquals(model, JSON.read(PLAIN.writeValueAsString(shuffled)));
  }

  private static void assertValid(String document) {
    List<Error> errors = schema.validate(document, InputFormat.JSON);
    assertTrue(errors.isEmpty(), () -> errors + "\n" + document);
  }
}
