package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.progress.Fixtures.d;
import static org.sharedoutcomes.core.progress.Fixtures.indicator;
import static org.sharedoutcomes.core.progress.Fixtures.month;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.Target;

/**
 * Issue 13 point 6: without a declared region aggregation, the rule follows the measure type
 * (units sum, ordinal levels by median, percentages only through numerator and denominator or a
 * reported total, nominal and qualitative values never numerically); a declared rule the measure
 * type refuses gets no total.
 */
class MeasureTypeAggregationTest {
  private static final IndicatorId P = IndicatorId.of("p");

  private static IndicatorProgress regions(MeasureType type, Optional<Aggregation> rule,
      double... values) {
    var i = indicator("p").measureType(type).regionAggregation(rule)
        .baseline(1, d("2025-01-01")).target(Target.atLeast(d("2026-12-31"), 60)).build();
    String[] names = {"north", "south", "east", "west"};
    Measurement[] ms = new Measurement[values.length];
    for (int k = 0; k < values.length; k++) {
      ms[k] = month("p", "2025-12", values[k]).withDimension("region", names[k]);
    }
    return Fixtures.track(i, "2026-01-10", ms).indicator(P);
  }

  @Test
  void theDefaultRuleFollowsTheMeasureType() {
    assertEquals(Aggregation.SUM, indicator("p").build().regionRule());
    assertEquals(Aggregation.MEDIAN,
        indicator("p").measureType(MeasureType.ORDINAL).build().regionRule());
    assertEquals(Aggregation.NONE,
        indicator("p").measureType(MeasureType.PERCENTAGE).build().regionRule());
    assertEquals(Optional.empty(), indicator("p").build().regionAggregation(),
        "no default is written as a fact");
  }

  @Test
  void unitsSumAcrossRegionsByDefault() {
    assertEquals(90.0, regions(MeasureType.UNIT, Optional.empty(), 40, 50).actual()
        .getAsDouble());
  }

  @Test
  void percentagesWithoutADeclaredRuleGetNoTotalAndSayWhy() {
    IndicatorProgress p = regions(MeasureType.PERCENTAGE, Optional.empty(), 40, 50);
    assertEquals(DataState.NOT_SUMMABLE, p.dataState());
    assertTrue(p.explanation().contains("a percentage is not combined across regions by"
        + " default"), p.explanation());
  }

  @Test
  void aPercentageOfOneRegionIsItsOwnTotal() {
    assertEquals(40.0, regions(MeasureType.PERCENTAGE, Optional.empty(), 40).actual()
        .getAsDouble());
  }

  @Test
  void anAverageOfPercentagesIsRefused() {
    assertEquals(DataState.NOT_SUMMABLE,
        regions(MeasureType.PERCENTAGE, Optional.of(Aggregation.AVERAGE), 40, 50).dataState());
  }

  @Test
  void theLowestOfPercentagesIsAllowed() {
    assertEquals(40.0, regions(MeasureType.PERCENTAGE, Optional.of(Aggregation.MIN), 40, 50)
        .actual().getAsDouble());
  }

  @Test
  void ordinalLevelsTakeTheirMedianByDefault() {
    assertEquals(3.0, regions(MeasureType.ORDINAL, Optional.empty(), 4, 2, 3).actual()
        .getAsDouble());
    assertEquals(2.5, regions(MeasureType.ORDINAL, Optional.empty(), 4, 1, 2, 3).actual()
        .getAsDouble(), "the mean of the middle two of an even count");
  }

  @Test
  void aSumOfOrdinalLevelsIsRefused() {
    assertEquals(DataState.NOT_SUMMABLE,
        regions(MeasureType.ORDINAL, Optional.of(Aggregation.SUM), 3, 3).dataState());
  }

  @Test
  void nominalValuesAreNeverCombinedNumerically() {
    assertEquals(DataState.NOT_SUMMABLE,
        regions(MeasureType.NOMINAL, Optional.of(Aggregation.MAX), 1, 2).dataState());
    assertEquals(DataState.NOT_SUMMABLE,
        regions(MeasureType.QUALITATIVE, Optional.empty(), 1, 2).dataState());
  }

  @Test
  void aDeclaredNoneIsNoDataRatherThanARefusal() {
    assertEquals(DataState.NONE,
        regions(MeasureType.NOMINAL, Optional.of(Aggregation.NONE), 1, 2).dataState());
  }

  @Test
  void aMedianOverTimeIsTheMiddlePeriod() {
    var i = indicator("p").timeAggregation(Aggregation.MEDIAN).baseline(1, d("2025-01-01"))
        .target(Target.atLeast(d("2026-12-31"), 60)).build();
    IndicatorProgress p = Fixtures.track(i, "2025-04-10", month("p", "2025-01", 9),
        month("p", "2025-02", 1), month("p", "2025-03", 5)).indicator(P);
    assertEquals(5.0, p.actual().getAsDouble());
  }
}
