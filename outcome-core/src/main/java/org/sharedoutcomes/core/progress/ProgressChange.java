package org.sharedoutcomes.core.progress;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.internal.Checks;

/**
 * What one accepted measurement changed in a {@link ProgressTracker}. Immutable and
 * thread-safe.
 *
 * @param measurement the measurement accepted
 * @param indicators the indicators whose figures changed (the measured one, and ratios built
 *     on it), by id
 * @param statusChanges every indicator, commitment and outcome whose status changed,
 *     indicators first, then commitments, then outcomes from the leaves up
 * @param recomputed how many indicators, commitments and outcomes were recomputed: the
 *     affected path, not the model
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ProgressChange(
    Measurement measurement,
    Set<IndicatorId> indicators,
    List<StatusChange> statusChanges,
    int recomputed) {

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public ProgressChange {
    Checks.notNull(measurement, "progress change measurement");
    indicators = Checks.sortedSet(indicators, "progress change indicators");
    statusChanges = Checks.list(statusChanges, "progress change statusChanges");
  }

  /**
   * The commitments whose status changed.
   *
   * @return their ids, in the order of {@link #statusChanges()}
   */
  public List<CommitmentId> commitments() {
    return statusChanges.stream().filter(c -> c.subject() instanceof CommitmentId)
        .map(c -> (CommitmentId) c.subject()).toList();
  }

  /**
   * The outcomes whose status changed.
   *
   * @return their ids, in the order of {@link #statusChanges()}
   */
  public List<OutcomeId> outcomes() {
    return statusChanges.stream().filter(c -> c.subject() instanceof OutcomeId)
        .map(c -> (OutcomeId) c.subject()).toList();
  }

  /**
   * Whether nothing's status changed.
   *
   * @return true if no status changed
   */
  public boolean isQuiet() {
    return statusChanges.isEmpty();
  }
}
