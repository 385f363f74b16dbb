package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.progress.Fixtures.I;
import static org.sharedoutcomes.core.progress.Fixtures.d;
import static org.sharedoutcomes.core.progress.Fixtures.indicator;
import static org.sharedoutcomes.core.progress.Fixtures.month;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.Baseline;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.ValueBasis;

/**
 * Issue 13 points 7 and 8: a baseline is a reference level, never added into a sum over time,
 * unless the indicator's values are cumulative; several baselines by date and dimension value,
 * the matching one used per dimension.
 */
class BaselineRulesTest {
  private static Indicator.Builder houses() {
    return indicator("i").timeAggregation(Aggregation.SUM).baseline(100, d("2025-01-01"))
        .target(Target.atLeast(d("2026-12-31"), 300));
  }

  @Test
  void aCumulativeSumStartsFromTheBaseline() {
    Indicator i = houses().valueBasis(ValueBasis.CUMULATIVE).build();
    IndicatorProgress p = Fixtures.track(i, "2025-03-01", month("i", "2025-01", 10),
        month("i", "2025-02", 10)).indicator(I);
    assertEquals(120.0, p.actual().getAsDouble());
  }

  @Test
  void aPeriodSumNeverAddsTheBaseline() {
    IndicatorProgress p = Fixtures.track(houses().build(), "2025-03-01",
        month("i", "2025-01", 10), month("i", "2025-02", 10)).indicator(I);
    assertEquals(20.0, p.actual().getAsDouble());
  }

  @Test
  void cumulativeValuesUnderLastAreTakenAsTheyAre() {
    Indicator i = indicator("i").timeAggregation(Aggregation.LAST).baseline(100, d("2025-01-01"))
        .valueBasis(ValueBasis.CUMULATIVE).target(Target.atLeast(d("2026-12-31"), 300)).build();
    IndicatorProgress p = Fixtures.track(i, "2025-03-01", month("i", "2025-01", 110),
        month("i", "2025-02", 120)).indicator(I);
    assertEquals(120.0, p.actual().getAsDouble());
  }

  @Test
  void theIndicatorsBaselineIsTheLatestWithoutDimensions() {
    Indicator i = indicator("i").baseline(100, d("2024-01-01")).baseline(90, d("2025-01-01"))
        .baseline(Baseline.of(40, d("2025-06-01"), Map.of("region", "north"))).build();
    assertEquals(Optional.of(Baseline.of(90, d("2025-01-01"))), i.baseline());
    assertEquals(3, i.baselines().size());
  }

  @Test
  void aDisaggregatedViewUsesTheBaselineOfItsDimensionValue() {
    Indicator i = houses().valueBasis(ValueBasis.CUMULATIVE)
        .baseline(Baseline.of(40, d("2025-01-01"), Map.of("region", "north"))).build();
    OutcomeModel m = Fixtures.base().indicator(i)
        .measurement(month("i", "2025-01", 10).withDimension("region", "north"))
        .measurement(month("i", "2025-01", 5).withDimension("region", "south")).build();
    Disaggregation by = Disaggregation.of(m, I, "region", d("2025-02-01"));
    DimensionValue north = by.value("north").orElseThrow();
    assertEquals(Optional.of(Baseline.of(40, d("2025-01-01"), Map.of("region", "north"))),
        north.baseline());
    assertEquals(50.0, north.actual().getAsDouble(), "40 + 10: its own baseline starts its sum");
  }

  @Test
  void aDimensionValueWithoutItsOwnBaselineHasNoneAndAddsNothing() {
    Indicator i = houses().valueBasis(ValueBasis.CUMULATIVE)
        .baseline(Baseline.of(40, d("2025-01-01"), Map.of("region", "north"))).build();
    OutcomeModel m = Fixtures.base().indicator(i)
        .measurement(month("i", "2025-01", 10).withDimension("region", "north"))
        .measurement(month("i", "2025-01", 5).withDimension("region", "south")).build();
    DimensionValue south = Disaggregation.of(m, I, "region", d("2025-02-01")).value("south")
        .orElseThrow();
    assertTrue(south.baseline().isEmpty());
    assertEquals(5.0, south.actual().getAsDouble());
  }

  @Test
  void twoBaselinesOfOneDateAndDimensionAreRefusedByTheIndicator() {
    // past the builder: the constructor's own check, through the copy that replaces baselines
    Indicator valid = indicator("i").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> valid.withBaselines(
            List.of(Baseline.of(1, d("2025-01-01")), Baseline.of(2, d("2025-01-01")))));
    assertEquals("indicator 'i' baselines has two on 2025-01-01", e.getMessage());
    // the neighbour: two baselines on different dates are kept, in order
    assertEquals(2, valid.withBaselines(List.of(Baseline.of(1, d("2025-01-01")),
        Baseline.of(2, d("2025-01-02")))).baselines().size());
  }

  @Test
  void baselinesOfOneDateForDifferentDimensionsAreKept() {
    Indicator i = indicator("i").baseline(1, d("2025-01-01"))
        .baseline(Baseline.of(2, d("2025-01-01"), Map.of("region", "north"))).build();
    assertEquals(2, i.baselines().size());
  }
}
