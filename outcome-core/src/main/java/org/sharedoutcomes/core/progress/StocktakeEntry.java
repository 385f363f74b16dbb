package org.sharedoutcomes.core.progress;

import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Rating;
import org.sharedoutcomes.core.internal.Checks;

/**
 * One commitment in a {@link Stocktake}: its progress, its trend since the previous
 * stocktake and whether the centre should offer help. Immutable and thread-safe.
 *
 * @param progress the commitment's progress at the stocktake's date
 * @param previous its status at the previous stocktake, if it was in it
 * @param trend how its status moved since then
 * @param canWeHelp true if the centre should ask "Can we help?": at risk, off track, no data,
 *     a derived likelihood of AMBER_RED or RED, or a disagreement with the human assessment
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StocktakeEntry(
    CommitmentProgress progress,
    Optional<ProgressStatus> previous,
    Trend trend,
    boolean canWeHelp) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public StocktakeEntry {
    Checks.notNull(progress, "stocktake entry progress");
    Checks.optional(previous, "stocktake entry previous");
    Checks.notNull(trend, "stocktake entry trend");
  }

  /**
   * Whether a commitment's progress calls for help from the centre.
   *
   * @param p the progress
   * @return true if at risk, off track, without data, rated AMBER_RED or RED, or disputed
   */
  static boolean needsHelp(CommitmentProgress p) {
    return p.status() == ProgressStatus.AT_RISK || p.status() == ProgressStatus.OFF_TRACK
        || p.status() == ProgressStatus.NO_DATA || p.likelihood() == Rating.AMBER_RED
        || p.likelihood() == Rating.RED || p.disagreement();
  }
}
