package org.sharedoutcomes.json.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Dates read so far, so that a document's many equal dates share one {@link LocalDate} (and
 * one {@link Optional} of it): a direct-mapped cache keyed by year, month and day, which
 * holds about sixteen consecutive years without collisions.
 */
final class DateCache {
  private static final int SIZE = 1 << 13;
  private final int[] keys = new int[SIZE];
  private final @Nullable LocalDate[] dates = new LocalDate[SIZE];
  private final @Nullable Optional<LocalDate>[] optionals = newOptionals();

  @SuppressWarnings("unchecked")
  private static Optional<LocalDate>[] newOptionals() {
    return (Optional<LocalDate>[]) new Optional<?>[SIZE];
  }

  /**
   * The key of a date given as a year of at most four digits, a month 1 to 12 and a day 1
   * to 31 (not yet checked to be a real date).
   */
  static int key(int year, int month, int day) {
    return (year << 9) | (month << 5) | day;
  }

  /**
   * The date of a key.
   *
   * @throws DateTimeException if it is not a real date, such as February 30
   */
  LocalDate date(int key) {
    int slot = slot(key);
    LocalDate d = dates[slot];
    if (d != null && keys[slot] == key) {
      return d;
    }
    d = LocalDate.of(key >>> 9, (key >>> 5) & 0xF, key & 0x1F);
    keys[slot] = key;
    dates[slot] = d;
    optionals[slot] = null;
    return d;
  }

  Optional<LocalDate> optional(int key) {
    LocalDate d = date(key);
    int slot = slot(key);
    Optional<LocalDate> o = optionals[slot];
    if (o == null) {
      o = Optional.of(d);
      optionals[slot] = o;
    }
    return o;
  }

  private static int slot(int key) {
    // consecutive days of consecutive months and years fill consecutive slots
    return ((key >>> 9) * 372 + ((key >>> 5) & 0xF) * 31 + (key & 0x1F)) & (SIZE - 1);
  }
}
