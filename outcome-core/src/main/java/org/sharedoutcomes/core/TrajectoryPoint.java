package org.sharedoutcomes.core;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * An explicit point of an indicator's planned trajectory: the value expected on a date.
 * Immutable and thread-safe.
 *
 * @param date the date
 * @param value the expected value, finite
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TrajectoryPoint(LocalDate date, double value) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if the date is null
   * @throws IllegalArgumentException if the value is NaN or infinite, or the date is outside
   *     the supported dates (about 5.8 million years either side of 1970)
   */
  public TrajectoryPoint {
    Checks.epochDay(date, "trajectory point date");
    Checks.finite(value, "trajectory point value");
  }
}
