package org.sharedoutcomes.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Interpolation;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TrajectoryPoint;
import org.sharedoutcomes.cli.sample.SampleModels;
import org.sharedoutcomes.testkit.RandomModels;
import org.sharedoutcomes.testkit.Seeds;

class TrajectoryChartTest {
  private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
  private static final LocalDate DEC = LocalDate.of(2025, 12, 31);

  @Test
  void picksRoundAxisSteps() {
    assertEquals(2.5, TrajectoryChart.niceStep(2.4), 1e-12);
    assertEquals(0.1, TrajectoryChart.niceStep(0.08), 1e-12);
    assertEquals(5000, TrajectoryChart.niceStep(3100), 1e-9);
  }

  @Test
  void drawsAStepwiseTrajectoryAsHorizontalThenVerticalSegments() {
    Indicator i = Indicator.builder("rail", "Trains on time").baseline(86, JAN)
        .interpolation(Interpolation.STEPWISE)
        .plannedPoints(new TrajectoryPoint(LocalDate.of(2025, 3, 31), 86),
            new TrajectoryPoint(LocalDate.of(2025, 6, 30), 88))
        .target(Target.atLeast(DEC, 91)).build();
    String svg = new TrajectoryChart(i, MeasurementSeries.empty(i.id())).toSvg();
    // flat from the axis to the first point, a step, then flat after the last point
    assertTrue(svg.matches("(?s).*<path d=\"M[0-9.]+ [0-9.]+ L[0-9.]+ [0-9.]+ H[0-9.]+"
        + " V[0-9.]+ H[0-9.]+\" fill=\"none\".*"), svg);
    assertTrue(svg.contains("no measurements yet"), svg);
  }

  @Test
  void labelsARangeTargetWithBothBounds() {
    Indicator i = Indicator.builder("r", "Range").baseline(10, JAN)
        .target(Target.between(DEC, 4, 6)).build();
    String svg = new TrajectoryChart(i, MeasurementSeries.empty(i.id())).toSvg();
    assertTrue(svg.contains(">target 4\u20136</text>"), svg);
  }

  @Test
  void writesABaselineOnTheTimeAxisAboveItNotOverTheMonths() {
    Indicator i = Indicator.builder("uptake", "Uptake").baseline(0, JAN)
        .target(Target.atLeast(DEC, 60)).build();
    String svg = new TrajectoryChart(i, MeasurementSeries.empty(i.id())).toSvg();
    var m = java.util.regex.Pattern.compile("y=\"([0-9.]+)\"[^>]*>baseline 0</text>")
        .matcher(svg);
    assertTrue(m.find(), svg);
    // the plot area ends at 520 - 64 = 456 pixels; month names are written below it
    assertTrue(Double.parseDouble(m.group(1)) < 456, m.group(1));
  }

  @Test
  void saysSoWhenThereIsNothingToDraw() {
    Indicator i = Indicator.builder("x", "Nothing yet").build();
    String svg = new TrajectoryChart(i, MeasurementSeries.empty(i.id())).toSvg();
    assertTrue(svg.contains("no baseline, target or measurement to draw"), svg);
  }

  @Test
  void refusesTheSeriesOfAnotherIndicator() {
    Indicator i = Indicator.builder("x", "X").build();
    var e = assertThrows(IllegalArgumentException.class,
        () -> new TrajectoryChart(i, MeasurementSeries.empty(IndicatorId.of("y"))));
    assertEquals("series of 'y' cannot be drawn for indicator 'x'", e.getMessage());
  }

  @Test
  void drawsEachActualOverItsPeriodNotAtItsEnd() {
    OutcomeModel m = SampleModels.deliveryUnit();
    IndicatorId id = IndicatorId.of("literacy");
    String svg = new TrajectoryChart(m.indicator(id).orElseThrow(), m.measurements(id))
        .toSvg();
    // one dot with a tooltip per month, naming the whole period
    assertEquals(12, svg.split("r=\"3.5\" fill=\"#1f5fbf\"><title>", -1).length - 1);
    assertTrue(svg.contains("<title>2025-12-01 to 2025-12-31: 85</title>"), svg);
    // December's dot is mid-December, left of the as-of line's month end
    var dot = java.util.regex.Pattern.compile("<circle cx=\"([0-9.]+)\"[^>]*><title>2025-12-01")
        .matcher(svg);
    var bar = java.util.regex.Pattern.compile("<line x1=\"([0-9.]+)\" x2=\"([0-9.]+)\"[^>]*"
        + "stroke=\"#1f5fbf\" stroke-width=\"3\"/><circle cx=\"[0-9.]+\"[^>]*><title>2025-12-01")
        .matcher(svg);
    assertTrue(dot.find() && bar.find(), svg);
    double x = Double.parseDouble(dot.group(1));
    assertTrue(Double.parseDouble(bar.group(1)) < x && x < Double.parseDouble(bar.group(2)));
  }

  @Test
  void marksTheExpectedValueOfTheSameTrajectoryTheFiguresUse() {
    OutcomeModel m = SampleModels.deliveryUnit();
    IndicatorId id = IndicatorId.of("rail-punctuality");
    var p = org.sharedoutcomes.core.progress.ProgressTracker.of(m, DEC).indicator(id);
    String svg = new TrajectoryChart(m.indicator(id).orElseThrow(), m.measurements(id))
        .withProgress(p).toSvg();
    assertEquals(89.5, p.expected().getAsDouble(), 1e-9);
    assertTrue(svg.contains("<title>expected 89.5 on 2025-12-31</title>"), svg);
    assertTrue(svg.contains("actual 91 \u00b7 expected 89.5 \u00b7 1.5 points ahead (1.7%) \u00b7 as of"
        + " 2025-12-31"), svg);
    assertTrue(svg.contains(">as of 2025-12-31</text>"), svg);
    assertTrue(svg.contains(">achieved</text>"), svg);
  }

  static java.util.stream.LongStream seeds() {
    return Seeds.of(60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writesWellFormedSvgForEveryIndicatorOfARandomModel(long seed) throws Exception {
    OutcomeModel m = RandomModels.generate(seed);
    var factory = DocumentBuilderFactory.newInstance();
    for (Indicator i : m.indicators()) {
      String svg = new TrajectoryChart(i, m.measurements(i.id())).toSvg();
      var doc = factory.newDocumentBuilder().parse(
          new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
      assertEquals("svg", doc.getDocumentElement().getTagName());
    }
  }
}
