package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.progress.Fixtures.d;
import static org.sharedoutcomes.core.progress.Fixtures.indicator;
import static org.sharedoutcomes.core.progress.Fixtures.month;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.OutcomeModel;

class DisaggregationTest {
  private static final IndicatorId A = IndicatorId.of("a");

  private static Disaggregation regions(OutcomeModel.Builder b, String id, ProgressOptions o) {
    return Disaggregation.of(b.build(), IndicatorId.of(id), "region", d("2026-01-01"), o);
  }

  private static OutcomeModel.Builder north10South30(Aggregation region, boolean aggregable) {
    return Fixtures.base()
        .indicator(indicator("a").regionAggregation(region).aggregable(aggregable).build())
        .measurement(month("a", "2025-12", 10).withDimension("region", "north"))
        .measurement(month("a", "2025-12", 30).withDimension("region", "south"));
  }

  @Test
  void eachRegionHasItsOwnValueAndTheTotalIsTheirSum() {
    Disaggregation d = regions(north10South30(Aggregation.SUM, true), "a",
        ProgressOptions.defaults());
    assertEquals(List.of("north", "south"), d.values().stream().map(DimensionValue::value).toList());
    assertEquals(10.0, d.value("north").orElseThrow().actual().getAsDouble());
    assertEquals(30.0, d.value("south").orElseThrow().actual().getAsDouble());
    assertEquals(40.0, d.total().getAsDouble());
  }

  @Test
  void totalFollowsTheRegionAggregation() {
    assertEquals(20.0, regions(north10South30(Aggregation.AVERAGE, true), "a",
        ProgressOptions.defaults()).total().getAsDouble());
    assertEquals(30.0, regions(north10South30(Aggregation.MAX, true), "a",
        ProgressOptions.defaults()).total().getAsDouble());
  }

  @Test
  void nonAggregableIndicatorHasNoTotalButKeepsItsRegions() {
    Disaggregation d = regions(north10South30(Aggregation.SUM, false), "a",
        ProgressOptions.defaults());
    assertTrue(d.total().isEmpty());
    assertEquals(2, d.values().size());
  }

  @Test
  void reportedTotalIsUsedRatherThanTheSumOfRegions() {
    Disaggregation d = regions(north10South30(Aggregation.SUM, true)
        .measurement(month("a", "2025-12", 45)), "a", ProgressOptions.defaults());
    assertEquals(45.0, d.total().getAsDouble());
  }

  private static OutcomeModel.Builder ratio() {
    return Fixtures.base()
        .indicator(indicator("n").build()).indicator(indicator("dd").build())
        .indicator(indicator("r").ratio("n", "dd").build())
        .measurement(month("n", "2025-12", 1).withDimension("region", "north"))
        .measurement(month("dd", "2025-12", 10).withDimension("region", "north"))
        .measurement(month("n", "2025-12", 9).withDimension("region", "south"))
        .measurement(month("dd", "2025-12", 30).withDimension("region", "south"));
  }

  @Test
  void ratioTotalGoesThroughNumeratorAndDenominator() {
    Disaggregation d = regions(ratio(), "r", ProgressOptions.defaults());
    assertEquals(0.1, d.value("north").orElseThrow().actual().getAsDouble(), 1e-12);
    assertEquals(0.3, d.value("south").orElseThrow().actual().getAsDouble(), 1e-12);
    assertEquals(10.0 / 40, d.total().getAsDouble(), 1e-12); // not (0.1 + 0.3) / 2
  }

  @Test
  void ratioTotalAveragesRegionalRatiosOnlyWhenAsked() {
    Disaggregation d = regions(ratio(), "r", ProgressOptions.defaults().withAverageRatios(true));
    assertEquals(0.2, d.total().getAsDouble(), 1e-12);
  }

  @Test
  void regionWithoutDataSinceLongIsStale() {
    Disaggregation d = Disaggregation.of(Fixtures.base().indicator(indicator("a").build())
        .measurement(month("a", "2025-06", 5).withDimension("region", "north"))
        .measurement(month("a", "2025-12", 7).withDimension("region", "south")).build(),
        A, "region", d("2026-01-01"));
    assertEquals(DataState.STALE, d.value("north").orElseThrow().dataState());
    assertEquals(DataState.CURRENT, d.value("south").orElseThrow().dataState());
  }
}
