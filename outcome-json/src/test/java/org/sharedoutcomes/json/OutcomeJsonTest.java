package org.sharedoutcomes.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.EntityKind;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Problem;
import org.sharedoutcomes.testkit.RandomModels;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class OutcomeJsonTest {
  private static final OutcomeJson JSON = OutcomeJson.standard();
  private static final String HEADER = "{\"format\":\"sharedoutcomes/1\"";
  private static final String AGENCY =
      "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"DEPARTMENT\",\"level\":\"NATIONAL\"}";

  private static OutcomeFormatException failure(String json) {
    return assertThrows(OutcomeFormatException.class, () -> JSON.read(json));
  }

  @Test
  void writesTheFormatHeaderFirst() {
    assertTrue(JSON.write(OutcomeModel.empty()).startsWith(HEADER));
  }

  @Test
  void writesTheSmallestModelAsJustTheHeader() {
    assertEquals(HEADER + "}", JSON.write(OutcomeModel.empty()));
  }

  @Test
  void readsAndWritesThroughReadersWritersStreamsAndFiles(@TempDir Path dir) {
    OutcomeModel model = RandomModels.generate(42);
    String text = JSON.write(model);
    StringWriter writer = new StringWriter();
    JSON.write(model, writer);
    assertEquals(text, writer.toString());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JSON.write(model, bytes);
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
    Path file = dir.resolve("m.json");
    JSON.write(model, file);
    assertEquals(model, JSON.read(new StringReader(text)));
    assertEquals(model, JSON.read(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(model, JSON.read(file));
  }

  @Test
  void savingReplacesTheFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("m.json");
    JSON.write(RandomModels.generate(1), file);
    OutcomeModel second = RandomModels.generate(2);
    JSON.write(second, file);
    assertEquals(second, JSON.read(file));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void rejectsMalformedJsonNamingLineAndColumn() {
    OutcomeFormatException e = failure(HEADER + ",\n\"agencies\": [,]}");
    assertEquals(2, e.line());
    assertTrue(e.column() > 0);
    assertEquals("/agencies/0", e.pointer());
  }

  @Test
  void rejectsAValueOfTheWrongTypeNamingItsPointer() {
    OutcomeFormatException e = failure(HEADER + ",\"agencies\":[{\"id\":\"a\",\"name\":7}]}");
    assertEquals("/agencies/0/name", e.pointer());
    assertTrue(e.reason().contains("expected a string, found a number"), e.reason());
  }

  @Test
  void rejectsAMissingRequiredField() {
    OutcomeFormatException e = failure(HEADER + ",\"agencies\":[{\"id\":\"a\",\"name\":\"A\","
        + "\"kind\":\"DEPARTMENT\"}]}");
    assertTrue(e.reason().contains("agency is missing the required field \"level\""),
        e.reason());
    assertEquals("/agencies/0", e.pointer());
  }

  @Test
  void rejectsAnUnknownEnumValueListingTheKnownOnes() {
    OutcomeFormatException e = failure(HEADER + ",\"agencies\":[{\"id\":\"a\",\"name\":\"A\","
        + "\"kind\":\"GUILD\",\"level\":\"NATIONAL\"}]}");
    assertEquals("/agencies/0/kind", e.pointer());
    assertTrue(e.reason().contains("\"GUILD\" is not a AgencyKind"), e.reason());
    assertTrue(e.reason().contains("DEPARTMENT"), e.reason());
  }

  @Test
  void rejectsAnUnknownFieldByDefault() {
    OutcomeFormatException e = failure(HEADER + ",\"agencies\":[{\"id\":\"a\",\"name\":\"A\","
        + "\"kind\":\"NGO\",\"level\":\"NATIONAL\",\"colour\":\"red\"}]}");
    assertTrue(e.reason().contains("unknown field \"colour\" in agency"), e.reason());
  }

  @Test
  void ignoresAnUnknownFieldWhenLenient() {
    OutcomeJson lenient = OutcomeJson.builder().enable(JsonOption.IGNORE_UNKNOWN_FIELDS).build();
    OutcomeModel m = lenient.read(HEADER + ",\"extension\":{\"x\":[1,{\"y\":2}]},\"agencies\":[{"
        + "\"id\":\"a\",\"name\":\"A\",\"kind\":\"NGO\",\"level\":\"NATIONAL\",\"colour\":[1]}]}");
    assertEquals(1, m.agencies().size());
  }

  @Test
  void rejectsANewerFormatVersionNamingBothVersions() {
    OutcomeFormatException e = failure("{\"format\":\"sharedoutcomes/2\",\"agencies\":[]}");
    assertTrue(e.reason().contains("sharedoutcomes/2"), e.reason());
    assertTrue(e.reason().contains("sharedoutcomes/1"), e.reason());
  }

  @Test
  void rejectsADocumentWithoutTheFormatHeader() {
    OutcomeFormatException e = failure("{\"agencies\":[]}");
    assertTrue(e.reason().contains("\"format\""), e.reason());
  }

  @Test
  void rejectsADuplicateField() {
    OutcomeFormatException e = failure(HEADER + ",\"agencies\":[{\"id\":\"a\",\"id\":\"b\"}]}");
    assertTrue(e.reason().toLowerCase().contains("duplicate"), e.reason());
  }

  @Test
  void rejectsADuplicateFieldInANestedObjectNamingItAndWhere() {
    OutcomeFormatException e = failure(HEADER + ",\"agencies\":[" + AGENCY + "],"
        + "\"commitments\":[{\"id\":\"c\",\"title\":\"T\",\"status\":\"NOT_STARTED\","
        + "\"priority\":\"LOW\",\"milestones\":[{\"name\":\"m\",\"due\":\"2026-01-01\","
        + "\"due\":\"2026-02-01\"}]}]}");
    assertTrue(e.reason().contains("duplicate field \"due\""), e.reason());
    assertEquals("/commitments/0/milestones/0/due", e.pointer());
  }

  @Test
  void rejectsASectionGivenTwice() {
    OutcomeFormatException e = failure(HEADER + ",\"agencies\":[" + AGENCY + "],"
        + "\"agencies\":[]}");
    assertTrue(e.reason().contains("duplicate field \"agencies\""), e.reason());
  }

  @Test
  void allowsTheSameFieldNameInSiblingAndNestedObjects() {
    // each object has its own set of names: "due" in a commitment and in its milestone, and
    // "name" in two agencies, are not duplicates
    OutcomeModel m = JSON.read(HEADER + ",\"agencies\":[" + AGENCY + ","
        + AGENCY.replace("\"a\"", "\"b\"") + "],\"commitments\":[{\"id\":\"c\","
        + "\"title\":\"T\",\"due\":\"2026-03-01\",\"status\":\"NOT_STARTED\","
        + "\"priority\":\"LOW\",\"milestones\":[{\"name\":\"m\",\"due\":\"2026-01-01\"}]}]}");
    assertEquals(2, m.agencies().size());
    assertEquals(1, m.commitments().get(0).milestones().size());
  }

  @Test
  void rejectsAnAttributeKeyGivenTwice() {
    OutcomeFormatException e = failure(HEADER + ",\"agencies\":[{\"id\":\"a\",\"name\":\"A\","
        + "\"kind\":\"NGO\",\"level\":\"NATIONAL\",\"attributes\":{\"k\":\"1\",\"k\":\"2\"}}]}");
    assertTrue(e.reason().contains("duplicate key \"k\""), e.reason());
    assertEquals("/agencies/0/attributes/k", e.pointer());
  }

  @Test
  void readsBytesInPlaceAsAStreamWould() {
    OutcomeModel model = RandomModels.generate(7);
    byte[] utf8 = JSON.write(model).getBytes(StandardCharsets.UTF_8);
    assertEquals(model, JSON.read(utf8));
    assertEquals(model, JSON.read(JSON.write(model).getBytes(StandardCharsets.UTF_16)));
    OutcomeFormatException e = assertThrows(OutcomeFormatException.class,
        () -> JSON.read("{\"format\":\"sharedoutcomes/1\",\n  \"agencies\": [}"
            .getBytes(StandardCharsets.UTF_8)));
    assertEquals(2, e.line());
  }

  @Test
  void listsEveryValidationProblemWithItsLocation() {
    OutcomeFormatException e = failure(HEADER + ",\n\"agencies\":[" + AGENCY + "],\n"
        + "\"commitments\":[\n{\"id\":\"c1\",\"title\":\"T\",\"outcomes\":[\"nowhere\"],"
        + "\"status\":\"NOT_STARTED\",\"priority\":\"LOW\"},\n"
        + "{\"id\":\"c2\",\"title\":\"T\",\"dependsOn\":[\"ghost\"],"
        + "\"status\":\"NOT_STARTED\",\"priority\":\"LOW\"}]}");
    List<Problem> problems = e.problems();
    assertEquals(2, problems.size(), e.getMessage());
    assertEquals(EntityKind.COMMITMENT, problems.get(0).kind());
    assertTrue(e.getMessage().contains("'/commitments/0/outcomes', line 4"), e.getMessage());
    assertTrue(e.getMessage().contains("'/commitments/1/dependsOn', line 5"), e.getMessage());
    assertEquals("/commitments/0/outcomes", e.pointer());
    assertEquals(4, e.line());
  }

  @Test
  void rejectsADocumentNestedDeeperThanTheLimit() {
    OutcomeJson strict = OutcomeJson.builder().limits(new JsonLimits(8, 1000, 10_000))
        .enable(JsonOption.IGNORE_UNKNOWN_FIELDS).build();
    String deep = HEADER + ",\"x\":" + "[".repeat(20) + "]".repeat(20) + "}";
    OutcomeFormatException e =
        assertThrows(OutcomeFormatException.class, () -> strict.read(deep));
    assertTrue(e.reason().contains("nesting depth"), e.reason());
  }

  @Test
  void rejectsAStringLongerThanTheLimit() {
    OutcomeJson strict = OutcomeJson.builder().limits(new JsonLimits(16, 100, 10_000)).build();
    String json = HEADER + ",\"agencies\":[{\"id\":\"" + "a".repeat(500) + "\"}]}";
    OutcomeFormatException e =
        assertThrows(OutcomeFormatException.class, () -> strict.read(json));
    assertTrue(e.reason().contains("String value length"), e.reason());
  }

  @Test
  void rejectsADocumentLongerThanTheLimit() {
    OutcomeJson strict = OutcomeJson.builder().limits(new JsonLimits(16, 100, 1000)).build();
    String json = JSON.write(RandomModels.generate(3));
    assertTrue(json.length() > 1000);
    OutcomeFormatException e =
        assertThrows(OutcomeFormatException.class, () -> strict.read(json));
    assertTrue(e.reason().contains("Document length"), e.reason());
  }

  @Test
  void rejectsInvalidLimitsNamingTheLimit() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new JsonLimits(2, 100, 100));
    assertTrue(e.getMessage().contains("maxNestingDepth"), e.getMessage());
  }

  @Test
  void rejectsAModelRuleBrokenInsideAnEntityWithItsPointer() {
    OutcomeFormatException e = failure(HEADER + ",\"agencies\":[{\"id\":\"a\",\"name\":\"A\","
        + "\"kind\":\"NGO\",\"level\":\"NATIONAL\",\"parent\":\"a\"}]}");
    assertTrue(e.reason().contains("parent must not be itself"), e.reason());
    assertTrue(e.pointer().startsWith("/agencies/0"), e.pointer());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2026-02-30, '\"2026-02-30\" is not a valid date: Invalid date ''FEBRUARY 30'''",
      "2025-02-29, '\"2025-02-29\" is not a valid date: Invalid date ''February 29'' as ''2025'' is not a leap year'",
      "2026-13-01, '\"2026-13-01\" is not a valid date: Invalid value for MonthOfYear'",
      "2026-00-10, '\"2026-00-10\" is not a valid date: Invalid value for MonthOfYear'",
      "2026-01-32, '\"2026-01-32\" is not a valid date: Invalid value for DayOfMonth'",
      "2026-01-00, '\"2026-01-00\" is not a valid date: Invalid value for DayOfMonth'",
      "2026-1-01, is not an ISO-8601 date",
      "26-01-2026, is not an ISO-8601 date",
      "2026/01/01, is not an ISO-8601 date",
      "２０２６-01-01, is not an ISO-8601 date"})
  void rejectsAnInvalidDateSayingWhy(String date, String reason) {
    OutcomeFormatException e = failure(HEADER + ",\"agencies\":[" + AGENCY + "],"
        + "\"commitments\":[{\"id\":\"c\",\"title\":\"T\",\"madeOn\":\"" + date + "\","
        + "\"status\":\"NOT_STARTED\",\"priority\":\"LOW\"}]}");
    assertTrue(e.reason().contains(reason), e.reason());
    assertEquals("/commitments/0/madeOn", e.pointer());
  }

  @Test
  void readsDatesOutsideFourDigitYearsAndSharesEqualDates() {
    OutcomeModel m = JSON.read(HEADER + ",\"agencies\":[" + AGENCY + "],"
        + "\"commitments\":[{\"id\":\"c\",\"title\":\"T\",\"madeOn\":\"0000-12-31\","
        + "\"due\":\"+10000-01-01\",\"status\":\"NOT_STARTED\",\"priority\":\"LOW\"},"
        + "{\"id\":\"d\",\"title\":\"T\",\"madeOn\":\"2026-05-01\",\"due\":\"2026-05-01\","
        + "\"status\":\"NOT_STARTED\",\"priority\":\"LOW\"}]}");
    Commitment c = m.commitments().get(0);
    Commitment d = m.commitments().get(1);
    assertEquals(java.time.LocalDate.of(0, 12, 31), c.madeOn().orElseThrow());
    assertEquals(java.time.LocalDate.of(10000, 1, 1), c.due().orElseThrow());
    assertEquals(java.time.LocalDate.of(2026, 5, 1), d.due().orElseThrow());
    assertTrue(d.madeOn().orElseThrow() == d.due().orElseThrow(),
        "equal dates in one document share one instance");
  }

  @Test
  void referencesReuseTheIdsOfTheEntitiesTheyName() {
    OutcomeModel m = JSON.read(HEADER + ",\"agencies\":[" + AGENCY + "],"
        + "\"commitments\":[{\"id\":\"c\",\"title\":\"T\",\"status\":\"NOT_STARTED\","
        + "\"priority\":\"LOW\"}],\"roles\":[{\"commitment\":\"c\",\"role\":\"ACCOUNTABLE\","
        + "\"agency\":\"a\"}]}");
    assertTrue(m.roles().get(0).target() == m.commitments().get(0).id());
    assertTrue(m.roles().get(0).party() == m.agencies().get(0).id());
  }

  @Test
  void rejectsAnInvalidDate() {
    OutcomeFormatException e = failure(HEADER + ",\"agencies\":[" + AGENCY + "],"
        + "\"commitments\":[{\"id\":\"c\",\"title\":\"T\",\"due\":\"2026-02-30\","
        + "\"status\":\"NOT_STARTED\",\"priority\":\"LOW\"}]}");
    assertEquals("/commitments/0/due", e.pointer());
  }

  @Test
  void aFailingStreamIsAnIoErrorNotAFormatError() {
    java.io.InputStream broken = new java.io.InputStream() {
      @Override
      public int read() throws java.io.IOException {
        throw new java.io.IOException("disk on fire");
      }
    };
    java.io.UncheckedIOException e =
        assertThrows(java.io.UncheckedIOException.class, () -> JSON.read(broken));
    assertEquals("disk on fire", e.getCause().getMessage());
  }

  @Test
  void anUndecodableEncodingIsAFormatError() {
    byte[] ucs4 = {0, 0, (byte) 0xFF, (byte) 0xFE, 0, 0, 0, '{'};
    assertThrows(OutcomeFormatException.class,
        () -> JSON.read(new ByteArrayInputStream(ucs4)));
  }

  @Test
  void theModuleIsFoundThroughTheServiceLoader() {
    assertTrue(ServiceLoader.load(JacksonModule.class).stream()
        .anyMatch(p -> p.type() == OutcomeModule.class));
  }

  @Test
  void aPlainMapperWithTheModuleReadsAndWritesModelsAndEntities() {
    JsonMapper mapper = JsonMapper.builder().addModule(new OutcomeModule()).build();
    OutcomeModel model = RandomModels.generate(7);
    String text = mapper.writeValueAsString(model);
    assertEquals(JSON.write(model), text);
    assertEquals(model, mapper.readValue(text, OutcomeModel.class));
    Commitment c = Commitment.builder("c", "Cut child poverty").due(java.time.LocalDate.of(
        2030, 1, 1)).build();
    String one = mapper.writeValueAsString(c);
    assertEquals(c, mapper.readValue(one, Commitment.class));
  }

  @Test
  void theStandardMapperSettingsAreNotChanged() {
    JsonMapper fresh = JsonMapper.builder().build();
    OutcomeJson.builder().limits(new JsonLimits(8, 10, 10)).build();
    assertEquals(tools.jackson.core.StreamReadConstraints.defaults().getMaxNestingDepth(),
        fresh.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth());
  }

  @Test
  void aModelWithEverythingOptionalSetSurvivesTheRoundTrip() {
    OutcomeModel model = OutcomeModel.builder()
        .agency("a", "Agency A", AgencyKind.CENTRAL_AGENCY, GovernmentLevel.NATIONAL)
        .commitment(Commitment.builder("c", "T").description("d").madeBy(
            org.sharedoutcomes.core.AgencyId.of("a")).build())
        .build();
    assertEquals(model, JSON.read(JSON.write(model)));
    assertTrue(JSON.write(model).contains("\"madeBy\":{\"agency\":\"a\"}"));
    assertEquals(CommitmentId.of("c"), model.commitments().get(0).id());
  }

  /** An indicator as the writer writes it, with the given baselines. */
  private static String indicatorWith(String baselines) {
    String written = JSON.write(OutcomeModel.builder()
        .indicator(org.sharedoutcomes.core.Indicator.builder("i-1", "Rate").unit("%")
            .baseline(50, java.time.LocalDate.of(2024, 1, 1)).build())
        .build());
    int at = written.indexOf("\"baselines\":[");
    int end = written.indexOf(']', at);
    assertTrue(at > 0 && end > at, written);
    return written.substring(0, at) + "\"baselines\":[" + baselines + written.substring(end);
  }

  @Test
  void aFormatOneBaselineBesideTheBaselinesListIsReadWithThem() {
    // "baseline" (format 1, one object) and "baselines" in one indicator: all are kept, in
    // either order of the two fields, and two on one date are refused whichever field holds each
    String list = "{\"value\":50,\"date\":\"2024-01-01\"},{\"value\":45,\"date\":\"2024-06-01\"}";
    String one = "\"baseline\":{\"value\":40,\"date\":\"2025-01-01\"}";
    String after = indicatorWith(list).replace("\"baselines\":[", one + ",\"baselines\":[");
    String before = indicatorWith(list).replaceFirst("(\"baselines\":\\[[^\\]]*\\])",
        "$1," + one.replace("$", "\\$"));
    for (String doc : List.of(after, before)) {
      List<org.sharedoutcomes.core.Baseline> read =
          JSON.read(doc).indicators().get(0).baselines();
      assertEquals(3, read.size(), doc);
      assertEquals(40.0, JSON.read(doc).indicators().get(0).baseline().orElseThrow().value(),
          doc);
    }
    OutcomeFormatException e = failure(indicatorWith(list).replace("\"baselines\":[",
        "\"baseline\":{\"value\":41,\"date\":\"2024-06-01\"},\"baselines\":["));
    assertTrue(e.reason().contains("indicator 'i-1' baselines has two on 2024-06-01"),
        e.getMessage());
    // the neighbour: one baseline alone, in either field, is that baseline
    assertEquals(1, JSON.read(indicatorWith("{\"value\":50,\"date\":\"2024-01-01\"}"))
        .indicators().get(0).baselines().size());
  }

  @Test
  void twoBaselinesOfOneDateAreRefusedAtTheIndicatorAndTwoDatesAreRead() {
    String first = "{\"value\":50,\"date\":\"2024-01-01\"}";
    OutcomeFormatException e = failure(indicatorWith(first + ",\n" + first));
    assertTrue(e.reason().contains("indicator 'i-1' baselines has two on 2024-01-01"),
        e.getMessage());
    assertTrue(e.line() > 0, e.getMessage());
    assertTrue(e.pointer().startsWith("/indicators/0"), e.getMessage());
    // the neighbour: a second baseline on another day is a re-basing, read as given
    String second = "{\"value\":40,\"date\":\"2025-01-01\"}";
    OutcomeModel read = JSON.read(indicatorWith(first + "," + second));
    assertEquals(2, read.indicators().get(0).baselines().size());
    assertEquals(40.0, read.indicators().get(0).baseline().orElseThrow().value());
  }
}
