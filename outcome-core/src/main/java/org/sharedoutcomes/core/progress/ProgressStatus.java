package org.sharedoutcomes.core.progress;

import org.apiguardian.api.API;

/**
 * The derived status of an indicator, commitment or outcome at a date. Never entered by hand:
 * it is computed from measurements, trajectories and milestones. Human judgements are
 * {@link org.sharedoutcomes.core.DeliveryAssessment}s and are reported beside it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ProgressStatus {
  /** The final target is attained (for a commitment: every indicator and milestone). */
  ACHIEVED,
  /** Within the on-track threshold of the trajectory, or ahead of it. */
  ON_TRACK,
  /** Behind the trajectory by more than the on-track threshold, within the at-risk one. */
  AT_RISK,
  /** Behind the trajectory beyond the at-risk threshold, or a target or due date missed. */
  OFF_TRACK,
  /** Nothing to judge by: no data, stale data, or no trajectory to compare with. */
  NO_DATA;

  /**
   * How bad the status is, for comparisons: 0 for {@link #ACHIEVED}, 1 on track, 2 at risk,
   * 3 off track; {@link #NO_DATA} has no rank and returns -1.
   *
   * @return the rank, or -1
   */
  public int rank() {
    return this == NO_DATA ? -1 : ordinal();
  }

  static ProgressStatus ofRank(int rank) {
    return values()[rank];
  }
}
