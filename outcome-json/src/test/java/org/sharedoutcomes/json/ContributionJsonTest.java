package org.sharedoutcomes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.ContributionKind;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.testkit.RandomModels;

/** Contributions in the JSON format: their form, exact amounts, viewers and located errors. */
class ContributionJsonTest {
  private static final OutcomeJson JSON = OutcomeJson.standard();
  private static final String HEAD = "{\"format\":\"sharedoutcomes/1\","
      + "\"agencies\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"DEPARTMENT\",\"level\":\"NATIONAL\"}],"
      + "\"commitments\":[{\"id\":\"c\",\"title\":\"C\"}],\n\"contributions\":[";

  private static OutcomeModel model(Contribution... contributions) {
    OutcomeModel.Builder b = OutcomeModel.builder()
        .agency(Agency.of("a", "A", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL))
        .agency(Agency.of("t", "T", AgencyKind.CENTRAL_AGENCY, GovernmentLevel.NATIONAL))
        .person(Person.of("p", "P", "a"))
        .outcome(Outcome.builder("o", "O", OutcomeLevel.OUTCOME).build())
        .commitment(Commitment.builder("c", "C").build());
    for (Contribution c : contributions) {
      b.contribution(c);
    }
    return b.build();
  }

  private static Contribution funding(String amount) {
    return Contribution.of(AgencyId.of("a"), CommitmentId.of("c"), ContributionKind.FUNDING,
        new BigDecimal(amount), "CAD");
  }

  private static OutcomeFormatException failure(String contribution) {
    return assertThrows(OutcomeFormatException.class,
        () -> JSON.read(HEAD + contribution + "]}"));
  }

  @Test
  void writesEveryFieldInDeclarationOrderAfterTheOtherSections() {
    Contribution c = Contribution.builder(PersonId.of("p"), OutcomeId.of("o"),
            ContributionKind.of("DATA"), new BigDecimal("12.50"), "person-days")
        .from(LocalDate.of(2025, 4, 1)).to(LocalDate.of(2026, 3, 31))
        .reporter(AgencyId.of("t")).attribute("source", "budget").build();
    String text = JSON.write(model(c));
    assertTrue(text.endsWith(",\"contributions\":[{\"party\":{\"person\":\"p\"},"
        + "\"target\":{\"outcome\":\"o\"},\"kind\":\"DATA\",\"amount\":12.5,"
        + "\"unit\":\"person-days\",\"from\":\"2025-04-01\",\"to\":\"2026-03-31\","
        + "\"reporter\":\"t\",\"attributes\":{\"source\":\"budget\"}}]}"), text);
    assertEquals(model(c), JSON.read(text));
  }

  @Test
  void aModelWithoutContributionsHasNoSection() {
    String text = JSON.write(model());
    assertFalse(text.contains("contributions"), text);
  }

  @ParameterizedTest(name = "{0} is written {1}")
  @CsvSource(delimiter = ';', value = {
      "2500000; 2500000",
      "0; 0",
      "0.000001; 0.000001",
      "0.0000001; 1E-7",
      "123456789012345; 123456789012345",
      "1234567890123456; \"1234567890123456\"",
      "0.1234567890123456789; \"0.1234567890123456789\"",
      "1E+21; 1E+21",
      "999999999999999E+6; 999999999999999000000"})
  void writesAnAmountAsANumberDoublesHoldExactlyAndAsAStringOtherwise(String amount,
      String written) {
    OutcomeModel m = model(funding(amount));
    String text = JSON.write(m);
    assertTrue(text.contains("\"amount\":" + written + ","), text);
    assertEquals(m, JSON.read(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "2500000.50; 2500000.5",
      "\"2500000.50\"; 2500000.5",
      "1e3; 1000",
      "\"0.30000000000000000000000001\"; 0.30000000000000000000000001",
      "0.30000000000000000000000001; 0.30000000000000000000000001"})
  void readsAnAmountExactlyAsANumberOrAString(String json, String amount) {
    OutcomeModel m = JSON.read(HEAD + "{\"party\":{\"agency\":\"a\"},\"target\":"
        + "{\"commitment\":\"c\"},\"kind\":\"FUNDING\",\"amount\":" + json
        + ",\"unit\":\"CAD\"}]}");
    assertEquals(0, new BigDecimal(amount).compareTo(m.contributions().get(0).amount()));
    assertEquals(new BigDecimal(amount).stripTrailingZeros(),
        m.contributions().get(0).amount());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "-5; \"amount\" must not be negative, was -5; /contributions/0/amount",
      "\"-0.5\"; \"amount\" must not be negative, was -0.5; /contributions/0/amount",
      "\"lots\"; \"amount\" is \"lots\", not a decimal number; /contributions/0/amount",
      "true; expected a number (or a decimal number in a string), found a boolean;"
          + " /contributions/0/amount"})
  void rejectsABadAmountAtIt(String amount, String reason, String pointer) {
    OutcomeFormatException e = failure("{\"party\":{\"agency\":\"a\"},\"target\":"
        + "{\"commitment\":\"c\"},\"kind\":\"FUNDING\",\"amount\":" + amount
        + ",\"unit\":\"CAD\"}");
    assertTrue(e.reason().contains(reason), e.reason());
    assertEquals(pointer, e.pointer());
    assertEquals(2, e.line());
    assertTrue(e.column() > 40, "column " + e.column());
  }

  @Test
  void rejectsABadKindAtIt() {
    OutcomeFormatException e = failure("{\"party\":{\"agency\":\"a\"},\"target\":"
        + "{\"commitment\":\"c\"},\"kind\":\"funding\",\"amount\":1,\"unit\":\"CAD\"}");
    assertTrue(e.reason().contains("contribution kind 'funding' must be an upper-case word"),
        e.reason());
    assertEquals("/contributions/0/kind", e.pointer());
    assertEquals(2, e.line());
  }

  @Test
  void rejectsAnEndBeforeTheStart() {
    OutcomeFormatException e = failure("{\"party\":{\"agency\":\"a\"},\"target\":"
        + "{\"commitment\":\"c\"},\"kind\":\"FUNDING\",\"amount\":1,\"unit\":\"CAD\","
        + "\"from\":\"2025-04-01\",\"to\":\"2025-03-31\"}");
    assertTrue(e.reason().contains("a contribution's \"to\" (2025-03-31) is before its"
        + " \"from\" (2025-04-01)"), e.reason());
    assertTrue(e.pointer().startsWith("/contributions/0"), e.pointer());
    assertEquals(2, e.line());
  }

  @Test
  void rejectsAPartyGivenTwoWays() {
    OutcomeFormatException e = failure("{\"party\":{\"agency\":\"a\",\"person\":\"p\"},"
        + "\"target\":{\"commitment\":\"c\"},\"kind\":\"FUNDING\",\"amount\":1,\"unit\":\"CAD\"}");
    assertTrue(e.reason().contains("a party is either {\"agency\": id} or {\"person\": id},"
        + " not both"), e.reason());
    assertEquals("/contributions/0/party/person", e.pointer());
  }

  @Test
  void rejectsAMissingRequiredField() {
    OutcomeFormatException e = failure("{\"party\":{\"agency\":\"a\"},"
        + "\"target\":{\"commitment\":\"c\"},\"kind\":\"FUNDING\",\"amount\":1}");
    assertTrue(e.reason().contains("contribution is missing the required field \"unit\""),
        e.reason());
    assertEquals("/contributions/0", e.pointer());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = ';', value = {
      "{\"agency\":\"nobody\"}; {\"commitment\":\"c\"}; ; party;"
          + " refers to agency 'nobody', which the model does not have",
      "{\"agency\":\"a\"}; {\"commitment\":\"gone\"}; ; target;"
          + " is to commitment 'gone', which the model does not have",
      "{\"agency\":\"a\"}; {\"outcome\":\"gone\"}; ; target;"
          + " is to outcome 'gone', which the model does not have",
      "{\"agency\":\"a\"}; {\"commitment\":\"c\"}; ,\"reporter\":\"nobody\"; reporter;"
          + " is reported by agency 'nobody', which the model does not have"})
  void locatesAnUnknownPartyTargetOrReporterAtTheContribution(String party, String target,
      String extra, String field, String message) {
    String ok = "{\"party\":{\"agency\":\"a\"},\"target\":{\"commitment\":\"c\"},"
        + "\"kind\":\"STAFF\",\"amount\":2,\"unit\":\"FTE\"}";
    OutcomeFormatException e = failure(ok + ",\n" + ok.replace("FTE", "EUR") + ",\n"
        + "{\"party\":" + party + ",\"target\":" + target + ",\"kind\":\"FUNDING\","
        + "\"amount\":\"7.5\",\"unit\":\"EUR\"" + (extra == null ? "" : extra) + "}");
    assertTrue(e.reason().contains(message), e.reason());
    assertEquals("/contributions/2/" + field, e.pointer());
    assertEquals(4, e.line());
    assertEquals(1, e.column());
  }

  @Test
  void aViewerSeesEveryContributionAsItSeesTheRoles() {
    OutcomeModel m = model(funding("10"), Contribution.of(AgencyId.of("t"),
        OutcomeId.of("o"), ContributionKind.STAFF, new BigDecimal("1.5"), "FTE"));
    OutcomeJson forViewer = JSON.forViewer(AgencyId.of("t"));
    OutcomeDocument d = forViewer.readDocument(forViewer.write(m));
    assertEquals(m.contributions(), d.model().contributions());
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedContributionsRoundTripForEveryViewer(long seed) {
    OutcomeModel m = RandomModels.generate(seed);
    List<Contribution> all = m.contributions();
    assertEquals(m, JSON.read(JSON.write(m)), "seed " + seed);
    for (var agency : m.agencies()) {
      OutcomeJson v = JSON.forViewer(agency.id());
      assertEquals(all, v.readDocument(v.write(m)).model().contributions(),
          "seed " + seed + ", viewer " + agency.id());
    }
  }
}
