package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.progress.Fixtures.I;
import static org.sharedoutcomes.core.progress.Fixtures.d;
import static org.sharedoutcomes.core.progress.Fixtures.indicator;
import static org.sharedoutcomes.core.progress.Fixtures.month;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.Target;

/**
 * Issue 13 point 7, second half: "at most 80 burglaries in 2020" is a target for a period (as
 * IATI result periods); the value compared with it is the time aggregation of the measurements
 * inside the period, not of every period since the baseline.
 */
class PeriodTargetTest {
  private static final Target IN_2020 =
      Target.atMost(d("2020-12-31"), 80).withPeriodStart(d("2020-01-01"));

  private static Indicator burglaries(Target... targets) {
    return indicator("i").direction(Direction.DESCENDING).timeAggregation(Aggregation.SUM)
        .baseline(100, d("2019-01-01")).target(targets).build();
  }

  /** Twelve months of 2019 at 9, then twelve months of 2020 at {@code perMonth}. */
  private static Measurement[] months(double perMonth) {
    List<Measurement> ms = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      ms.add(month("i", String.format("2019-%02d", m), 9));
      ms.add(month("i", String.format("2020-%02d", m), perMonth));
    }
    return ms.toArray(new Measurement[0]);
  }

  @Test
  void aPeriodTargetIsComparedWithTheSumInsideItsPeriod() {
    IndicatorProgress p = Fixtures.track(burglaries(IN_2020), "2020-12-31", months(6))
        .indicator(I);
    // 12 * 6 = 72 in 2020; the sum since the baseline would be 108 + 72 = 180
    assertEquals(72.0, p.attainment().actual().getAsDouble());
    assertEquals(AttainmentState.ATTAINED, p.attainment().state());
    assertEquals(ProgressStatus.ACHIEVED, p.status());
    assertEquals(180.0, p.actual().getAsDouble(), "the indicator's own actual is unchanged");
  }

  @Test
  void aPeriodTargetExceededInsideItsPeriodIsMissed() {
    IndicatorProgress p = Fixtures.track(burglaries(IN_2020), "2020-12-31", months(7))
        .indicator(I);
    assertEquals(84.0, p.attainment().actual().getAsDouble());
    assertEquals(AttainmentState.NOT_ATTAINED, p.attainment().state());
    assertEquals(ProgressStatus.OFF_TRACK, p.status());
    assertTrue(p.explanation().contains("missed: 84 in its period"), p.explanation());
  }

  @Test
  void aPeriodTargetIsNotYetDueBeforeItsPeriodEndsEvenIfThePartialFigureAttainsIt() {
    IndicatorProgress p = Fixtures.track(burglaries(IN_2020), "2020-12-30", months(6))
        .indicator(I);
    assertEquals(AttainmentState.NOT_YET_DUE, p.attainment().state());
    assertTrue(p.attainment().actual().isEmpty());
  }

  @Test
  void aDuePeriodTargetWithoutDataInsideItsPeriodHasNoData() {
    Measurement[] only2019 = new Measurement[12];
    for (int m = 1; m <= 12; m++) {
      only2019[m - 1] = month("i", String.format("2019-%02d", m), 9);
    }
    IndicatorProgress p = Fixtures.track(burglaries(IN_2020), "2021-01-15", only2019)
        .indicator(I);
    assertEquals(AttainmentState.NO_DATA, p.attainment().state());
    assertEquals(ProgressStatus.NO_DATA, p.status());
  }

  @Test
  void severalPeriodTargetsAreEachComparedWithTheirOwnPeriod() {
    Target in2021 = Target.atMost(d("2021-12-31"), 70).withPeriodStart(d("2021-01-01"));
    IndicatorProgress p = Fixtures.track(burglaries(IN_2020, in2021), "2021-01-15", months(6))
        .indicator(I);
    TargetCheck first = p.targets().get(0);
    assertEquals(IN_2020, first.target());
    assertEquals(72.0, first.actual().getAsDouble());
    assertTrue(first.attained());
    assertTrue(p.targets().get(1).actual().isEmpty(), "2021 has not ended");
    assertEquals(AttainmentState.NOT_YET_DUE, p.attainment().state());
  }

  @Test
  void aTargetWithoutAPeriodIsComparedWithTheIndicatorsActual() {
    IndicatorProgress p = Fixtures.track(burglaries(Target.atMost(d("2020-12-31"), 200)),
        "2020-12-31", months(6)).indicator(I);
    assertEquals(180.0, p.attainment().actual().getAsDouble());
    assertEquals(AttainmentState.ATTAINED, p.attainment().state());
  }

  @Test
  void aPeriodStartingAfterItsEndIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Target.atMost(d("2020-12-31"), 80).withPeriodStart(d("2021-01-01")));
    assertEquals("target on 2020-12-31 has a period starting after it, on 2021-01-01",
        e.getMessage());
  }
}
