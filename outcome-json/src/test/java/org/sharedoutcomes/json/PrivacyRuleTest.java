package org.sharedoutcomes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.DataSharingAgreement;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Sensitivity;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TrajectoryPoint;
import org.sharedoutcomes.core.access.DataAccess;
import org.sharedoutcomes.testkit.RandomModels;
import org.sharedoutcomes.testkit.Seeds;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The written privacy rule ({@link org.sharedoutcomes.core.access.Disclosure}, the README's
 * table) holds for the bytes a viewer gets: no withheld value, number or string, anywhere.
 */
class PrivacyRuleTest {
  /**
   * Models without contributions: every viewer sees every contribution (they are no indicator
   * data), and a public amount that happens to equal a withheld figure would be a false alarm
   * of this search for withheld values in the viewer's bytes.
   */
  private static final RandomModels MODELS = RandomModels.small().withContributions(false);

  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final AgencyId OUTSIDER = AgencyId.of("outsider-agency");

  static LongStream seeds() {
    return Seeds.of(500);
  }

  /**
   * A random model whose withheld-able values are unique: each indicator gets a secret
   * attribute and a baseline of a value no generator makes, each agreement a secret
   * attribute.
   */
  private static OutcomeModel marked(long seed) {
    OutcomeModel model = MODELS.model(seed);
    OutcomeModel.Builder b = model.toBuilder();
    int k = 0;
    for (Indicator i : model.indicators()) {
      Indicator.Builder ib = i.toBuilder().attribute("secret", "secret-attribute-" + i.id() + "-end");
      // on the undimensioned baseline's date (so it is withheld exactly when that one is), or
      // the nearest earlier day free of the indicator's other undimensioned baselines
      LocalDate day = i.baseline().map(x -> x.date()).orElse(LocalDate.of(2024, 1, 1));
      java.util.Set<LocalDate> taken = new java.util.HashSet<>();
      i.baselines().stream().filter(x -> x.dimensions().isEmpty())
          .forEach(x -> taken.add(x.date()));
      while (taken.contains(day)) {
        day = day.minusDays(1);
      }
      b.replace(ib.baseline(7_654_321.25 + k++, day).build());
    }
    for (DataSharingAgreement a : model.agreements()) {
      b.remove(a.id()).agreement(a.toBuilder().attribute("secret", "secret-agreement-" + a.id() + "-end")
          .build());
    }
    return b.build();
  }

  private static AgencyId viewer(OutcomeModel model, long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int n = model.agencies().size();
    int pick = r.nextInt(n + 1);
    return pick == n ? OUTSIDER : model.agencies().get(pick).id();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noWithheldValueAppearsAnywhereInTheViewersBytes(long seed) {
    OutcomeModel model = marked(seed);
    AgencyId viewer = viewer(model, seed);
    DataAccess access = DataAccess.of(model);
    Set<String> secretStrings = new HashSet<>();
    Set<Double> withheldNumbers = new HashSet<>();
    Set<Double> visibleNumbers = new HashSet<>();
    for (Indicator i : model.indicators()) {
      for (Target t : i.targets()) {
        visibleNumbers.add(t.low());
        visibleNumbers.add(t.high());
        visibleNumbers.add(t.tolerance());
      }
      for (TrajectoryPoint p : i.plannedPoints()) {
        visibleNumbers.add(p.value());
      }
      if (!access.canSee(viewer, i.id())) {
        secretStrings.add("secret-attribute-" + i.id() + "-end");
      }
      for (var x : i.baselines()) {
        (access.canSee(viewer, i.id(), x.date()) ? visibleNumbers : withheldNumbers)
            .add(x.value());
      }
      MeasurementSeries s = model.measurements(i.id());
      for (int k = 0; k < s.size(); k++) {
        (access.canSee(viewer, i.id(), s.periodStart(k)) ? visibleNumbers : withheldNumbers)
            .add(s.value(k));
      }
    }
    for (DataSharingAgreement a : model.agreements()) {
      if (!a.parties().contains(viewer)) {
        secretStrings.add("secret-agreement-" + a.id() + "-end");
      }
    }
    withheldNumbers.removeAll(visibleNumbers);
    byte[] bytes = OutcomeJson.standard().forViewer(viewer).write(model)
        .getBytes(StandardCharsets.UTF_8);
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (String secret : secretStrings) {
      assertFalse(text.contains(secret), () -> "seed " + seed + ": " + secret + " for "
          + viewer);
    }
    Set<Double> written = numbersOutsideTheHeader(text);
    for (double v : withheldNumbers) {
      assertFalse(written.contains(v), () -> "seed " + seed + ": withheld " + v + " for "
          + viewer);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theViewersDocumentReadsBackAsTheDeclaredView(long seed) {
    OutcomeModel model = marked(seed);
    AgencyId viewer = viewer(model, seed);
    var disclosure = org.sharedoutcomes.core.access.Disclosure.of(model, viewer);
    OutcomeDocument read = OutcomeJson.standard().readDocument(
        OutcomeJson.standard().forViewer(viewer).write(model));
    assertEquals(disclosure.view(), read.model(), "seed " + seed);
    assertEquals(disclosure.withheldBaselines(), read.withheldBaselines(), "seed " + seed);
    assertEquals(disclosure.withheldAttributes(), read.withheldAttributes(), "seed " + seed);
    assertEquals(disclosure.withheldAgreements(), read.withheldAgreements(), "seed " + seed);
  }

  private static Set<Double> numbersOutsideTheHeader(String document) {
    Set<Double> out = new HashSet<>();
    try (JsonParser p = PLAIN.createParser(document)) {
      JsonToken t;
      int depth = 0;
      boolean header = false;
      while ((t = p.nextToken()) != null) {
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
        } else if (t == JsonToken.PROPERTY_NAME && depth == 1) {
          header = p.currentName().startsWith("withheld");
        } else if ((t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT)
            && !(header)) {
          out.add(p.getDoubleValue());
        }
      }
    }
    return out;
  }

  // ------------------------------------------------------------ the outsider's view

  private static final OutcomeModel SECRET = OutcomeModel.builder()
      .agency("owner", "Owner", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
      .agency("partner", "Partner", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
      .indicator(Indicator.builder("rate", "Rate").measureType(MeasureType.UNIT)
          .direction(Direction.ASCENDING).baseline(123.456, LocalDate.of(2024, 1, 1))
          .dataOwner(AgencyId.of("owner")).sensitivity(Sensitivity.OWNER_ONLY)
          .attribute("source", "tax-records-secret").build())
      .measurement(org.sharedoutcomes.core.IndicatorId.of("rate"), LocalDate.of(2024, 1, 1),
          LocalDate.of(2024, 12, 31), 98.765)
      .agreement(DataSharingAgreement.builder("dsa-private")
          .parties(AgencyId.of("owner"), AgencyId.of("partner"))
          .indicators(org.sharedoutcomes.core.IndicatorId.of("rate"))
          .attribute("terms", "confidential-terms").build())
      .build();

  private static String forOutsider() {
    return OutcomeJson.standard().forViewer(OUTSIDER).write(SECRET);
  }

  @Test
  void anOutsiderDoesNotSeeAnOwnerOnlyBaseline() {
    assertFalse(forOutsider().contains("123.456"), forOutsider());
  }

  @Test
  void anOutsiderDoesNotSeeTheAttributesOfAnOwnerOnlyIndicator() {
    assertFalse(forOutsider().contains("tax-records-secret"), forOutsider());
  }

  @Test
  void anOutsiderDoesNotSeeAnAgreementBetweenOtherAgencies() {
    assertFalse(forOutsider().contains("dsa-private"), forOutsider());
    assertFalse(forOutsider().contains("confidential-terms"), forOutsider());
  }

  @Test
  void anOutsidersDocumentDeclaresWhatWasWithheld() {
    OutcomeDocument d = OutcomeJson.standard().readDocument(forOutsider());
    assertEquals(Set.of(org.sharedoutcomes.core.IndicatorId.of("rate")), d.withheldBaselines());
    assertEquals(Set.of(org.sharedoutcomes.core.IndicatorId.of("rate")), d.withheldAttributes());
    assertEquals(1, d.withheldAgreements());
    assertTrue(d.isRedacted());
  }

  @Test
  void aPartyToTheAgreementSeesEverything() {
    String partner = OutcomeJson.standard().forViewer(AgencyId.of("partner")).write(SECRET);
    assertTrue(partner.contains("123.456") && partner.contains("tax-records-secret")
        && partner.contains("confidential-terms") && partner.contains("98.765"), partner);
  }
}
