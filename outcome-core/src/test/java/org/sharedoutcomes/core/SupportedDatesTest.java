package org.sharedoutcomes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Dates are stored as int epoch days: a date beyond about 5.8 million years from 1970 is
 * rejected with a message naming the field, never an ArithmeticException from an overflow.
 */
class SupportedDatesTest {
  private static final LocalDate FAR = LocalDate.of(9_999_999, 1, 1);
  private static final LocalDate LAST = LocalDate.ofEpochDay(Integer.MAX_VALUE - 1L);
  private static final IndicatorId I = IndicatorId.of("i");

  private static void rejects(String message, Executable e) {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
    assertEquals(message, x.getMessage());
  }

  @Test
  void rejectsAMeasurementEndingBeyondTheSupportedDatesNamingIt() {
    rejects("measurement of 'i' for period starting 2026-01-01 periodEnd must be between"
            + " -5877641-06-24 and +5881580-07-10, was +9999999-01-01",
        () -> Measurement.of(I, LocalDate.of(2026, 1, 1), FAR, 1));
  }

  @Test
  void rejectsAFastPathMeasurementBeyondTheSupportedDatesNamingIt() {
    OutcomeModel.Builder b = OutcomeModel.builder();
    rejects("measurement of 'i' periodStart must be between -5877641-06-24 and +5881580-07-10,"
        + " was +9999999-01-01", () -> b.measurement(I, FAR, FAR, 1));
  }

  @Test
  void rejectsABaselineBeyondTheSupportedDates() {
    rejects("baseline date must be between -5877641-06-24 and +5881580-07-10, was"
        + " -999999999-01-01", () -> new Baseline(1, LocalDate.MIN));
  }

  @Test
  void rejectsATargetBeyondTheSupportedDates() {
    rejects("target date must be between -5877641-06-24 and +5881580-07-10, was"
        + " +999999999-12-31", () -> Target.atMost(LocalDate.MAX, 1));
  }

  @Test
  void rejectsATrajectoryPointBeyondTheSupportedDates() {
    rejects("trajectory point date must be between -5877641-06-24 and +5881580-07-10, was"
        + " +9999999-01-01", () -> new TrajectoryPoint(FAR, 1));
  }

  @Test
  void acceptsAMeasurementOnTheLastSupportedDate() {
    OutcomeModel m = OutcomeModel.builder()
        .indicator(Indicator.builder("i", "Indicator i").build())
        .measurement(I, LAST, LAST, 7)
        .build();
    assertEquals(Integer.MAX_VALUE - 1, m.measurements(I).endEpochDay(0));
  }
}
