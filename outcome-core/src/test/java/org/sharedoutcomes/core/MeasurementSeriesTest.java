package org.sharedoutcomes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.core.Fixtures.CRA;
import static org.sharedoutcomes.core.Fixtures.D2026;
import static org.sharedoutcomes.core.Fixtures.ESDC;
import static org.sharedoutcomes.core.Fixtures.RATE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MeasurementSeriesTest {
  private static Measurement m(int day, double value) {
    return Measurement.of(RATE, D2026.plusDays(day), D2026.plusDays(day), value);
  }

  @Test
  void ordersByPeriodStartThenEndThenDimensionsReporterTimeStatusAndValue() {
    Measurement a = m(0, 9);
    Measurement b = Measurement.of(RATE, D2026, D2026.plusDays(1), 1);
    Measurement c = Measurement.of(RATE, D2026, D2026.plusDays(1), 1).withDimension("r", "n");
    Measurement d = c.withReporter(CRA);
    Measurement e = d.withReportedAt(Instant.EPOCH);
    Measurement f = e.withStatus(MeasurementStatus.PROVISIONAL);
    Measurement g = f.withDimension("r", "s");
    Measurement h = m(1, 0);
    List<Measurement> expected = List.of(a, b, c, d, e, f, g, h);
    List<Measurement> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    assertEquals(expected, MeasurementSeries.of(RATE, shuffled).asList());
  }

  @Test
  void ordersEqualPeriodsByValue() {
    MeasurementSeries s = MeasurementSeries.of(RATE, List.of(m(0, 3), m(0, -1), m(0, 2)));
    assertEquals(List.of(-1.0, 2.0, 3.0), List.of(s.value(0), s.value(1), s.value(2)));
  }

  @Test
  void seriesWithTheSameMeasurementsAreEqualWhateverTheInsertionOrder() {
    List<Measurement> ms = varied(100);
    List<Measurement> shuffled = new ArrayList<>(ms);
    Collections.shuffle(shuffled, new Random(7));
    MeasurementSeries one = MeasurementSeries.of(RATE, ms);
    MeasurementSeries two = MeasurementSeries.of(RATE, shuffled);
    assertEquals(one, two);
    assertEquals(one.hashCode(), two.hashCode());
  }

  @Test
  void seriesDifferingInOneReporterAreNotEqual() {
    List<Measurement> ms = new ArrayList<>(varied(10));
    MeasurementSeries one = MeasurementSeries.of(RATE, ms);
    ms.set(3, ms.get(3).withReporter(AgencyId.of("someone-else")));
    assertNotEquals(one, MeasurementSeries.of(RATE, ms));
  }

  /** Measurements whose every optional column varies, over more than one 64-bit word. */
  private static List<Measurement> varied(int n) {
    List<Measurement> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Measurement x = m(i, i * 1.5);
      if (i % 3 == 0) {
        x = x.withReporter(i % 2 == 0 ? ESDC : CRA);
      }
      if (i % 4 == 0) {
        x = x.withReportedAt(Instant.ofEpochSecond(i));
      }
      if (i % 5 == 0) {
        x = x.withDimension("region", "r" + i % 2);
      }
      if (i % 7 == 0 || i == 65) {
        x = x.withStatus(MeasurementStatus.PROVISIONAL);
      }
      out.add(x);
    }
    return out;
  }

  @Test
  void varyingColumnsRoundTripThroughGet() {
    List<Measurement> ms = varied(70);
    MeasurementSeries s = MeasurementSeries.of(RATE, ms);
    assertEquals(70, s.size());
    for (int i = 0; i < ms.size(); i++) {
      assertEquals(ms.get(i), s.get(i), "row " + i);
    }
    assertEquals(MeasurementStatus.PROVISIONAL, s.status(65));
    assertEquals(MeasurementStatus.FINAL, s.status(64));
    assertFalse(s.allTotals());
  }

  @Test
  void uniformColumnsRoundTripThroughGet() {
    List<Measurement> ms = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ms.add(m(i, i).withReporter(ESDC).withDimension("region", "north"));
    }
    MeasurementSeries s = MeasurementSeries.of(RATE, ms);
    assertEquals(ms, s.asList());
    assertEquals(java.util.Optional.of(ESDC), s.reportedBy(19));
    assertEquals(java.util.Map.of("region", "north"), s.dimensions(0));
  }

  @Test
  void fastPathRowsAreFinalTotalsWithoutReporter() {
    MeasurementSeries s = MeasurementSeries.builder(RATE).add(D2026, D2026.plusDays(30), 4.5)
        .build();
    assertEquals(Measurement.of(RATE, D2026, D2026.plusDays(30), 4.5), s.get(0));
    assertEquals(D2026.toEpochDay(), s.startEpochDay(0));
    assertEquals(D2026.plusDays(30).toEpochDay(), s.endEpochDay(0));
    assertTrue(s.allTotals());
  }

  @Test
  void plusAddsOneMeasurementInItsPlace() {
    MeasurementSeries s = MeasurementSeries.of(RATE, List.of(m(0, 1), m(2, 3)));
    MeasurementSeries t = s.plus(m(1, 2));
    assertEquals(List.of(m(0, 1), m(1, 2), m(2, 3)), t.asList());
    assertEquals(2, s.size());
  }

  @Test
  void toBuilderRebuildsAnEqualSeries() {
    MeasurementSeries s = MeasurementSeries.of(RATE, varied(30));
    assertEquals(s, s.toBuilder().build());
  }

  @Test
  void anEmptySeriesHasNoRows() {
    MeasurementSeries s = MeasurementSeries.empty(RATE);
    assertTrue(s.isEmpty());
    assertEquals(List.of(), s.asList());
    assertEquals(s, MeasurementSeries.builder(RATE).build());
    assertThrows(IndexOutOfBoundsException.class, () -> s.get(0));
  }

  @Test
  void readingPastTheEndThrowsIndexOutOfBounds() {
    MeasurementSeries s = MeasurementSeries.of(RATE, varied(3));
    assertThrows(IndexOutOfBoundsException.class, () -> s.reportedBy(3));
    assertThrows(IndexOutOfBoundsException.class, () -> s.status(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> s.asList().get(3));
  }

  @Test
  void theListViewIsUnmodifiable() {
    MeasurementSeries s = MeasurementSeries.of(RATE, varied(3));
    assertThrows(UnsupportedOperationException.class, () -> s.asList().add(m(9, 9)));
  }

  /**
   * A builder made after another borrows that one's period columns only as far as its rows of
   * then: past them the columns' free room (zeros, the epoch day) is not a row, and the other
   * builder's later rows, written there, are not this one's.
   */
  @Test
  void aBuilderMadeAfterAnotherBorrowsOnlyTheRowsItHadThen() {
    java.time.LocalDate epoch = java.time.LocalDate.EPOCH;
    MeasurementSeries.Builder before = MeasurementSeries.builder(Fixtures.NUM);
    before.add(epoch.plusDays(5), epoch.plusDays(5), 1);
    MeasurementSeries.Builder b = MeasurementSeries.after(RATE, before);
    b.add(epoch.plusDays(5), epoch.plusDays(5), 10); // the borrowed row's period
    b.add(epoch, epoch, 20); // what the free room past it holds
    before.add(epoch.plusDays(9), epoch.plusDays(9), 2); // written into that room
    assertEquals(MeasurementSeries.of(RATE, List.of(Measurement.of(RATE, epoch, epoch, 20),
        Measurement.of(RATE, epoch.plusDays(5), epoch.plusDays(5), 10))), b.build());
    assertEquals(MeasurementSeries.of(Fixtures.NUM, List.of(
        Measurement.of(Fixtures.NUM, epoch.plusDays(5), epoch.plusDays(5), 1),
        Measurement.of(Fixtures.NUM, epoch.plusDays(9), epoch.plusDays(9), 2))), before.build());
    // the neighbour: a builder after an empty one borrows nothing
    MeasurementSeries.Builder none = MeasurementSeries.after(RATE, MeasurementSeries.builder(RATE));
    none.add(epoch, epoch, 1);
    assertEquals(MeasurementSeries.of(RATE, List.of(Measurement.of(RATE, epoch, epoch, 1))),
        none.build());
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /**
   * Whatever the rows, the builder's starting room (or the builder whose period columns it
   * starts from, which goes on taking rows) and wherever it is built (full, when it hands its
   * columns over, or not), each series built equals (and hashes as) the series of the
   * same rows built afresh, and reads nothing past its own rows, however many rows the builder
   * was given after.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everySeriesBuiltFromAGrowingBuilderEqualsOneBuiltAfresh(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String where = "seed " + seed;
    // half the builders made with room for a given number of rows (as a loader makes them),
    // and built whenever they are full as well: there they hand their columns over uncopied
    // or made after another builder, borrowing its period columns, which that one goes on
    // filling past its rows of then
    MeasurementSeries.Builder b;
    MeasurementSeries.Builder before = null;
    List<Measurement> beforeRows = new ArrayList<>();
    int room;
    switch (r.nextInt(3)) {
      case 0 -> {
        b = MeasurementSeries.builder(RATE);
        room = 8;
      }
      case 1 -> {
        int hint = r.nextInt(0, 40);
        b = MeasurementSeries.builder(RATE, hint);
        room = Math.max(hint, 8);
      }
      default -> {
        before = MeasurementSeries.builder(Fixtures.NUM);
        int k = r.nextInt(1, 60);
        for (int i = 0; i < k; i++) {
          int day = r.nextInt(10) == 0 ? r.nextInt(0, 400) : i;
          Measurement m = Measurement.of(Fixtures.NUM, D2026.plusDays(day),
              D2026.plusDays(day + (r.nextInt(20) == 0 ? 1 : 0)), i);
          before.add(m);
          beforeRows.add(m);
        }
        b = MeasurementSeries.after(RATE, before);
        room = Math.max(k, 8);
      }
    }
    // the model builds its series sharing equal period columns: half the builds do so here
    MeasurementSeries.Columns columns = new MeasurementSeries.Columns();
    List<Measurement> rows = new ArrayList<>();
    List<MeasurementSeries> built = new ArrayList<>();
    List<List<Measurement>> builtRows = new ArrayList<>();
    int n = r.nextInt(0, 120);
    for (int i = 0; i < n; i++) {
      // mostly in order (shared values), sometimes out of order (sorted copies)
      int day = r.nextInt(10) == 0 ? r.nextInt(0, 400) : i;
      Measurement m = Measurement.of(RATE, D2026.plusDays(day), D2026.plusDays(day),
          r.nextInt(-1000, 1000) / 8.0);
      b.add(m);
      rows.add(m);
      if (before != null && r.nextInt(3) == 0) {
        Measurement other = Measurement.of(Fixtures.NUM, D2026.plusDays(r.nextInt(0, 400)),
            D2026.plusDays(400), -i);
        before.add(other);
        beforeRows.add(other);
      }
      boolean full = b.size() == room;
      if (full) {
        room = room + (room >> 1);
      }
      if (full || r.nextInt(6) == 0) {
        built.add(r.nextBoolean() ? b.build() : b.build(columns));
        builtRows.add(List.copyOf(rows));
      }
    }
    if (before != null) {
      assertEquals(MeasurementSeries.of(Fixtures.NUM, beforeRows), before.build(), where);
    }
    for (int k = 0; k < built.size(); k++) {
      MeasurementSeries s = built.get(k);
      MeasurementSeries afresh = MeasurementSeries.of(RATE, builtRows.get(k));
      assertEquals(afresh, s, where);
      assertEquals(afresh.hashCode(), s.hashCode(), where);
      assertEquals(afresh.asList(), s.asList(), where);
      double sum = 0;
      double sumAfresh = 0;
      for (int i = 0; i < s.size(); i++) {
        sum += s.value(i);
        sumAfresh += afresh.value(i);
      }
      assertEquals(sumAfresh, sum, where);
      int size = s.size();
      assertThrows(IndexOutOfBoundsException.class, () -> s.value(size), where);
    }
  }
}
