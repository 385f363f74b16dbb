package org.sharedoutcomes.core.progress;

import org.apiguardian.api.API;

/**
 * Whether an indicator has data at a date. Missing data is a state, never a zero.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DataState {
  /** The latest period is recent enough. */
  CURRENT,
  /**
   * The latest period ended more than one reporting period plus the grace period ago
   * ("no data since 2026-03").
   */
  STALE,
  /** No usable measurement at all (none yet, or all before the baseline). */
  NONE,
  /**
   * No total can be made: the only figures are by region (or another dimension) and the
   * indicator's region aggregation is {@link org.sharedoutcomes.core.Aggregation#SUM}, which
   * does not apply to its measure type: percentages, ordinal levels, nominal codes and
   * qualitative scores are never summed (40% + 50% is not 90%). Report a total, or measure
   * the indicator through a numerator and denominator.
   */
  NOT_SUMMABLE
}
