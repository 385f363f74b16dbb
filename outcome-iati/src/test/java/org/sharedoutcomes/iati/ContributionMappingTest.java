package org.sharedoutcomes.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.ContributionKind;
import org.sharedoutcomes.iati.LossReport.Disposition;

/** Transactions and budgets to contributions: every rule, its edge and its neighbour. */
class ContributionMappingTest {
  private static final String A = "/iati-activities/iati-activity";
  private static final CommitmentId ID = CommitmentId.of("A");
  private static final String REPORTING =
      "<reporting-org ref=\"R\" type=\"10\"><narrative>Reporter</narrative></reporting-org>";

  /** One 2.03 activity with a default currency and a reporting-org. */
  private static IatiResult v2(String inner) {
    return read("<iati-activities version=\"2.03\"><iati-activity default-currency=\"USD\">"
        + "<iati-identifier>A</iati-identifier>" + REPORTING
        + "<title><narrative>T</narrative></title>" + inner
        + "</iati-activity></iati-activities>");
  }

  /** One 1.05 activity with a default currency and a reporting-org. */
  private static IatiResult v1(String inner) {
    return read("<iati-activities version=\"1.05\"><iati-activity default-currency=\"GBP\">"
        + "<iati-identifier>A</iati-identifier><reporting-org ref=\"R\" type=\"10\">Reporter"
        + "</reporting-org><title>T</title>" + inner + "</iati-activity></iati-activities>");
  }

  private static IatiResult read(String xml) {
    return IatiReader.standard().read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "inline.xml");
  }

  private static String transaction(String type, String value, String extra) {
    return "<transaction><transaction-type code=\"" + type + "\"/><transaction-date iso-date="
        + "\"2024-05-01\"/><value value-date=\"2024-05-02\">" + value + "</value>" + extra
        + "</transaction>";
  }

  private static List<Contribution> contributions(IatiResult r) {
    return r.model().contributionsTo(ID);
  }

  private static Contribution only(IatiResult r) {
    List<Contribution> cs = contributions(r);
    assertEquals(1, cs.size(), () -> cs.toString());
    return cs.get(0);
  }

  static Stream<Arguments> contributingTypes() {
    return Stream.of(
        Arguments.of("1", "IF", ContributionKind.FUNDING, true),
        Arguments.of("2", "C", IatiCodes.COMMITTED_FUNDING, false),
        Arguments.of("3", "D", ContributionKind.FUNDING, false),
        Arguments.of("4", "E", ContributionKind.FUNDING, false),
        Arguments.of("7", "R", ContributionKind.FUNDING, false),
        Arguments.of("11", "", IatiCodes.COMMITTED_FUNDING, true),
        Arguments.of("12", "", IatiCodes.PLEDGED_FUNDING, false),
        Arguments.of("13", "", IatiCodes.PLEDGED_FUNDING, true));
  }

  @ParameterizedTest(name = "2.0x type {0} is {2}")
  @MethodSource("contributingTypes")
  void aContributingTypeIsAContributionOfItsKind(String code, String text,
      ContributionKind kind, boolean incoming) {
    IatiResult r = v2(transaction(code, "100", "<provider-org ref=\"F\" type=\"10\">"
        + "<narrative>Funder</narrative></provider-org>"));
    Contribution c = only(r);
    assertEquals(kind, c.kind());
    assertEquals(AgencyId.of("F"), c.party());
    assertEquals(code, c.attributes().get("iati:transaction-type"));
    assertEquals(incoming, IatiCodes.TRANSACTION_TYPE.toLibrary(code).orElseThrow().incoming());
    assertEquals(0, r.report().warningCount("code-of-other-generation"));
  }

  @ParameterizedTest(name = "1.0x type {1} is {2}")
  @MethodSource("contributingTypes")
  void aFirstGenerationTextCodeIsTheContributionOfItsNumericCode(String code, String text,
      ContributionKind kind, boolean incoming) {
    if (text.isEmpty()) {
      // types 11 to 13 came with 2.02 and 2.03: a 1.0x file has only its numeric code
      IatiResult r = v1(transaction(code, "100", "<provider-org ref=\"F\">Funder</provider-org>"));
      assertEquals(kind, only(r).kind());
      assertEquals(1, r.report().warningCount("code-of-other-generation"));
      return;
    }
    IatiResult r = v1(transaction(text, "100", "<provider-org ref=\"F\">Funder</provider-org>"));
    Contribution c = only(r);
    assertEquals(kind, c.kind());
    assertEquals("GBP", c.unit());
    assertEquals(text, c.attributes().get("iati:transaction-type"));
    assertEquals(0, r.report().warningCount("code-of-other-generation"));
  }

  static Stream<Arguments> flowsBack() {
    return Stream.of(Arguments.of("5", "IR"), Arguments.of("6", "LR"), Arguments.of("8", "QP"),
        Arguments.of("9", "QS"), Arguments.of("10", "CG"));
  }

  @ParameterizedTest(name = "type {0} / {1} is not a contribution")
  @MethodSource("flowsBack")
  void aFlowBackOrAnInstrumentIsNoContributionButAnAttributeAndALoss(String code, String text) {
    for (IatiResult r : List.of(v2(transaction(code, "100", "")),
        v1(transaction(text, "100", "")))) {
      assertTrue(contributions(r).isEmpty());
      String kept = r.model().commitment(ID).orElseThrow().attributes()
          .get("iati:transaction:1");
      assertTrue(kept.startsWith("type=") && kept.contains(";value=100;")
          && kept.contains(";date=2024-05-01") && kept.contains("value-date=2024-05-02"), kept);
      Disposition d = Disposition.KEPT_AS_ATTRIBUTE;
      assertEquals(1, r.report().count(A + "/transaction", d));
      assertTrue(r.report().losses(A + "/transaction", d).get(0).note()
          .contains("not a contribution"));
      assertEquals(0, r.report().warningCount("code-of-other-generation"));
    }
  }

  @Test
  void aTextCodeInASecondGenerationFileIsReadWithAWarning() {
    IatiResult r = v2(transaction("D", "100", ""));
    assertEquals(ContributionKind.FUNDING, only(r).kind());
    assertEquals(1, r.report().warningCount("code-of-other-generation"));
  }

  @Test
  void anUnknownOrMissingTypeIsNoContributionWithAWarning() {
    IatiResult unknown = v2(transaction("99", "100", ""));
    assertTrue(contributions(unknown).isEmpty());
    assertEquals(1, unknown.report().warningCount("unknown-code"));
    IatiResult missing = v2("<transaction><value>5</value></transaction>");
    assertTrue(contributions(missing).isEmpty());
    assertEquals(1, missing.report().warningCount("missing-code"));
    assertEquals("type=;value=5;currency=USD", missing.model().commitment(ID).orElseThrow()
        .attributes().get("iati:transaction:1"));
  }

  @Test
  void theValuesCurrencyWinsOverTheDefaultCurrency() {
    IatiResult r = v2("<transaction><transaction-type code=\"3\"/><value currency=\"EUR\">7"
        + "</value></transaction>");
    assertEquals("EUR", only(r).unit());
    assertEquals(Optional.of(java.util.Currency.getInstance("EUR")), only(r).currency());
  }

  @Test
  void withoutAValueCurrencyTheDefaultCurrencyIsTheUnit() {
    assertEquals("USD", only(v2(transaction("3", "7", ""))).unit());
  }

  @Test
  void withNeitherCurrencyNoCurrencyIsGuessedTheTransactionIsALoss() {
    IatiResult r = read("<iati-activities version=\"2.03\"><iati-activity><iati-identifier>A"
        + "</iati-identifier>" + REPORTING + transaction("3", "7", "") + "<budget type=\"1\">"
        + "<period-start iso-date=\"2024-01-01\"/><period-end iso-date=\"2024-12-31\"/>"
        + "<value>9</value></budget></iati-activity></iati-activities>");
    assertTrue(contributions(r).isEmpty());
    assertEquals(2, r.report().warningCount("missing-currency"));
    var attrs = r.model().commitment(ID).orElseThrow().attributes();
    assertFalse(attrs.get("iati:transaction:1").contains("currency="));
    assertEquals("type=1;period=2024-01-01/2024-12-31;value=9", attrs.get("iati:budget:1"));
    assertTrue(r.report().losses(A + "/transaction", Disposition.KEPT_AS_ATTRIBUTE).get(0)
        .note().contains("no currency and no default-currency"));
    assertEquals(1, r.report().count(A + "/budget", Disposition.KEPT_AS_ATTRIBUTE));
  }

  @Test
  void aCurrencyNotInIso4217IsKeptAsWrittenWithAWarning() {
    IatiResult r = v2("<transaction><transaction-type code=\"3\"/><value currency=\"usd\">7"
        + "</value></transaction>");
    assertEquals("usd", only(r).unit());
    assertEquals(1, r.report().warningCount("unknown-code"));
  }

  @Test
  void aNegativeTransactionIsNeverNettedButWarnedAndKept() {
    IatiResult r = v2(transaction("3", "100", "") + transaction("3", "-40", ""));
    Contribution c = only(r);
    assertEquals("100", c.amount().toPlainString());
    assertEquals(1, r.report().warningCount("negative-value"));
    assertTrue(r.model().commitment(ID).orElseThrow().attributes().get("iati:transaction:2")
        .contains(";value=-40;"));
    assertTrue(r.report().losses(A + "/transaction", Disposition.KEPT_AS_ATTRIBUTE).get(0)
        .note().contains("negative value"));
  }

  @Test
  void aZeroTransactionIsAContributionOfZero() {
    IatiResult r = v2(transaction("3", "0.00", ""));
    assertEquals(BigDecimal.ZERO, only(r).amount());
    assertEquals(0, r.report().warningCount("negative-value"));
  }

  @Test
  void aNegativeBudgetIsWarnedAndKept() {
    IatiResult r = v2("<budget type=\"1\"><period-start iso-date=\"2024-01-01\"/><period-end "
        + "iso-date=\"2024-12-31\"/><value>-5</value></budget>");
    assertTrue(contributions(r).isEmpty());
    assertEquals(1, r.report().warningCount("negative-value"));
    assertEquals("type=1;period=2024-01-01/2024-12-31;value=-5;currency=USD",
        r.model().commitment(ID).orElseThrow().attributes().get("iati:budget:1"));
  }

  @Test
  void theProviderIsThePartyMergedByRefWithTheParticipatingOrganisation() {
    IatiResult r = v2("<participating-org ref=\"F\" type=\"10\" role=\"1\"><narrative>Funder"
        + "</narrative></participating-org>" + transaction("1", "100",
        "<provider-org ref=\"F\"><narrative>Funder, as the transaction names it</narrative>"
        + "</provider-org>"));
    assertEquals(AgencyId.of("F"), only(r).party());
    assertEquals(2, r.model().agencies().size());
    assertEquals("Funder", r.model().agency(AgencyId.of("F")).orElseThrow().name());
    assertEquals(0, r.report().warningCount("missing-code"));
  }

  @Test
  void aProviderKnownOnlyFromTheTransactionIsANewAgency() {
    IatiResult r = v2(transaction("1", "100", "<provider-org ref=\"NEW\" type=\"21\" "
        + "provider-activity-id=\"NEW-1\"><narrative>New</narrative></provider-org>"));
    assertEquals(AgencyId.of("NEW"), only(r).party());
    assertEquals("21", r.model().agency(AgencyId.of("NEW")).orElseThrow().attributes()
        .get("iati:organisation-type"));
    assertEquals("NEW-1", only(r).attributes().get("iati:provider-activity-id"));
  }

  @Test
  void aProviderWithoutRefIsMergedByNameWithAWarning() {
    IatiResult r = v2(transaction("1", "100", "<provider-org type=\"60\"><narrative>Gates  "
        + "Foundation</narrative></provider-org>"));
    assertEquals(AgencyId.of("name:gates foundation"), only(r).party());
    assertEquals(1, r.report().warningCount("organisation-without-ref"));
  }

  @Test
  void anOutgoingTransactionWithoutProviderIsTheReportingOrganisationsSaidSo() {
    Contribution c = only(v2(transaction("3", "100", "")));
    assertEquals(AgencyId.of("R"), c.party());
    assertEquals("reporting-org", c.attributes().get("iati:provider-implied"));
  }

  @Test
  void anOutgoingTransactionWithAProviderImpliesNothing() {
    Contribution c = only(v2(transaction("3", "100", "<provider-org ref=\"R\"/>")));
    assertEquals(AgencyId.of("R"), c.party());
    assertFalse(c.attributes().containsKey("iati:provider-implied"));
  }

  @Test
  void anIncomingTransactionWithoutProviderIsNoContribution() {
    IatiResult r = v2(transaction("1", "100", ""));
    assertTrue(contributions(r).isEmpty());
    assertEquals(1, r.report().warningCount("transaction-without-provider"));
    assertTrue(r.model().commitment(ID).orElseThrow().attributes()
        .containsKey("iati:transaction:1"));
  }

  @Test
  void anOutgoingTransactionWithoutProviderOrReportingOrgIsNoContribution() {
    IatiResult r = Fixtures.readString(Fixtures.activity("A", transaction("3", "100", "")
        .replace("<value ", "<value currency=\"USD\" ")));
    assertTrue(contributions(r).isEmpty());
    assertEquals(1, r.report().warningCount("transaction-without-provider"));
  }

  @Test
  void theReceiverIsAnAgencyLinkedByAnAttribute() {
    IatiResult r = v2(transaction("3", "100", "<receiver-org ref=\"IMP\" type=\"22\" "
        + "receiver-activity-id=\"IMP-9\"><narrative>Implementer</narrative></receiver-org>"));
    Contribution c = only(r);
    assertEquals(AgencyId.of("R"), c.party());
    assertEquals("IMP", c.attributes().get("iati:receiver-org"));
    assertEquals("IMP-9", c.attributes().get("iati:receiver-activity-id"));
    assertTrue(r.model().agency(AgencyId.of("IMP")).isPresent());
    assertEquals(1, r.report().count(A + "/transaction/receiver-org",
        Disposition.KEPT_AS_ATTRIBUTE));
  }

  @Test
  void theTransactionDateIsTheContributionsDayAndTheValueDateAnAttribute() {
    Contribution c = only(v2(transaction("3", "100", "")));
    assertEquals(Optional.of(LocalDate.of(2024, 5, 1)), c.from());
    assertEquals(Optional.of(LocalDate.of(2024, 5, 1)), c.to());
    assertEquals("2024-05-02", c.attributes().get("iati:value-date"));
  }

  @Test
  void withoutATransactionDateTheContributionHasNoPeriodAndAWarning() {
    IatiResult r = v2("<transaction><transaction-type code=\"3\"/><value value-date="
        + "\"2024-05-02\">7</value></transaction>");
    assertTrue(only(r).from().isEmpty());
    assertTrue(only(r).to().isEmpty());
    assertEquals(1, r.report().warningCount("transaction-without-date"));
  }

  @Test
  void theReportingOrganisationIsTheReporter() {
    assertEquals(Optional.of(AgencyId.of("R")), only(v2(transaction("3", "1", ""))).reporter());
  }

  @Test
  void codesAndTheDescriptionAreKeptAsAttributesAndOtherPartsAreDropped() {
    IatiResult r = v2(transaction("3", "100", "<description><narrative>First tranche"
        + "</narrative></description><flow-type code=\"10\"/><finance-type code=\"110\"/>"
        + "<aid-type code=\"C01\" vocabulary=\"1\"/><aid-type code=\"1\" vocabulary=\"2\"/>"
        + "<tied-status code=\"5\"/><disbursement-channel code=\"1\"/><sector code=\"151\"/>")
        .replace("<transaction>", "<transaction ref=\"T-1\">"));
    Contribution c = only(r);
    assertEquals("First tranche", c.attributes().get("iati:description"));
    assertEquals("10", c.attributes().get("iati:flow-type"));
    assertEquals("110", c.attributes().get("iati:finance-type"));
    assertEquals("1:C01 2:1", c.attributes().get("iati:aid-type"));
    assertEquals("5", c.attributes().get("iati:tied-status"));
    assertEquals("1", c.attributes().get("iati:disbursement-channel"));
    assertEquals("T-1", c.attributes().get("iati:transaction-ref"));
    assertEquals(1, r.report().count(A + "/transaction/sector", Disposition.DROPPED));
    assertEquals(1, r.report().count(A + "/transaction/@ref", Disposition.KEPT_AS_ATTRIBUTE));
  }

  @Test
  void aBudgetIsAContributionOfTheReportingOrganisationOverItsPeriod() {
    IatiResult r = v2("<budget type=\"1\" status=\"2\"><period-start iso-date=\"2024-01-01\"/>"
        + "<period-end iso-date=\"2024-12-31\"/><value currency=\"EUR\" value-date="
        + "\"2024-01-01\">500</value></budget>");
    Contribution c = only(r);
    assertEquals(IatiCodes.BUDGET, c.kind());
    assertEquals(AgencyId.of("R"), c.party());
    assertEquals(Optional.of(AgencyId.of("R")), c.reporter());
    assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), c.from());
    assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), c.to());
    assertEquals("EUR", c.unit());
    assertEquals("2", c.attributes().get("iati:budget-status"));
    assertEquals("1", c.attributes().get("iati:budget-type"));
  }

  @Test
  void aRevisedBudgetIsAKindOfItsOwnSoItIsNotAddedToTheOriginal() {
    IatiResult r = v2(budget("1", "500") + budget("2", "650"));
    assertEquals(List.of(IatiCodes.BUDGET, IatiCodes.REVISED_BUDGET),
        contributions(r).stream().map(Contribution::kind).toList());
  }

  @Test
  void aBudgetOfUnknownTypeIsNoContributionWithAWarning() {
    IatiResult r = v2(budget("7", "500"));
    assertTrue(contributions(r).isEmpty());
    assertEquals(1, r.report().warningCount("unknown-code"));
  }

  @Test
  void aBudgetWithoutTypeIsOriginalWithAWarningIn2xAndSilentlyIn1x() {
    IatiResult second = v2(budget("", "5").replace(" type=\"\"", ""));
    assertEquals(IatiCodes.BUDGET, only(second).kind());
    assertEquals(1, second.report().warningCount("missing-code"));
    IatiResult first = v1(budget("", "5").replace(" type=\"\"", ""));
    assertEquals(IatiCodes.BUDGET, only(first).kind());
    assertEquals("GBP", only(first).unit());
    assertEquals(0, first.report().warningCount("missing-code"));
  }

  @Test
  void aBudgetWithoutReportingOrgIsNoContribution() {
    IatiResult r = Fixtures.readString(Fixtures.activity("A", budget("1", "5")
        .replace("<value>", "<value currency=\"USD\">")));
    assertTrue(contributions(r).isEmpty());
    assertEquals(1, r.report().warningCount("budget-without-reporting-org"));
  }

  @Test
  void aBudgetEndingBeforeItStartsMakesTheActivityMalformed() {
    IatiResult r = v2("<budget type=\"1\"><period-start iso-date=\"2024-12-31\"/><period-end "
        + "iso-date=\"2024-01-01\"/><value>5</value></budget>");
    assertEquals(1, r.report().malformedCount());
    assertTrue(r.report().malformed().get(0).reason().contains("budget period ends"));
  }

  @Test
  void aBudgetOfOneDayIsAContribution() {
    IatiResult r = v2("<budget type=\"1\"><period-start iso-date=\"2024-01-01\"/><period-end "
        + "iso-date=\"2024-01-01\"/><value>5</value></budget>");
    assertEquals(only(r).from(), only(r).to());
  }

  @Test
  void aTransactionWithABadValueMakesTheActivityMalformed() {
    IatiResult r = v2(transaction("3", "lots", ""));
    assertEquals(1, r.report().malformedCount());
  }

  @Test
  void theSameProviderInTwoActivitiesIsOneAgency() {
    String provider = "<provider-org ref=\"F\" type=\"10\"><narrative>Funder</narrative>"
        + "</provider-org>";
    IatiResult r = read("<iati-activities version=\"2.03\">"
        + "<iati-activity default-currency=\"USD\"><iati-identifier>A</iati-identifier>"
        + REPORTING + transaction("1", "1", provider) + "</iati-activity>"
        + "<iati-activity default-currency=\"USD\"><iati-identifier>B</iati-identifier>"
        + REPORTING + transaction("1", "2", provider) + "</iati-activity></iati-activities>");
    assertEquals(2, r.model().contributionsOf(AgencyId.of("F")).size());
    assertEquals(2, r.model().agencies().size());
    assertEquals(0, r.report().warningCount("organisation-differs"));
  }

  @Test
  void aDuplicateActivityBringsNoContributions() {
    String act = "<iati-activity default-currency=\"USD\"><iati-identifier>A</iati-identifier>"
        + REPORTING + transaction("3", "1", "") + "</iati-activity>";
    IatiResult r = read("<iati-activities version=\"2.03\">" + act + act
        + "</iati-activities>");
    assertEquals(1, contributions(r).size());
  }

  private static String budget(String type, String value) {
    return "<budget type=\"" + type + "\"><period-start iso-date=\"2024-01-01\"/><period-end "
        + "iso-date=\"2024-12-31\"/><value>" + value + "</value></budget>";
  }
}
