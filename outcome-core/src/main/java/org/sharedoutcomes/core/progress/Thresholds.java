package org.sharedoutcomes.core.progress;

import org.apiguardian.api.API;

/**
 * How far behind its trajectory an indicator may be and still count as on track or at risk,
 * as a share of the expected value (0.05 = 5%). Immutable and thread-safe.
 *
 * <pre>{@code
 * Thresholds t = new Thresholds(0.10, 0.25);   // looser than the defaults
 * }</pre>
 *
 * @param onTrack the largest shortfall still on track, at least 0
 * @param atRisk the largest shortfall still at risk, at least {@code onTrack}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Thresholds(double onTrack, double atRisk) {
  /** The defaults: on track within 5% of the trajectory, at risk within 15%. */
  public static final Thresholds DEFAULT = new Thresholds(0.05, 0.15);

  /**
   * Checks the thresholds.
   *
   * @throws IllegalArgumentException if either is negative or not finite, or
   *     {@code atRisk < onTrack}
   */
  public Thresholds {
    if (!Double.isFinite(onTrack) || onTrack < 0) {
      throw new IllegalArgumentException(
          "thresholds onTrack must be a finite number >= 0, was " + onTrack);
    }
    if (!Double.isFinite(atRisk) || atRisk < onTrack) {
      throw new IllegalArgumentException("thresholds atRisk must be finite and >= onTrack ("
          + onTrack + "), was " + atRisk);
    }
  }

  /**
   * The status for a shortfall behind the trajectory. Both bounds are inclusive, within a
   * tolerance of 1e-9 (a shortfall of {@code 0.050000000000000044}, which is how a double
   * computes (8.4 &minus; 8) / 8, is within 0.05; see {@code docs/progress.md}).
   *
   * @param shortfall the shortfall as a share of the expected value; zero or negative when on
   *     or ahead of the trajectory
   * @return {@link ProgressStatus#ON_TRACK}, {@link ProgressStatus#AT_RISK} or
   *     {@link ProgressStatus#OFF_TRACK}
   */
  public ProgressStatus classify(double shortfall) {
    if (Tolerance.shareAtMost(shortfall, onTrack)) {
      return ProgressStatus.ON_TRACK;
    }
    return Tolerance.shareAtMost(shortfall, atRisk) ? ProgressStatus.AT_RISK
        : ProgressStatus.OFF_TRACK;
  }
}
