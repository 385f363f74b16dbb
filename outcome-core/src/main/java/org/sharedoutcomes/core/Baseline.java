package org.sharedoutcomes.core;

import java.time.LocalDate;
import java.util.Map;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * The value of an {@link Indicator} at the start, on a date, for the whole indicator or for one
 * dimension value (IATI allows several baselines, by year and by dimension). A baseline is a
 * reference level: it is never added into a sum over time unless the indicator's values are
 * {@link ValueBasis#CUMULATIVE cumulative}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Baseline total = Baseline.of(120, LocalDate.of(2024, 1, 1));
 * Baseline north = Baseline.of(40, LocalDate.of(2024, 1, 1), Map.of("region", "north"));
 * }</pre>
 *
 * @param value the baseline value, finite
 * @param date the date it was measured
 * @param dimensions the dimension values it is for (such as {@code region=north}), sorted by
 *     key; empty for the whole indicator (since 0.2)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Baseline(double value, LocalDate date, Map<String, String> dimensions) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if the date, the dimensions or one of them is null
   * @throws IllegalArgumentException if the value is NaN or infinite, a dimension key is blank,
   *     or the date is outside the supported dates (about 5.8 million years either side of 1970)
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Baseline {
    Checks.finite(value, "baseline value");
    Checks.epochDay(date, "baseline date");
    dimensions = Checks.attributes(dimensions, "baseline dimensions");
  }

  /**
   * A baseline for the whole indicator.
   *
   * @param value the value, finite
   * @param date the date
   * @throws IllegalArgumentException as the canonical constructor
   */
  public Baseline(double value, LocalDate date) {
    this(value, date, Map.of());
  }

  /**
   * A baseline for the whole indicator.
   *
   * @param value the value, finite
   * @param date the date
   * @return the baseline
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Baseline of(double value, LocalDate date) {
    return new Baseline(value, date, Map.of());
  }

  /**
   * A baseline for some dimension values.
   *
   * @param value the value, finite
   * @param date the date
   * @param dimensions the dimension values, such as {@code Map.of("region", "north")}
   * @return the baseline
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Baseline of(double value, LocalDate date, Map<String, String> dimensions) {
    return new Baseline(value, date, dimensions);
  }

  /**
   * Whether the baseline is for the whole indicator (no dimensions).
   *
   * @return true if it has no dimensions
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public boolean isTotal() {
    return dimensions.isEmpty();
  }
}
