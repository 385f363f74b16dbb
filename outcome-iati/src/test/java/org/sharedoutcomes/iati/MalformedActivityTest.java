package org.sharedoutcomes.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.iati.LossReport.MalformedActivity;

/** Malformed activities in the middle of {@code malformed-middle.xml} are skipped and listed. */
class MalformedActivityTest {
  private static final IatiResult RESULT = Fixtures.read("malformed-middle.xml");

  private static MalformedActivity malformed(String id) {
    return RESULT.report().malformed().stream().filter(m -> m.identifier().equals(id))
        .findFirst().orElseThrow(() -> new AssertionError("no malformed " + id));
  }

  @Test
  void theGoodActivitiesAroundTheMalformedOnesAreRead() {
    assertEquals(List.of("XX-LAST", "XX-ONE"), RESULT.model().commitments().stream()
        .map(c -> c.id().value()).sorted().toList());
    assertEquals(2, RESULT.report().activitiesRead());
  }

  @Test
  void aBadDateIsReportedWithTheIdentifierLineAndPath() {
    MalformedActivity m = malformed("XX-BAD-DATE");
    assertEquals(8, m.line());
    assertEquals("bad date '2020-13-45' in /iati-activities/iati-activity[2]/activity-date[1]"
        + "/@iso-date at line 11", m.reason());
  }

  @Test
  void aMissingIdentifierIsReportedWithTheLine() {
    MalformedActivity m = malformed("");
    assertEquals(13, m.line());
    assertEquals("missing iati-identifier", m.reason());
  }

  @Test
  void aBadNumberIsReportedWithThePath() {
    assertTrue(malformed("XX-BAD-NUMBER").reason().startsWith("bad number 'twelve' in "
        + "/iati-activities/iati-activity[4]/result[1]/indicator[1]/baseline[1]/@value"));
  }

  @Test
  void aDuplicateIdentifierIsMalformedAndTheFirstIsKept() {
    assertTrue(RESULT.report().malformed().stream().anyMatch(m -> m.identifier().equals("XX-ONE")
        && m.line() == 27 && m.reason().startsWith("duplicate iati-identifier")));
    assertEquals("First good activity", RESULT.model().commitments().stream()
        .filter(c -> c.id().value().equals("XX-ONE")).findFirst().orElseThrow().title());
  }

  @Test
  void everyMalformedActivityIsCounted() {
    assertEquals(4, RESULT.report().malformedCount());
  }

  @Test
  void aPeriodEndingBeforeItStartsIsMalformed() {
    IatiResult r = Fixtures.readString(Fixtures.activity("A", "<result type=\"1\"><title>"
        + "<narrative>R</narrative></title><indicator measure=\"1\"><title><narrative>I"
        + "</narrative></title><period><period-start iso-date=\"2024-12-31\"/><period-end "
        + "iso-date=\"2024-01-01\"/></period></indicator></result>"));
    assertEquals(1, r.report().malformedCount());
    assertTrue(r.report().malformed().get(0).reason().startsWith("period ends (2024-01-01)"));
  }

  @Test
  void anOversizedActivityIsSkippedAndTheNextIsRead() {
    String big = "x".repeat(200);
    String xml = "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>BIG"
        + "</iati-identifier><title><narrative>" + big + "</narrative></title></iati-activity>"
        + "<iati-activity><iati-identifier>SMALL</iati-identifier></iati-activity>"
        + "</iati-activities>";
    IatiResult r = IatiReader.builder().maxTextLength(100).build().read(
        new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "big.xml");
    assertEquals(1, r.model().commitments().size());
    assertTrue(r.report().malformed().get(0).reason().startsWith("activity too large: a text"));
  }

  @Test
  void aTooDeepActivityIsSkipped() {
    String deep = "<x>".repeat(10) + "</x>".repeat(10);
    IatiResult r = IatiReader.builder().maxDepth(5).build().read(
        new java.io.ByteArrayInputStream(Fixtures.activity("DEEP", deep)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "deep.xml");
    assertEquals(0, r.model().commitments().size());
    assertTrue(r.report().malformed().get(0).reason().contains("nested deeper than 5"));
  }
}
