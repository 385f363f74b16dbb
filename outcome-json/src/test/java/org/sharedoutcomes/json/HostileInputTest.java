package org.sharedoutcomes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.json.HostileDocuments.AGENCY;
import static org.sharedoutcomes.json.HostileDocuments.HEADER;
import static org.sharedoutcomes.json.HostileDocuments.commitment;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.ModelValidationException;
import org.sharedoutcomes.core.OutcomeModel;

/** The attacks of issue 15, each a regression test on a generated document. */
class HostileInputTest {
  private static final OutcomeJson JSON = OutcomeJson.standard();

  private static OutcomeFormatException failure(byte[] json) {
    return assertThrows(OutcomeFormatException.class, () -> JSON.read(json));
  }

  private static OutcomeFormatException failure(String json) {
    return failure(json.getBytes(StandardCharsets.UTF_8));
  }

  // ------------------------------------------------------------ F-1 cycles

  @Test
  void threeThousandInterlockedCyclesGiveOneReportUnderAHundredKilobytes() {
    OutcomeFormatException e = failure(HostileDocuments.cycles(3000).bytes());
    assertEquals(1, e.problemCount(), e.getMessage());
    assertTrue(e.getMessage().length() < 100_000, () -> e.getMessage().length() + " chars");
    assertTrue(e.reason().contains("c0 -> c1 -> c0"), e.reason());
    assertTrue(e.reason().contains("3000 commitment entries are on cycles"), e.reason());
  }

  @Test
  void aCycleReportPointsAtTheSmallestIdOfItsComponent() {
    OutcomeFormatException e = failure(HostileDocuments.cycles(5).bytes());
    assertEquals("/commitments/0/dependsOn", e.pointer());
    assertEquals("c0", e.problems().get(0).id().orElseThrow());
  }

  @Test
  void twoSeparateCyclesAreReportedOnceEach() {
    OutcomeFormatException e = failure(HEADER + ",\"commitments\":["
        + commitment("a", "\"b\"") + "," + commitment("b", "\"a\"") + ","
        + commitment("x", "\"y\"") + "," + commitment("y", "\"x\"") + "]}");
    assertEquals(2, e.problemCount(), e.getMessage());
  }

  // ------------------------------------------------------------ F-4 dangling references

  @Test
  void aHundredThousandDanglingReferencesGiveABoundedMessageAndTheirCount() {
    OutcomeFormatException e = failure(HostileDocuments.dangling(100_000).bytes());
    assertEquals(100_000, e.problemCount());
    assertEquals(ModelValidationException.MAX_PROBLEMS, e.problems().size());
    assertTrue(e.getMessage().length() < 100_000, () -> e.getMessage().length() + " chars");
    assertTrue(e.getMessage().contains("... and 99950 more"), e.getMessage());
  }

  // ------------------------------------------------------------ F-5 located problems

  @Test
  void aRoleProblemPointsAtItsIndexAndField() {
    OutcomeFormatException e = failure(HEADER + ",\n\"agencies\":[" + AGENCY + "],\n"
        + "\"commitments\":[" + commitment("c", "") + "],\n\"roles\":[\n"
        + "{\"commitment\":\"c\",\"role\":\"ACCOUNTABLE\",\"agency\":\"a\"},\n"
        + "{\"commitment\":\"c\",\"role\":\"FUNDER\",\"agency\":\"ghost\"}]}");
    assertEquals("/roles/1/agency", e.pointer());
    assertEquals(6, e.line());
    assertEquals(1, e.column());
  }

  @Test
  void aRoleOnAMissingTargetPointsAtTheTargetField() {
    OutcomeFormatException e = failure(HEADER + ",\"agencies\":[" + AGENCY + "],"
        + "\"roles\":[{\"outcome\":\"nowhere\",\"role\":\"LEAD\",\"agency\":\"a\"}]}");
    assertEquals("/roles/0/outcome", e.pointer());
    assertTrue(e.line() > 0);
  }

  @Test
  void anAssessmentProblemPointsAtItsIndexAndField() {
    OutcomeFormatException e = failure(HEADER + ",\"agencies\":[" + AGENCY + "],"
        + "\"commitments\":[" + commitment("c", "") + "],\"assessments\":["
        + "{\"commitment\":\"c\",\"date\":\"2025-01-01\",\"rating\":\"GREEN\"},"
        + "{\"commitment\":\"gone\",\"date\":\"2025-01-01\",\"rating\":\"GREEN\"}]}");
    assertEquals("/assessments/1/commitment", e.pointer());
    assertTrue(e.line() > 0);
  }

  @Test
  void anInterventionProblemPointsAtItsIndexAndField() {
    OutcomeFormatException e = failure(HEADER + ",\"agencies\":[" + AGENCY + "],"
        + "\"interventions\":[{\"from\":\"a\",\"to\":\"ghost\",\"kind\":\"SUPPORT\","
        + "\"date\":\"2025-01-01\"}]}");
    assertEquals("/interventions/0/to", e.pointer());
    assertTrue(e.column() > 0);
  }

  @Test
  void aWithheldEntryOfAnUnknownIndicatorPointsAtTheEntry() {
    OutcomeFormatException e = failure(HEADER + ",\"viewer\":\"a\",\"withheld\":["
        + "{\"indicator\":\"nowhere\",\"measurements\":2}],\"agencies\":[" + AGENCY + "]}");
    assertEquals("/withheld/0/indicator", e.pointer());
    assertTrue(e.line() > 0 && e.column() > 0);
  }

  @Test
  void everyLocatedProblemNamesAnIndexAndAField() {
    OutcomeFormatException e = failure(HEADER + ",\"agencies\":[" + AGENCY + ","
        + "{\"id\":\"b\",\"name\":\"B\",\"kind\":\"NGO\",\"level\":\"LOCAL\",\"parent\":\"z\"}],"
        + "\"commitments\":[" + commitment("c", "\"d\"") + "],"
        + "\"roles\":[{\"commitment\":\"c\",\"role\":\"LEAD\",\"person\":\"nobody\"}]}");
    assertEquals(3, e.problemCount(), e.getMessage());
    for (LocatedProblem p : e.located()) {
      assertTrue(p.pointer().matches("/[a-z]+/\\d+/[A-Za-z/]+"), p.toString());
      assertTrue(p.line() > 0 && p.column() > 0, p.toString());
    }
  }

  @Test
  void aDuplicateIdPointsAtItsSecondOccurrence() {
    OutcomeFormatException e = failure(HEADER + ",\"agencies\":[" + AGENCY + "," + AGENCY
        + "]}");
    assertEquals("/agencies/1/id", e.pointer());
  }

  // ------------------------------------------------------------ F-6 limits

  @Test
  void aDocumentWithMoreItemsThanTheLimitFailsAtTheItemThatPassesIt() {
    OutcomeJson small = OutcomeJson.builder()
        .limits(JsonLimits.DEFAULT.withMaxEntities(1000)).build();
    OutcomeFormatException e = assertThrows(OutcomeFormatException.class,
        () -> small.read(HostileDocuments.smallEntities(600).bytes()));
    assertTrue(e.reason().contains("JsonLimits.maxEntities"), e.reason());
    assertTrue(e.pointer().startsWith("/agencies/"), e.pointer());
  }

  @Test
  void aDocumentWithMoreRowsThanTheLimitFailsAtTheRowThatPassesIt() {
    OutcomeJson small = OutcomeJson.builder()
        .limits(JsonLimits.DEFAULT.withMaxMeasurements(100)).build();
    OutcomeFormatException e = assertThrows(OutcomeFormatException.class,
        () -> small.read(HostileDocuments.rows(101, false).bytes()));
    assertTrue(e.reason().contains("JsonLimits.maxMeasurements"), e.reason());
    assertEquals("/measurements/0/rows/100", e.pointer());
  }

  @Test
  void theDefaultLimitsStayWithinSixtyFourMebibytes() {
    assertEquals(64L << 20, JsonLimits.DEFAULT.maxDocumentLength());
  }

  @Test
  void lenientReadingKeepsTheStringLimitForSkippedValues() {
    OutcomeJson lenient = OutcomeJson.builder().limits(new JsonLimits(32, 100, 1 << 20))
        .enable(JsonOption.IGNORE_UNKNOWN_FIELDS).build();
    String big = "x".repeat(1000);
    OutcomeFormatException e = assertThrows(OutcomeFormatException.class,
        () -> lenient.read(HEADER + ",\"extra\":{\"deep\":[\"" + big + "\"]}}"));
    assertTrue(e.reason().contains("JsonLimits.maxStringLength"), e.reason());
  }

  @Test
  void lenientReadingStillSkipsShortUnknownValues() {
    OutcomeJson lenient = OutcomeJson.builder().enable(JsonOption.IGNORE_UNKNOWN_FIELDS).build();
    assertEquals(OutcomeModel.empty(),
        lenient.read(HEADER + ",\"extra\":{\"deep\":[\"x\",{\"y\":1}]}}"));
  }

  // ------------------------------------------------------------ smaller ones

  @Test
  void rejectsAnOverlongUtf8Slash() {
    byte[] doc = (HEADER + ",\"agencies\":[{\"id\":\"a\",\"name\":\"A?B\",\"kind\":\"NGO\","
        + "\"level\":\"LOCAL\"}]}").getBytes(StandardCharsets.UTF_8);
    byte[] bad = overlong(doc);
    OutcomeFormatException e = failure(bad);
    assertTrue(e.reason().contains("invalid UTF-8"), e.reason());
    assertEquals(1, e.line());
  }

  @Test
  void rejectsAnOverlongUtf8SlashInAStream() {
    byte[] doc = (HEADER + ",\"agencies\":[{\"id\":\"a\",\"name\":\"A?B\",\"kind\":\"NGO\","
        + "\"level\":\"LOCAL\"}]}").getBytes(StandardCharsets.UTF_8);
    OutcomeFormatException e = assertThrows(OutcomeFormatException.class,
        () -> JSON.read(new ByteArrayInputStream(overlong(doc))));
    assertTrue(e.reason().contains("invalid UTF-8"), e.reason());
  }

  @Test
  void stillReadsUtf16WithAByteOrderMark() {
    OutcomeModel model = OutcomeModel.builder().agency("a", "Ā/B",
        org.sharedoutcomes.core.AgencyKind.NGO, org.sharedoutcomes.core.GovernmentLevel.LOCAL)
        .build();
    assertEquals(model, JSON.read(JSON.write(model).getBytes(StandardCharsets.UTF_16)));
  }

  private static byte[] overlong(byte[] doc) {
    int q = indexOf(doc, (byte) '?');
    byte[] out = new byte[doc.length + 1];
    System.arraycopy(doc, 0, out, 0, q);
    out[q] = (byte) 0xC0;
    out[q + 1] = (byte) 0xAF;
    System.arraycopy(doc, q + 1, out, q + 2, doc.length - q - 1);
    return out;
  }

  private static int indexOf(byte[] b, byte c) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    throw new AssertionError();
  }

  @Test
  void rejectsAVersionWithALeadingZero() {
    OutcomeFormatException e = failure("{\"format\":\"sharedoutcomes/01\"}");
    assertTrue(e.reason().contains("expected \"sharedoutcomes/1\""), e.reason());
  }

  @Test
  void rejectsAVersionWithASign() {
    failure("{\"format\":\"sharedoutcomes/+1\"}");
  }

  // ------------------------------------------------------------ F-2, correctness only

  @Test
  void readsIdsThatShareOneStringHashCode() {
    String[] ids = HostileDocuments.ids(1024, true);
    Set<Integer> hashes = new HashSet<>();
    Arrays.stream(ids).forEach(i -> hashes.add(i.hashCode()));
    assertEquals(1, hashes.size());
    OutcomeModel model = JSON.read(HostileDocuments.commitmentsWithRoles(ids).bytes());
    assertEquals(1024, model.commitments().size());
    assertEquals(1024, model.roles().size());
    assertFalse(model.commitment(org.sharedoutcomes.core.CommitmentId.of(ids[517])).isEmpty());
  }

  @Test
  void theControlIdsHaveTheLengthOfTheCollidingOnes() {
    List<String> control = List.of(HostileDocuments.ids(64, false));
    assertEquals(HostileDocuments.ids(64, true)[0].length(), control.get(63).length());
    assertEquals(64, new HashSet<>(control).size());
  }
}
