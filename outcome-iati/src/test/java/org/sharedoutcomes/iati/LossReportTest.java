package org.sharedoutcomes.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.iati.LossReport.Disposition;
import org.sharedoutcomes.iati.LossReport.Loss;

/** The loss report lists what the model does not hold, with counts and first locations. */
class LossReportTest {
  private static final LossReport REPORT = Fixtures.read("activities-203.xml").report();
  private static final String A = "/iati-activities/iati-activity";

  @Test
  void anUnmappedElementIsDroppedWithItsLineAndPath() {
    List<Loss> sector = REPORT.losses(A + "/sector", Disposition.DROPPED);
    assertEquals(1, sector.size());
    assertEquals(1, sector.get(0).count());
    assertEquals(43, sector.get(0).first().get(0).line());
    assertEquals(A + "[1]/sector[1]", sector.get(0).first().get(0).path());
    assertEquals("XM-DAC-41114-PROG-1", sector.get(0).first().get(0).activity());
  }

  @Test
  void aRootAttributeNotReadIsDropped() {
    assertEquals(1, REPORT.count("/iati-activities/@generated-datetime", Disposition.DROPPED));
  }

  @Test
  void transactionsAndBudgetsThatAreContributionsAreNoLossButTheirValueDatesAreAttributes() {
    assertEquals(0, REPORT.count(A + "/transaction", Disposition.NOT_YET_MODELLED)
        + REPORT.count(A + "/transaction", Disposition.KEPT_AS_ATTRIBUTE)
        + REPORT.count(A + "/transaction", Disposition.DROPPED));
    assertEquals(0, REPORT.count(A + "/budget", Disposition.KEPT_AS_ATTRIBUTE));
    assertEquals(3, REPORT.count(A + "/transaction/value/@value-date",
        Disposition.KEPT_AS_ATTRIBUTE));
    assertEquals(2, REPORT.count(A + "/budget/@status", Disposition.KEPT_AS_ATTRIBUTE));
  }

  @Test
  void aSecondBaselineIsKeptAsAnAttribute() {
    assertEquals(1, REPORT.count(A + "/result/indicator/baseline",
        Disposition.KEPT_AS_ATTRIBUTE));
  }

  @Test
  void targetPeriodsAreKeptAsAttributes() {
    assertEquals(4, REPORT.count(A + "/result/indicator/period/target",
        Disposition.KEPT_AS_ATTRIBUTE));
  }

  @Test
  void otherLanguagesAreKeptAsAttributes() {
    assertEquals(2, REPORT.count(A + "/title/narrative", Disposition.KEPT_AS_ATTRIBUTE));
  }

  @Test
  void referenceVocabulariesHierarchyAndResultTypeOtherAreKeptAsAttributes() {
    assertEquals(1, REPORT.count(A + "/result/indicator/reference",
        Disposition.KEPT_AS_ATTRIBUTE));
    assertEquals(2, REPORT.count(A + "/@hierarchy", Disposition.KEPT_AS_ATTRIBUTE));
    assertEquals(1, REPORT.count(A + "/result/@type", Disposition.KEPT_AS_ATTRIBUTE));
  }

  @Test
  void relatedActivitiesOutsideTheModelAreKeptAsAttributesEachWithItsReason() {
    List<Loss> related = REPORT.losses(A + "/related-activity", Disposition.KEPT_AS_ATTRIBUTE);
    assertEquals(2, related.size());
    assertTrue(related.stream().anyMatch(l -> l.note().startsWith("refers to an activity not "
        + "read")));
  }

  @Test
  void onlyTheFirstThreeLocationsAreListedWhileTheCountIsExact() {
    String xml = "<iati-activities version=\"2.03\">"
        + ("<iati-activity><iati-identifier>ID%d</iati-identifier><sector code=\"1\"/>"
        + "</iati-activity>").repeat(5) + "</iati-activities>";
    StringBuilder b = new StringBuilder();
    String[] parts = xml.split("%d", -1);
    for (int i = 0; i < parts.length; i++) {
      b.append(parts[i]);
      if (i < parts.length - 1) {
        b.append(i);
      }
    }
    LossReport r = Fixtures.readString(b.toString()).report();
    Loss sector = r.losses(A + "/sector", Disposition.DROPPED).get(0);
    assertEquals(5, sector.count());
    assertEquals(3, sector.first().size());
  }

  @Test
  void theSummaryHasOneLinePerLoss() {
    long lines = REPORT.summary().lines().filter(l -> l.startsWith("DROPPED")
        || l.startsWith("KEPT_AS_ATTRIBUTE") || l.startsWith("NOT_YET_MODELLED")).count();
    assertEquals(REPORT.losses().size(), lines);
  }

  @Test
  void aCleanActivityGivesACleanReport() {
    LossReport r = Fixtures.readString("<iati-activities version=\"2.03\"><iati-activity>"
        + "<iati-identifier>A</iati-identifier><title><narrative>T</narrative></title>"
        + "</iati-activity></iati-activities>").report();
    assertTrue(r.isClean(), r.summary());
  }
}
