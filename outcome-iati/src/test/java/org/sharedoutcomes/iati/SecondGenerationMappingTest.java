package org.sharedoutcomes.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.TargetKind;

/** The mapping rules, on the 2.03 file {@code activities-203.xml} (numeric codes). */
class SecondGenerationMappingTest {
  private static final IatiResult RESULT = Fixtures.read("activities-203.xml");
  private static final OutcomeModel MODEL = RESULT.model();
  private static final String PROG = "XM-DAC-41114-PROG-1";
  private static final String PROJ = "XM-DAC-41114-PROJ-2";

  private static Commitment prog() {
    return MODEL.commitment(CommitmentId.of(PROG)).orElseThrow();
  }

  private static Indicator indicator(int result, int n) {
    return MODEL.indicator(IndicatorId.of(PROG + "/result/" + result + "/indicator/" + n))
        .orElseThrow();
  }

  @Test
  void eachActivityIsACommitmentNamedByItsIdentifier() {
    assertEquals(List.of(PROG, PROJ), MODEL.commitments().stream()
        .map(c -> c.id().value()).sorted().toList());
  }

  @Test
  void theTitleIsTheNarrativeInThePreferredLanguageAndTheOthersAreAttributes() {
    assertEquals("Birth registration for all", prog().title());
    assertEquals("L'enregistrement des naissances pour tous", prog().attributes().get("iati:title@fr"));
  }

  @Test
  void thePreferredLanguageIsChosenWhereverItStandsAmongTheNarratives() {
    Commitment proj = MODEL.commitment(CommitmentId.of(PROJ)).orElseThrow();
    assertEquals("Mobile registration offices", proj.title());
  }

  @Test
  void anotherPreferredLanguageChoosesItsNarrative() {
    IatiResult fr = Fixtures.read(IatiReader.builder().language("fr").build(), "activities-203.xml");
    Commitment c = fr.model().commitment(CommitmentId.of(PROG)).orElseThrow();
    assertEquals("L'enregistrement des naissances pour tous", c.title());
    assertEquals("Birth registration for all", c.attributes().get("iati:title@en"));
  }

  @Test
  void theFallbackLanguageIsUsedWhenThePreferredIsMissing() {
    IatiResult de = Fixtures.read(IatiReader.builder().language("de").fallbackLanguage("fr")
        .build(), "activities-203.xml");
    assertEquals("Bureaux mobiles",
        de.model().commitment(CommitmentId.of(PROJ)).orElseThrow().title());
  }

  @Test
  void theGeneralDescriptionIsTheDescriptionAndOtherTypesAreAttributes() {
    assertEquals("One counter for every birth registration.", prog().description());
    assertEquals("Every child registered at birth.",
        prog().attributes().get("iati:description:2"));
  }

  @Test
  void activityStatusMapsThroughTheCodeTableAndKeepsItsCode() {
    assertEquals(java.util.Optional.of(CommitmentStatus.UNDERWAY_ON_TRACK), prog().status());
    assertEquals("2", prog().attributes().get("iati:activity-status"));
    assertEquals(java.util.Optional.of(CommitmentStatus.COMPLETED_FULLY_MET),
        MODEL.commitment(CommitmentId.of(PROJ)).orElseThrow().status());
  }

  @Test
  void actualStartIsMadeOnAndPlannedEndIsDue() {
    assertEquals(LocalDate.of(2024, 2, 15), prog().madeOn().orElseThrow());
    assertEquals(LocalDate.of(2027, 12, 31), prog().due().orElseThrow());
    assertEquals("2024-01-01", prog().attributes().get("iati:activity-date:1"));
  }

  @Test
  void actualEndIsAMilestoneDoneOnThatDay() {
    Commitment proj = MODEL.commitment(CommitmentId.of(PROJ)).orElseThrow();
    assertEquals(LocalDate.of(2025, 9, 30), proj.milestones().get(0).done().orElseThrow());
    assertEquals(LocalDate.of(2025, 6, 30), proj.milestones().get(0).due());
  }

  @Test
  void aParentDependsOnItsChildWhetherTheParentOrTheChildDeclaresIt() {
    assertEquals(Set.of(CommitmentId.of(PROJ)), prog().dependsOn());
    assertTrue(MODEL.commitment(CommitmentId.of(PROJ)).orElseThrow().dependsOn().isEmpty());
  }

  @Test
  void siblingsAndUnreadRelatedActivitiesStayAsAttributes() {
    assertEquals("XM-DAC-41114-PROG-9", prog().attributes().get("iati:related-activity:3"));
    assertTrue(prog().attributes().get("iati:related-activity:2")
        .contains("XM-DAC-41114-NOT-READ"));
  }

  @Test
  void hierarchyIsKeptAsAnAttribute() {
    assertEquals("1", prog().attributes().get("iati:hierarchy"));
  }

  @Test
  void theReportingOrgMadeTheCommitment() {
    assertEquals(AgencyId.of("XM-DAC-41114"), prog().madeBy().orElseThrow());
  }

  @Test
  void participatingOrgsAreAgenciesMergedByRefWithTheRefKept() {
    assertEquals(5, MODEL.agencies().size());
    var undp = MODEL.agency(AgencyId.of("XM-DAC-41114")).orElseThrow();
    assertEquals("XM-DAC-41114", undp.attributes().get("iati:ref"));
    assertEquals("40", undp.attributes().get("iati:organisation-type"));
  }

  @Test
  void organisationTypesMapToKindAndLevelIncludingMultilaterals() {
    Map<String, String> kinds = MODEL.agencies().stream().collect(Collectors.toMap(
        a -> a.id().value(), a -> a.kind() + "/" + a.level()));
    assertEquals(Map.of(
        "GB-GOV-1", AgencyKind.DEPARTMENT + "/" + GovernmentLevel.NATIONAL,
        "XM-DAC-41114", AgencyKind.CROWN_ENTITY + "/" + GovernmentLevel.INTERNATIONAL,
        "XI-IATI-INGO-7", AgencyKind.NGO + "/" + GovernmentLevel.INTERNATIONAL,
        "NP-SWC-1", AgencyKind.MUNICIPALITY + "/" + GovernmentLevel.LOCAL,
        "name:village registrars cooperative",
        AgencyKind.COMMUNITY_PROVIDER + "/" + GovernmentLevel.NON_GOVERNMENTAL), kinds);
  }

  @Test
  void numericRoleCodesMapToFunderAccountableExtendingAndImplementer() {
    Set<String> roles = MODEL.rolesOn(CommitmentId.of(PROG)).stream()
        .map(r -> r.party().value() + " " + r.role()).collect(Collectors.toSet());
    assertEquals(Set.of("GB-GOV-1 FUNDER", "XM-DAC-41114 ACCOUNTABLE", "XM-DAC-41114 EXTENDING",
        "XI-IATI-INGO-7 IMPLEMENTER", "NP-SWC-1 IMPLEMENTER",
        "name:village registrars cooperative IMPLEMENTER"), roles);
    assertEquals(Role.of("EXTENDING"), IatiCodes.EXTENDING);
  }

  @Test
  void resultsAreOutcomesAtTheirLevelsServedByTheCommitment() {
    List<OutcomeLevel> levels = prog().outcomes().stream()
        .map(o -> MODEL.outcome(o).orElseThrow().level()).toList();
    assertEquals(List.of(OutcomeLevel.IMPACT, OutcomeLevel.OUTCOME, OutcomeLevel.OUTPUT,
        OutcomeLevel.OUTCOME), levels);
  }

  @Test
  void resultTypeOtherReadsAsAnOutcomeWithItsCodeKept() {
    assertEquals("9", MODEL.outcome(OutcomeId.of(PROG + "/result/4")).orElseThrow()
        .attributes().get("iati:result-type"));
  }

  @Test
  void aggregationStatusSetsWhetherTheIndicatorsMayBeAggregated() {
    assertFalse(indicator(1, 1).aggregable());
    assertTrue(indicator(2, 1).aggregable());
  }

  @Test
  void measureAndAscendingMapToMeasureTypeAndDirection() {
    assertEquals(MeasureType.PERCENTAGE, indicator(1, 1).measureType());
    assertEquals(Direction.ASCENDING, indicator(1, 1).direction());
    assertEquals(MeasureType.UNIT, indicator(2, 1).measureType());
    assertEquals(Direction.DESCENDING, indicator(2, 1).direction());
    assertEquals(MeasureType.QUALITATIVE, indicator(3, 1).measureType());
  }

  @Test
  void indicatorsMeasureTheirOutcomeAndCommitment() {
    assertEquals(Set.of(OutcomeId.of(PROG + "/result/1")), indicator(1, 1).outcomes());
    assertEquals(Set.of(CommitmentId.of(PROG)), indicator(1, 1).commitments());
  }

  @Test
  void referenceVocabulariesAreKeptAsAttributes() {
    assertEquals("1:16.9.1 https://unstats.un.org/sdgs/metadata/",
        indicator(1, 1).attributes().get("iati:reference:1"));
  }

  @Test
  void theFirstPlainBaselineIsTheBaselineAndOthersAreAttributes() {
    Indicator i = indicator(1, 1);
    assertEquals(61.5, i.baseline().orElseThrow().value());
    assertEquals(LocalDate.of(2022, 6, 30), i.baseline().orElseThrow().date());
    assertEquals("date=2022-01-01;value=48;area=rural", i.attributes().get("iati:baseline:2"));
  }

  @Test
  void aBaselineWithOnlyAYearIsDatedTheFirstOfJanuary() {
    assertEquals(LocalDate.of(2023, 1, 1), indicator(2, 1).baseline().orElseThrow().date());
  }

  @Test
  void periodTargetsAreTargetsDueAtThePeriodEndInTheIndicatorsDirection() {
    Indicator up = indicator(1, 1);
    assertEquals(2, up.targets().size());
    assertEquals(LocalDate.of(2024, 12, 31), up.targets().get(0).date());
    assertEquals(TargetKind.AT_LEAST, up.targets().get(0).kind());
    assertEquals(70.0, up.targets().get(0).low());
    assertEquals(TargetKind.AT_MOST, indicator(2, 1).targets().get(0).kind());
    assertEquals("2024-01-01/2024-12-31", up.attributes().get("iati:target-period:2024-12-31"));
  }

  @Test
  void aDisaggregatedTargetIsKeptAsAnAttribute() {
    assertEquals("period=2024-01-01/2024-12-31;value=60;area=rural",
        indicator(1, 1).attributes().get("iati:target:2024-01-01/2024-12-31:2"));
  }

  @Test
  void actualsAreMeasurementsWithDimensionsAndLocations() {
    MeasurementSeries s = MODEL.measurements(indicator(1, 1).id());
    assertEquals(3, s.size());
    List<Measurement> ms = java.util.stream.IntStream.range(0, s.size()).mapToObj(s::get).toList();
    Measurement rural = ms.stream().filter(m -> !m.isTotal()).findFirst().orElseThrow();
    assertEquals(52.0, rural.value());
    assertEquals(Map.of("area", "rural", "location", "NP-3"), rural.dimensions());
    assertEquals(LocalDate.of(2024, 1, 1), rural.periodStart());
    assertEquals(LocalDate.of(2024, 12, 31), rural.periodEnd());
  }

  @Test
  void aQualitativeActualWithoutAValueIsKeptWithItsComment() {
    Indicator q = indicator(3, 1);
    assertEquals(0, MODEL.measurements(q.id()).size());
    assertEquals("Trainees rate the course as good.",
        q.attributes().get("iati:actual-comment:2024-01-01/2024-06-30:1"));
  }

  @Test
  void transactionsAndBudgetsAreContributionsToTheCommitment() {
    List<String> cs = MODEL.contributionsTo(CommitmentId.of(PROG)).stream()
        .map(c -> c.party() + " " + c.kind() + " " + c.amount().toPlainString() + " " + c.unit()
            + " " + c.from().map(Object::toString).orElse("-") + "/"
            + c.to().map(Object::toString).orElse("-") + " by " + c.reporter().orElseThrow())
        .toList();
    assertEquals(List.of(
        "XM-DAC-41114 BUDGET 500000 USD 2024-01-01/2024-12-31 by XM-DAC-41114",
        "XM-DAC-41114 BUDGET 250000.5 USD 2025-01-01/2025-12-31 by XM-DAC-41114",
        "XM-DAC-41114 COMMITTED_FUNDING 400000 USD 2024-01-10/2024-01-10 by XM-DAC-41114",
        "XM-DAC-41114 FUNDING 80000 EUR 2024-06-10/2024-06-10 by XM-DAC-41114",
        "XM-DAC-41114 FUNDING 120000 USD 2024-03-10/2024-03-10 by XM-DAC-41114"), cs);
    assertTrue(MODEL.contributionsTo(CommitmentId.of(PROJ)).isEmpty());
  }

  @Test
  void noTransactionTotalsAreLeftInTheCommitmentsAttributes() {
    assertTrue(prog().attributes().keySet().stream()
        .noneMatch(k -> k.startsWith("iati:transaction") || k.startsWith("iati:budget")),
        () -> prog().attributes().toString());
  }

  @Test
  void aDescendingCountAchievedAtZeroIsAWarning() {
    assertEquals(1, RESULT.report().warningCount("descending-count-achieved-at-zero"));
    var w = RESULT.report().warnings().stream()
        .filter(x -> x.code().equals("descending-count-achieved-at-zero")).findFirst()
        .orElseThrow();
    assertEquals(PROG, w.location().activity());
    assertTrue(w.location().path().endsWith("result[2]/indicator[1]/period[1]/actual[1]"));
  }

  @Test
  void aPercentageAbove100IsAWarning() {
    assertEquals(1, RESULT.report().warningCount("percentage-out-of-range"));
  }

  @Test
  void anOrganisationWithoutRefIsMergedByNameWithAWarning() {
    assertEquals(1, RESULT.report().warningCount("organisation-without-ref"));
  }
}
