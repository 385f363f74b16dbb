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
  NO_DATA,
  /**
   * There is current data but no plan to be behind: the indicator has no baseline and no
   * planned points, and its first target is not yet due, so there is no line to compare with
   * (a final target due in 2018 is not today's expectation in 2017). For a commitment or an
   * outcome: every indicator or child with a verdict is not yet due. (Since 0.2.)
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  NOT_YET_DUE;

  /**
   * How bad the status is, for comparisons: 0 for {@link #ACHIEVED}, 1 on track, 2 at risk,
   * 3 off track; {@link #NO_DATA} and {@link #NOT_YET_DUE} have no rank and return -1.
   *
   * @return the rank, or -1
   */
  public int rank() {
    return this == NO_DATA || this == NOT_YET_DUE ? -1 : ordinal();
  }

  /** Whether this status is a verdict on progress (achieved, on track, at risk, off track). */
  boolean judged() {
    return ordinal() <= OFF_TRACK.ordinal();
  }

  static ProgressStatus ofRank(int rank) {
    return values()[rank];
  }
}
