package org.sharedoutcomes.core;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * The value of an {@link Indicator} at the start, on a date. Immutable and thread-safe.
 *
 * @param value the baseline value, finite
 * @param date the date it was measured
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Baseline(double value, LocalDate date) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if the date is null
   * @throws IllegalArgumentException if the value is NaN or infinite, or the date is outside
   *     the supported dates (about 5.8 million years either side of 1970)
   */
  public Baseline {
    Checks.finite(value, "baseline value");
    Checks.epochDay(date, "baseline date");
  }
}
