package org.sharedoutcomes.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The codecs and the shipped JSON Schema describe the same fields: each codec's field table
 * (what it reads, what it writes and the known fields it names) is the {@code properties} of
 * its object in the schema, its required fields are the schema's {@code required}, and every
 * object the schema defines has a codec. That the writers write only their own field names is
 * held by {@code RoundTripTest}, which validates a thousand written documents against the
 * schema.
 */
class CodecSchemaTest {
  private static final String SCHEMA = "/META-INF/sharedoutcomes/schema/model-1.json";
  private static JsonNode schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = CodecSchemaTest.class.getResourceAsStream(SCHEMA)) {
      schema = JsonMapper.builder().build().readTree(in);
    }
  }

  static Stream<Codec<?, ?>> codecs() {
    return Codecs.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codecs")
  void aCodecHandlesExactlyThePropertiesItsSchemaObjectDeclares(Codec<?, ?> codec) {
    JsonNode object = objectOf(codec);
    Set<String> handled = new TreeSet<>();
    for (Field<?, ?> f : codec.fields()) {
      handled.add(f.name());
    }
    assertEquals(properties(object), handled, codec.what() + ": the schema's properties at '"
        + codec.schema() + "' against the codec's fields");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codecs")
  void aCodecRequiresExactlyThePropertiesItsSchemaObjectRequires(Codec<?, ?> codec) {
    JsonNode object = objectOf(codec);
    Set<String> required = new TreeSet<>();
    for (Field<?, ?> f : codec.fields()) {
      if (f.required()) {
        required.add(f.name());
      }
    }
    Set<String> declared = new TreeSet<>();
    object.path("required").forEach(n -> declared.add(n.asString()));
    assertEquals(declared, required, codec.what() + ": the schema's required properties at '"
        + codec.schema() + "' against the codec's required fields");
  }

  @Test
  void everyObjectTheSchemaDefinesHasACodec() {
    List<String> objects = new ArrayList<>();
    collectObjects(schema, "", objects);
    assertFalse(objects.isEmpty(), "no object found in the schema");
    List<String> uncovered = new ArrayList<>();
    for (String pointer : objects) {
      boolean covered = Codecs.ALL.stream().anyMatch(c -> pointer.equals(c.schema())
          || pointer.startsWith(c.schema() + "/oneOf/"));
      if (!covered) {
        uncovered.add(pointer);
      }
    }
    assertTrue(uncovered.isEmpty(), "schema objects no codec reads or writes: " + uncovered);
  }

  @Test
  void everyCodecHasItsOwnSchemaObject() {
    Set<String> pointers = new TreeSet<>();
    for (Codec<?, ?> c : Codecs.ALL) {
      assertTrue(pointers.add(c.schema()), "two codecs claim '" + c.schema() + "'");
    }
  }

  private static JsonNode objectOf(Codec<?, ?> codec) {
    JsonNode object = schema.at(codec.schema());
    assertFalse(object.isMissingNode(),
        codec.what() + ": the schema has nothing at '" + codec.schema() + "'");
    return object;
  }

  /** The properties of an object schema, those of its alternatives ({@code oneOf}) included. */
  private static Set<String> properties(JsonNode object) {
    Set<String> names = new TreeSet<>(object.path("properties").propertyNames());
    for (JsonNode branch : object.path("oneOf")) {
      names.addAll(branch.path("properties").propertyNames());
    }
    return names;
  }

  /** The pointers of every object schema that declares properties (not conditions on them). */
  private static void collectObjects(JsonNode node, String pointer, List<String> into) {
    if (node.isObject()) {
      if (node.path("properties").isObject() && "object".equals(node.path("type").asString())) {
        into.add(pointer);
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String key = e.getKey().replace("~", "~0").replace("/", "~1");
        collectObjects(e.getValue(), pointer + "/" + key, into);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectObjects(node.get(i), pointer + "/" + i, into);
      }
    }
  }
}
