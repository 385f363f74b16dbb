package org.sharedoutcomes.core;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeasurementSeriesColumnsTest {

  @Test
  void sharesAColumnEqualToOneSeenBefore() {
    MeasurementSeries.Columns columns = new MeasurementSeries.Columns();
    int[] first = {19723, 19754};
    int[] equal = {19723, 19754};
    columns.share(first, 2, true);
    assertSame(first, columns.share(equal, 2, true));
  }

  @Test
  void sharesAColumnSeenBeforeTheLastOne() {
    MeasurementSeries.Columns columns = new MeasurementSeries.Columns();
    int[] first = {19723, 19754};
    columns.share(first, 2, true);
    columns.share(new int[] {1, 2, 3}, 3, true);
    assertSame(first, columns.share(new int[] {19723, 19754}, 2, true));
  }

  @Test
  void copiesTheUsedPartOfAColumnItDoesNotOwn() {
    MeasurementSeries.Columns columns = new MeasurementSeries.Columns();
    int[] buffer = {19723, 19754, 19783, 0};
    int[] shared = columns.share(buffer, 3, false);
    assertNotSame(buffer, shared);
    assertArrayEquals(new int[] {19723, 19754, 19783}, shared);
    buffer[0] = 1; // the builder's array changes later; the shared column does not
    assertArrayEquals(new int[] {19723, 19754, 19783}, shared);
    assertSame(shared, columns.share(new int[] {19723, 19754, 19783, 7}, 3, false));
  }

  @Test
  void findsTheUsedPartOfABufferAmongColumnsSeenBeforeTheLastOne() {
    // not the last one shared, so looked up in the map, through a view of the used part only
    MeasurementSeries.Columns columns = new MeasurementSeries.Columns();
    int[] first = columns.share(new int[] {19723, 19754, 19783, 0}, 3, false);
    columns.share(new int[] {1, 2}, 2, true);
    int[] buffer = {19723, 19754, 19783, 19814, 5};
    assertSame(first, columns.share(buffer, 3, false), "equal in the used part");
    buffer[1] = 0; // the buffer was only looked at: the shared column is unchanged
    assertArrayEquals(new int[] {19723, 19754, 19783}, first);
    int[] longer = columns.share(new int[] {19723, 19754, 19783, 19814, 9}, 4, false);
    assertNotSame(first, longer, "a longer used part is another column");
    assertArrayEquals(new int[] {19723, 19754, 19783, 19814}, longer);
  }

  @Test
  void keepsAColumnThatDiffersFromEveryOneSeenBefore() {
    MeasurementSeries.Columns columns = new MeasurementSeries.Columns();
    columns.share(new int[] {19723, 19754}, 2, true);
    int[] other = {19723, 19755};
    assertSame(other, columns.share(other, 2, true));
  }

  @Test
  void seriesOfOneModelWithTheSameCalendarStillReadTheirOwnValues() {
    LocalDate jan = LocalDate.of(2024, 1, 1);
    LocalDate feb = LocalDate.of(2024, 2, 1);
    OutcomeModel m = OutcomeModel.builder()
        .indicator(Indicator.builder("a", "A").build())
        .indicator(Indicator.builder("b", "B").build())
        .measurement(IndicatorId.of("a"), jan, jan.plusDays(30), 1.0)
        .measurement(IndicatorId.of("a"), feb, feb.plusDays(28), 2.0)
        .measurement(IndicatorId.of("b"), feb, feb.plusDays(28), 20.0)
        .measurement(IndicatorId.of("b"), jan, jan.plusDays(30), 10.0)
        .build();
    MeasurementSeries a = m.measurements(IndicatorId.of("a"));
    MeasurementSeries b = m.measurements(IndicatorId.of("b"));
    assertAll(
        () -> assertEquals(1.0, a.value(0)),
        () -> assertEquals(2.0, a.value(1)),
        () -> assertEquals(10.0, b.value(0)),
        () -> assertEquals(20.0, b.value(1)),
        () -> assertEquals(feb, b.periodStart(1)),
        () -> assertEquals(feb.plusDays(28), b.periodEnd(1)),
        () -> assertNotSame(a, b));
  }
}
