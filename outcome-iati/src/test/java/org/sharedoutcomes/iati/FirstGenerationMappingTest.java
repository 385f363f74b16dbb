package org.sharedoutcomes.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.iati.LossReport.Disposition;

/** The 1.0x generation, on {@code activities-105.xml}: text role codes, text narratives. */
class FirstGenerationMappingTest {
  private static final IatiResult RESULT = Fixtures.read("activities-105.xml");
  private static final OutcomeModel MODEL = RESULT.model();
  private static final CommitmentId ID = CommitmentId.of("GB-1-203456");

  private static Commitment commitment() {
    return MODEL.commitment(ID).orElseThrow();
  }

  @Test
  void textRoleCodesMapLikeTheirNumericCodes() {
    Set<String> roles = MODEL.rolesOn(ID).stream().map(r -> r.party().value() + " " + r.role())
        .collect(Collectors.toSet());
    assertEquals(Set.of("GB-1 FUNDER", "GB-1 EXTENDING", "MW-GOV-3 ACCOUNTABLE",
        "41122 IMPLEMENTER"), roles);
  }

  @Test
  void elementTextIsTheNarrativeAndRepeatedTitlesAreLanguages() {
    assertEquals("Civil registration support", commitment().title());
    assertEquals("Soutien a l'etat civil", commitment().attributes().get("iati:title@fr"));
  }

  @Test
  void predefinedEntitiesAreExpanded() {
    assertEquals("Support to the civil registry & statistics office.",
        commitment().description());
  }

  @Test
  void organisationNamesAreTheElementText() {
    assertEquals("Ministry of Home Affairs",
        MODEL.agency(org.sharedoutcomes.core.AgencyId.of("MW-GOV-3")).orElseThrow().name());
  }

  @Test
  void textDateTypesMapLikeTheirNumericCodes() {
    assertEquals(LocalDate.of(2012, 4, 1), commitment().madeOn().orElseThrow());
    assertEquals(LocalDate.of(2015, 3, 31), commitment().due().orElseThrow());
  }

  @Test
  void finalisationReadsAsCompletedWithItsCodeKept() {
    assertEquals(java.util.Optional.of(CommitmentStatus.COMPLETED_FULLY_MET), commitment().status());
    assertEquals("3", commitment().attributes().get("iati:activity-status"));
  }

  @Test
  void theFreeTextOfCodedElementsIsReportedAsDropped() {
    assertEquals(1, RESULT.report().count(
        "/iati-activities/iati-activity/activity-status/text()", Disposition.DROPPED));
  }

  @Test
  void resultsIndicatorsBaselinesTargetsAndActualsRead() {
    var i = MODEL.indicator(IndicatorId.of("GB-1-203456/result/1/indicator/1")).orElseThrow();
    assertEquals(120000.0, i.baseline().orElseThrow().value());
    assertEquals(150000.0, i.finalTarget().orElseThrow().low());
    assertEquals(142000.0, MODEL.measurements(i.id()).get(0).value());
  }

  @Test
  void aFirstGenerationFileRaisesNoGenerationWarning() {
    assertEquals(0, RESULT.report().warningCount("code-of-other-generation"));
  }
}
