package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.progress.Fixtures.d;
import static org.sharedoutcomes.core.progress.Fixtures.indicator;
import static org.sharedoutcomes.core.progress.Fixtures.month;

import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.Target;

/** Issue 13 point 6 (engine part): percentages and levels are never summed across regions. */
class AggregationRulesTest {
  private static final IndicatorId P = IndicatorId.of("p");

  private static IndicatorProgress regions(MeasureType type, boolean withTotal) {
    var i = indicator("p").measureType(type).regionAggregation(Aggregation.SUM)
        .baseline(30, d("2025-01-01")).target(Target.atLeast(d("2026-12-31"), 60)).build();
    var north = month("p", "2025-12", 40).withDimension("region", "north");
    var south = month("p", "2025-12", 50).withDimension("region", "south");
    return withTotal ? Fixtures.track(i, "2026-01-10", north, south, month("p", "2025-12", 45))
        .indicator(P) : Fixtures.track(i, "2026-01-10", north, south).indicator(P);
  }

  @Test
  void percentagesAreNotSummedAcrossRegions() {
    IndicatorProgress p = regions(MeasureType.PERCENTAGE, false);
    assertEquals(DataState.NOT_SUMMABLE, p.dataState());
    assertEquals(ProgressStatus.NO_DATA, p.status());
    assertTrue(p.actual().isEmpty());
    assertTrue(p.explanation().contains("combining a percentage across regions by SUM is refused"),
        p.explanation());
    assertEquals(AttainmentState.NO_DATA, p.attainment().state());
  }

  @Test
  void ordinalLevelsAreNotSummedAcrossRegions() {
    assertEquals(DataState.NOT_SUMMABLE, regions(MeasureType.ORDINAL, false).dataState());
  }

  @Test
  void unitCountsAreSummedAcrossRegions() {
    IndicatorProgress p = regions(MeasureType.UNIT, false);
    assertEquals(90.0, p.actual().getAsDouble());
    assertEquals(DataState.CURRENT, p.dataState());
  }

  @Test
  void aReportedPercentageTotalIsUsed() {
    IndicatorProgress p = regions(MeasureType.PERCENTAGE, true);
    assertEquals(45.0, p.actual().getAsDouble());
  }

  @Test
  void disaggregationRefusesTheTotalButKeepsEachRegion() {
    var i = indicator("p").measureType(MeasureType.PERCENTAGE)
        .regionAggregation(Aggregation.SUM).build();
    var model = Fixtures.base().indicator(i)
        .measurement(month("p", "2025-12", 40).withDimension("region", "north"))
        .measurement(month("p", "2025-12", 50).withDimension("region", "south")).build();
    Disaggregation dis = Disaggregation.of(model, P, "region", d("2026-01-10"));
    assertTrue(dis.total().isEmpty());
    assertEquals(40.0, dis.value("north").orElseThrow().actual().getAsDouble());
  }
}
