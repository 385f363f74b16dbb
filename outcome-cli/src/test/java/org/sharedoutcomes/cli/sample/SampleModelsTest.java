package org.sharedoutcomes.cli.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.OutcomeModel;

class SampleModelsTest {
  @Test
  void decemberValueIsBaselinePlusPaceTimesPlannedImprovement() {
    // numeracy: 73 + (85 - 73) * 0.6 = 80.2
    assertEquals(80.2, SampleModels.monthly(73.0, 85.0, 0.6, 12), 1e-9);
  }

  @Test
  void monthsBetweenQuarterEndsCarryTheWobble() {
    // literacy in January: 75 + 10 * (1/12 + 0.04) = 76.233... -> 76.2
    assertEquals(76.2, SampleModels.monthly(75.0, 85.0, 1.0, 1), 1e-9);
    // February: 75 + 10 * (2/12 - 0.03) = 76.366... -> 76.4
    assertEquals(76.4, SampleModels.monthly(75.0, 85.0, 1.0, 2), 1e-9);
  }

  @Test
  void deliveryUnitHasTheCentreFiveDepartmentsAndTwelveCommitmentsWithAYearOfData() {
    OutcomeModel m = SampleModels.deliveryUnit();
    assertEquals(6, m.agencies().size());
    assertEquals(java.util.Set.of(AgencyId.of("pmdu")), m.centre());
    assertEquals(12, m.commitments().size());
    assertEquals(144, m.measurementCount());
    MeasurementSeries numeracy = m.measurements(IndicatorId.of("numeracy"));
    assertEquals(12, numeracy.size());
    assertEquals(80.2, numeracy.value(11), 1e-9);
  }

  @Test
  void jointServiceDeliveryHasThreeLevelsOfGovernmentAndAnAgreement() {
    OutcomeModel m = SampleModels.jointServiceDelivery();
    assertEquals(3, m.agencies().stream().map(a -> a.level()).distinct().count());
    assertEquals(1, m.agreements().size());
    assertTrue(m.agreements().get(0).covers(AgencyId.of("cra"), IndicatorId.of("sin-at-birth"),
        SampleModels.YEAR_END));
  }
}
