package org.sharedoutcomes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.testkit.RandomModels;
import org.sharedoutcomes.testkit.Seeds;

class RoundTripTest {
  private static final OutcomeJson JSON = OutcomeJson.standard();
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

  private static void assertValid(String document) {
    List<Error> errors = schema.validate(document, InputFormat.JSON);
    assertTrue(errors.isEmpty(), () -> errors + "\n" + document);
  }
}
