package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** How values of an {@link Indicator} aggregate, over time or over contributors and regions (after DHIS2's AggregationType). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Aggregation {
  /** Add the values (flows: cases handled, money spent). */
  SUM,
  /** Average the values. */
  AVERAGE,
  /** Take the latest value (stocks: a rate, a count at a date). */
  LAST,
  /** Take the smallest value. */
  MIN,
  /** Take the largest value. */
  MAX,
  /** Values must not be aggregated. */
  NONE,
  /**
   * Take the median value (the mean of the two middle ones for an even count): ordinal levels
   * (since 0.2).
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  MEDIAN
}
