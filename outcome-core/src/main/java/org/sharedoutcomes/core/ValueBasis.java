package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/**
 * What an {@link Indicator}'s values (and its baseline and targets) refer to, which decides
 * whether a {@link Aggregation#SUM sum over time} starts from the baseline.
 *
 * <ul>
 *   <li>{@link #PERIOD} (the default): each value is the figure of its own period (burglaries
 *       in March), and the baseline is a reference level (last year's total). A sum over time
 *       is the sum of the period values; the baseline is never added to it.
 *   <li>{@link #CUMULATIVE}: the indicator counts a running total since before the baseline
 *       (houses built to date), the baseline is that total on its date, and each period value is
 *       what the period added. A sum over time is the baseline plus the period values. Under
 *       any other time aggregation (LAST, AVERAGE, MIN, MAX) the values are taken as they are
 *       and the baseline is not added: report running totals with LAST.
 * </ul>
 *
 * <p>Neither IATI nor DHIS2 has a field for this (DHIS2 sums a period's values within its
 * period type and leaves running totals to the indicator formula); the default follows DHIS2's
 * SUM.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum ValueBasis {
  /** Each value is its period's figure; the baseline is a reference level, never added. */
  PERIOD,
  /** The indicator is a running total: a sum over time starts from the baseline. */
  CUMULATIVE
}
