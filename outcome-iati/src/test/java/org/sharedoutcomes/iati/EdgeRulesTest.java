package org.sharedoutcomes.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.iati.LossReport.Disposition;

/** Mapping rules at the edges, on small inline activities. */
class EdgeRulesTest {
  private static final String INDICATOR = "<result type=\"2\"><title><narrative>R</narrative>"
      + "</title><indicator measure=\"1\" ascending=\"%s\"><title><narrative>I</narrative>"
      + "</title><baseline year=\"2020\" value=\"%s\"/><period><period-start iso-date="
      + "\"2024-01-01\"/><period-end iso-date=\"2024-12-31\"/><target value=\"%s\"/></period>"
      + "</indicator></result>";

  @Test
  void aTargetBelowTheBaselineOfAnAscendingIndicatorIsAWarning() {
    IatiResult r = Fixtures.readString(Fixtures.activity("A",
        String.format(INDICATOR, "true", "50", "40")));
    assertEquals(1, r.report().warningCount("target-against-direction"));
  }

  @Test
  void aTargetAboveTheBaselineOfAnAscendingIndicatorIsNoWarning() {
    IatiResult r = Fixtures.readString(Fixtures.activity("A",
        String.format(INDICATOR, "true", "50", "60")));
    assertEquals(0, r.report().warningCount("target-against-direction"));
  }

  @Test
  void aDateOutsideTheModelsRangeMakesTheActivityMalformedNotTheRead() {
    IatiResult r = Fixtures.readString(Fixtures.activity("A",
        "<activity-date type=\"1\" iso-date=\"999999999-01-01\"/>"));
    assertEquals(1, r.report().malformedCount());
    assertEquals("A", r.report().malformed().get(0).identifier());
  }

  @Test
  void anUnknownOrganisationTypeReadsAsOtherWithAWarning() {
    IatiResult r = Fixtures.readString(Fixtures.activity("A",
        "<participating-org ref=\"O\" type=\"99\" role=\"4\"><narrative>O</narrative>"
            + "</participating-org>"));
    assertEquals(AgencyKind.NGO, r.model().agency(AgencyId.of("O")).orElseThrow().kind());
    assertEquals(1, r.report().warningCount("unknown-code"));
  }

  @Test
  void anUnknownRoleAssignsNoRoleWithAWarning() {
    IatiResult r = Fixtures.readString(Fixtures.activity("A",
        "<participating-org ref=\"O\" type=\"10\" role=\"7\"><narrative>O</narrative>"
            + "</participating-org>"));
    assertTrue(r.model().roles().isEmpty());
    assertEquals(1, r.report().warningCount("unknown-code"));
  }

  @Test
  void twoActivitiesEachClaimingTheOtherAsChildKeepOneDependencyAndWarn() {
    String xml = "<iati-activities version=\"2.03\">"
        + "<iati-activity><iati-identifier>P</iati-identifier>"
        + "<related-activity ref=\"Q\" type=\"2\"/></iati-activity>"
        + "<iati-activity><iati-identifier>Q</iati-identifier>"
        + "<related-activity ref=\"P\" type=\"2\"/></iati-activity></iati-activities>";
    IatiResult r = Fixtures.readString(xml);
    assertEquals(Set.of(CommitmentId.of("Q")),
        r.model().commitment(CommitmentId.of("P")).orElseThrow().dependsOn());
    assertEquals(1, r.report().warningCount("hierarchy-cycle"));
  }

  @Test
  void aFileWhoseRootIsOneActivityIsRead() {
    IatiResult r = IatiReader.standard().read(new ByteArrayInputStream(
        "<iati-activity><iati-identifier>ONLY</iati-identifier></iati-activity>"
            .getBytes(StandardCharsets.UTF_8)), "one.xml");
    assertEquals(1, r.model().commitments().size());
  }

  @Test
  void aFileWithoutVersionIsReadWithAWarning() {
    IatiResult r = Fixtures.readString("<iati-activities><iati-activity><iati-identifier>A"
        + "</iati-identifier></iati-activity></iati-activities>");
    assertEquals(1, r.model().commitments().size());
    assertEquals(1, r.report().warningCount("missing-version"));
  }

  @Test
  void anExtensionElementIsDroppedUnderItsPrefixedName() {
    IatiResult r = Fixtures.readString("<iati-activities version=\"2.03\" "
        + "xmlns:akvo=\"http://akvo.org/iati-activities\"><iati-activity><iati-identifier>A"
        + "</iati-identifier><title><narrative>T</narrative></title><akvo:photo url=\"x\"/>"
        + "</iati-activity></iati-activities>");
    assertEquals(1, r.report().count("/iati-activities/iati-activity/akvo:photo",
        Disposition.DROPPED));
  }

  @Test
  void aPlannedEndBeforeTheStartIsNotTheDueDateAndIsAWarning() {
    IatiResult r = Fixtures.readString(Fixtures.activity("A",
        "<activity-date type=\"2\" iso-date=\"2024-03-01\"/>"
            + "<activity-date type=\"3\" iso-date=\"1856-06-30\"/>"));
    var c = r.model().commitment(CommitmentId.of("A")).orElseThrow();
    assertTrue(c.due().isEmpty());
    assertEquals("1856-06-30", c.attributes().get("iati:activity-date:3"));
    assertEquals(1, r.report().warningCount("end-before-start"));
  }
}
