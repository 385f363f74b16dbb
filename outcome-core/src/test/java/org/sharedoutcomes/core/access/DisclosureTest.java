package org.sharedoutcomes.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.ContributionKind;
import org.sharedoutcomes.core.DataSharingAgreement;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Sensitivity;

class DisclosureTest {
  private static final IndicatorId RATE = IndicatorId.of("rate");
  private static final OutcomeModel MODEL = OutcomeModel.builder()
      .agency("owner", "Owner", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
      .agency("partner", "Partner", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
      .indicator(Indicator.builder("rate", "Rate").measureType(MeasureType.UNIT)
          .direction(Direction.ASCENDING).baseline(1.5, LocalDate.of(2024, 1, 1))
          .dataOwner(AgencyId.of("owner")).sensitivity(Sensitivity.OWNER_ONLY)
          .attribute("source", "tax").build())
      .measurement(RATE, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 2.5)
      .agreement(DataSharingAgreement.builder("dsa").parties(AgencyId.of("owner"),
          AgencyId.of("partner")).indicators(RATE).build())
      .build();

  @Test
  void anOutsiderSeesNoBaselineAttributesMeasurementsOrOtherAgreements() {
    Disclosure d = Disclosure.of(MODEL, AgencyId.of("outsider"));
    Indicator seen = d.view().indicator(RATE).orElseThrow();
    assertTrue(seen.baseline().isEmpty());
    assertTrue(seen.attributes().isEmpty());
    assertEquals(0, d.view().measurementCount());
    assertTrue(d.view().agreements().isEmpty());
    assertEquals(Set.of(RATE), d.withheldBaselines());
    assertEquals(Set.of(RATE), d.withheldAttributes());
    assertEquals(1, d.withheldAgreements());
  }

  @Test
  void aPartyToTheAgreementSeesEverything() {
    Disclosure d = Disclosure.of(MODEL, AgencyId.of("partner"));
    assertEquals(MODEL, d.view());
    assertFalse(d.withholds());
  }

  @Test
  void theDefinitionAndTargetsStayVisibleToEveryone() {
    Indicator seen = Disclosure.of(MODEL, AgencyId.of("outsider")).view().indicator(RATE)
        .orElseThrow();
    Indicator full = MODEL.indicator(RATE).orElseThrow();
    assertEquals(full.name(), seen.name());
    assertEquals(full.targets(), seen.targets());
    assertEquals(full.sensitivity(), seen.sensitivity());
  }

  @Test
  void everyViewerSeesEveryContributionAsTheFullModelHoldsIt() {
    OutcomeModel model = MODEL.toBuilder()
        .commitment(Commitment.builder("c", "C").build())
        .contribution(Contribution.of(AgencyId.of("owner"), CommitmentId.of("c"),
            ContributionKind.FUNDING, new BigDecimal("2500000"), "CAD"))
        .contribution(Contribution.of(AgencyId.of("partner"), CommitmentId.of("c"),
            ContributionKind.STAFF, new BigDecimal("1.5"), "FTE"))
        .build();
    for (String viewer : new String[] {"outsider", "owner", "partner"}) {
      assertEquals(model.contributions(),
          Disclosure.of(model, AgencyId.of(viewer)).view().contributions(), viewer);
    }
    assertEquals(2, model.contributions().size());
  }
}
