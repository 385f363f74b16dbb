package org.sharedoutcomes.core.progress;

import org.sharedoutcomes.core.MeasurementSeries;

/**
 * The mutable figures of a {@link ProgressTracker}: the measurements held and every computed
 * figure, one array per figure indexed by the {@link ProgressEngine}'s positions. Internal; not
 * thread-safe (the tracker guards it with its lock); {@link #copy()} makes an independent
 * state.
 */
final class ProgressState {
  final MeasurementSeries[] series;
  // indicators
  final double[] actual;
  /** The final target's period figure, NaN without a period, before its end or without data. */
  final double[] periodActual;
  final double[] expected;
  final double[] gap;
  final int[] lastEnd;
  final int[] lastLength;
  final int[] used;
  final int[] before;
  final int[] gaps;
  final boolean[] derived;
  final byte[] dataState;
  final byte[] status;
  // commitments
  final byte[] commitmentStatus;
  final byte[] commitmentRating;
  final double[] commitmentScore;
  // outcomes
  final byte[] outcomeStatus;
  final double[] outcomeScore;
  final int[] outcomeWithData;
  /** Reused by the calculations; never part of a result. */
  final Figures scratch = new Figures();

  ProgressState(MeasurementSeries[] series, int commitments, int outcomes) {
    int ni = series.length;
    this.series = series;
    actual = new double[ni];
    periodActual = new double[ni];
    expected = new double[ni];
    gap = new double[ni];
    lastEnd = new int[ni];
    lastLength = new int[ni];
    used = new int[ni];
    before = new int[ni];
    gaps = new int[ni];
    derived = new boolean[ni];
    dataState = new byte[ni];
    status = new byte[ni];
    commitmentStatus = new byte[commitments];
    commitmentRating = new byte[commitments];
    commitmentScore = new double[commitments];
    outcomeStatus = new byte[outcomes];
    outcomeScore = new double[outcomes];
    outcomeWithData = new int[outcomes];
  }

  private ProgressState(ProgressState o) {
    series = o.series.clone();
    actual = o.actual.clone();
    periodActual = o.periodActual.clone();
    expected = o.expected.clone();
    gap = o.gap.clone();
    lastEnd = o.lastEnd.clone();
    lastLength = o.lastLength.clone();
    used = o.used.clone();
    before = o.before.clone();
    gaps = o.gaps.clone();
    derived = o.derived.clone();
    dataState = o.dataState.clone();
    status = o.status.clone();
    commitmentStatus = o.commitmentStatus.clone();
    commitmentRating = o.commitmentRating.clone();
    commitmentScore = o.commitmentScore.clone();
    outcomeStatus = o.outcomeStatus.clone();
    outcomeScore = o.outcomeScore.clone();
    outcomeWithData = o.outcomeWithData.clone();
  }

  /** An independent copy: O(I + C + O). */
  ProgressState copy() {
    return new ProgressState(this);
  }
}
