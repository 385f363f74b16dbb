package org.sharedoutcomes.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.OutcomeModel;

/**
 * SO-ACC-015 (issue 13 point 6): a declared region aggregation the measure type refuses, each
 * case at its edge and beside its nearest allowed neighbour.
 */
class AggregationContradictsMeasureTypeTest {
  private static List<Finding> found(MeasureType type, Aggregation rule) {
    return found(Indicator.builder("rate", "Rate").measureType(type).regionAggregation(rule));
  }

  private static List<Finding> found(Indicator.Builder b) {
    return AccountabilityCheck.of(OutcomeModel.builder().indicator(b.build()).build())
        .findings(FindingCode.AGGREGATION_CONTRADICTS_MEASURE_TYPE);
  }

  @Test
  void flagsASumOfPercentagesNamingTheIndicatorAndTheRule() {
    List<Finding> f = found(MeasureType.PERCENTAGE, Aggregation.SUM);
    assertEquals(1, f.size());
    assertEquals(List.<EntityId>of(IndicatorId.of("rate")), f.get(0).entities());
    assertEquals("[SO-ACC-015 WARNING] indicator 'rate' is a percentage but declares region"
        + " aggregation SUM: percentages do not add up (40% + 50% is not 90%); progress refuses"
        + " that total. Drop the declared rule (it then follows the measure type: NONE), or"
        + " report totals", f.get(0).toString());
  }

  @Test
  void flagsAnUnweightedAverageOfPercentages() {
    assertEquals(1, found(MeasureType.PERCENTAGE, Aggregation.AVERAGE).size());
  }

  @Test
  void doesNotFlagTheLowestOfPercentages() {
    assertEquals(List.of(), found(MeasureType.PERCENTAGE, Aggregation.MIN));
  }

  @Test
  void doesNotFlagAPercentageWithoutADeclaredRule() {
    assertEquals(List.of(), found(Indicator.builder("rate", "Rate")
        .measureType(MeasureType.PERCENTAGE)));
  }

  @Test
  void doesNotFlagASumOfPercentagesThatMayNotBeAggregatedAtAll() {
    assertEquals(List.of(), found(Indicator.builder("rate", "Rate")
        .measureType(MeasureType.PERCENTAGE).regionAggregation(Aggregation.SUM)
        .aggregable(false)));
  }

  @Test
  void flagsASumOfOrdinalLevels() {
    assertEquals(1, found(MeasureType.ORDINAL, Aggregation.SUM).size());
  }

  @Test
  void doesNotFlagTheMedianOfOrdinalLevels() {
    assertEquals(List.of(), found(MeasureType.ORDINAL, Aggregation.MEDIAN));
  }

  @Test
  void flagsAnyNumericRuleForNominalOrQualitativeValues() {
    assertEquals(1, found(MeasureType.NOMINAL, Aggregation.LAST).size());
    assertEquals(1, found(MeasureType.QUALITATIVE, Aggregation.MAX).size());
  }

  @Test
  void doesNotFlagNoneForNominalValues() {
    assertEquals(List.of(), found(MeasureType.NOMINAL, Aggregation.NONE));
  }

  @Test
  void doesNotFlagASumOfUnits() {
    assertEquals(List.of(), found(MeasureType.UNIT, Aggregation.SUM));
  }
}
