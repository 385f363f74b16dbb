package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sharedoutcomes.core.progress.Fixtures.d;
import static org.sharedoutcomes.core.progress.Fixtures.indicator;
import static org.sharedoutcomes.core.progress.Fixtures.month;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.MeasurementStatus;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Target;

/** Issue 13 point 5: vintages of one figure, and progress as known on a day. */
class VintageTest {
  private static final IndicatorId V = IndicatorId.of("v");

  private static Measurement march(double value) {
    return month("v", "2026-03", value);
  }

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  private static double actual(String asOf, ProgressOptions options, Measurement... ms) {
    OutcomeModel.Builder b = Fixtures.base().indicator(indicator("v").baseline(0, d("2026-01-01"))
        .target(Target.atLeast(d("2027-01-01"), 100)).build());
    for (Measurement m : ms) {
      b.measurement(m);
    }
    return ProgressTracker.of(b.build(), d(asOf), options).indicator(V).actual().orElse(-1);
  }

  private static double actual(Measurement... ms) {
    return actual("2026-04-15", ProgressOptions.defaults(), ms);
  }

  @Test
  void aFinalFigureBeatsAProvisionalOneAddedAfterIt() {
    assertEquals(20, actual(march(20), march(10).withStatus(MeasurementStatus.PROVISIONAL)));
  }

  @Test
  void aFinalFigureBeatsAProvisionalOneAddedBeforeIt() {
    assertEquals(20, actual(march(10).withStatus(MeasurementStatus.PROVISIONAL), march(20)));
  }

  @Test
  void aFinalFigureBeatsALaterProvisionalOne() {
    assertEquals(20, actual(march(20).withReportedAt(at("2026-04-02T00:00:00Z")),
        march(10).withStatus(MeasurementStatus.PROVISIONAL)
            .withReportedAt(at("2026-04-10T00:00:00Z"))));
  }

  @Test
  void amongFinalFiguresTheLaterReportWins() {
    assertEquals(10, actual(march(20).withReportedAt(at("2026-04-02T00:00:00Z")),
        march(10).withReportedAt(at("2026-04-03T00:00:00Z"))));
    assertEquals(20, actual(march(20).withReportedAt(at("2026-04-03T00:00:00Z")),
        march(10).withReportedAt(at("2026-04-02T00:00:00Z"))));
  }

  @Test
  void aFigureWithAReportTimeBeatsOneWithoutOfTheSameStatus() {
    assertEquals(10, actual(march(20), march(10).withReportedAt(at("2026-04-02T00:00:00Z"))));
  }

  @Test
  void progressAsOfADateIgnoresFiguresReportedAfterIt() {
    Measurement revised = march(10).withReportedAt(at("2026-04-16T00:00:00Z"));
    assertEquals(20, actual(march(20).withReportedAt(at("2026-04-01T00:00:00Z")), revised));
  }

  @Test
  void aFigureReportedDuringTheLastDayCounts() {
    Measurement revised = march(10).withReportedAt(at("2026-04-15T23:59:59Z"));
    assertEquals(10, actual(march(20).withReportedAt(at("2026-04-01T00:00:00Z")), revised));
  }

  @Test
  void aKnownOnDayAfterTheDateGivesTheRevisedView() {
    Measurement revised = march(10).withReportedAt(at("2026-06-01T00:00:00Z"));
    assertEquals(10, actual("2026-04-15", ProgressOptions.defaults().withKnownOn(d("2026-06-01")),
        march(20).withReportedAt(at("2026-04-01T00:00:00Z")), revised));
  }

  @Test
  void aFigureWithoutAReportTimeCountsAsReportedAtTheEndOfItsPeriod() {
    ProgressOptions before = ProgressOptions.defaults().withKnownOn(d("2026-03-30"));
    ProgressOptions onEnd = ProgressOptions.defaults().withKnownOn(d("2026-03-31"));
    assertEquals(-1, actual("2026-04-15", before, march(20)));
    assertEquals(20, actual("2026-04-15", onEnd, march(20)));
  }

  @Test
  void onlyKnownFiguresOfAPeriodCompete() {
    // the final figure is reported after the known-on day: the provisional one stands
    assertEquals(10, actual(march(10).withStatus(MeasurementStatus.PROVISIONAL)
            .withReportedAt(at("2026-04-05T00:00:00Z")),
        march(20).withReportedAt(at("2026-05-01T00:00:00Z"))));
  }

  @Test
  void vintagesAreChosenPerDimensionValueBeforeRegionsAreCombined() {
    Measurement north = march(10).withDimension("region", "north");
    Measurement south = march(5).withDimension("region", "south");
    Measurement southProvisional = march(50).withDimension("region", "south")
        .withStatus(MeasurementStatus.PROVISIONAL);
    assertEquals(15, actual(north, south, southProvisional));
  }
}
