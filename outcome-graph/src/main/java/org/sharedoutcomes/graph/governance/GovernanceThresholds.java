package org.sharedoutcomes.graph.governance;

import org.apiguardian.api.API;

/**
 * The thresholds of {@link GovernanceClassification}. Immutable and thread-safe.
 *
 * <pre>{@code
 * var strict = GovernanceThresholds.defaults().withMargin(0.2);
 * new GovernanceClassification(graph, strict).confidence();
 * }</pre>
 *
 * @param steward the steward share from which a delivery unit governs the network, in (0, 1]
 * @param delivery the delivery share from which one member leads the network, in (0, 1]
 * @param centralization the collaboration centralization from which one member leads, in (0, 1]
 * @param margin how far the deciding figure must lie from its threshold for HIGH confidence, in
 *     [0, 1)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record GovernanceThresholds(double steward, double delivery, double centralization,
    double margin) {
  /**
   * Checks the ranges.
   *
   * @throws IllegalArgumentException if a threshold is outside (0, 1] or the margin outside
   *     [0, 1)
   */
  public GovernanceThresholds {
    check("steward", steward);
    check("delivery", delivery);
    check("centralization", centralization);
    if (!(margin >= 0 && margin < 1)) {
      throw new IllegalArgumentException("governance margin must be in [0, 1), was " + margin);
    }
  }

  private static void check(String name, double v) {
    if (!(v > 0 && v <= 1)) {
      throw new IllegalArgumentException(
          "governance " + name + " threshold must be in (0, 1], was " + v);
    }
  }

  /**
   * The defaults: 0.5, 0.5, 0.5 and a margin of 0.1.
   *
   * @return the default thresholds
   */
  public static GovernanceThresholds defaults() {
    return new GovernanceThresholds(GovernanceClassification.STEWARD_THRESHOLD,
        GovernanceClassification.DELIVERY_THRESHOLD,
        GovernanceClassification.CENTRALIZATION_THRESHOLD, 0.1);
  }

  /**
   * These thresholds with another margin.
   *
   * @param value the margin
   * @return the new thresholds
   */
  public GovernanceThresholds withMargin(double value) {
    return new GovernanceThresholds(steward, delivery, centralization, value);
  }
}
