package org.sharedoutcomes.core.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Baseline;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.Interpolation;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TrajectoryPoint;
import org.sharedoutcomes.core.internal.Checks;

/**
 * The planned path of an indicator: the value expected at any date (Barber's "trajectory").
 *
 * <p>Its points are the indicator's {@link Indicator#plannedPoints() planned points} when it
 * has any; otherwise its baseline followed by its targets dated after the baseline, each
 * target at its {@link Target#reference() reference value} (a range's midpoint). Between
 * points the path is {@link Interpolation#LINEAR linear} or {@link Interpolation#STEPWISE
 * stepwise} (a point's value holds until the next point's date); before the first point it is
 * the first value and after the last point the last value.
 *
 * <pre>{@code
 * Trajectory t = Trajectory.of(indicator);            // baseline 100 on 2025-01-01, target 200 on 2027-01-01
 * t.expectedAt(LocalDate.of(2026, 1, 1));             // OptionalDouble[150.0]: 365 of 730 days
 * }</pre>
 *
 * <p>{@link #expectedAt} runs in O(log p) for p points. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Trajectory {
  private final List<TrajectoryPoint> points;
  private final Interpolation interpolation;
  private final int[] days;
  private final double[] values;
  private final double span;

  private Trajectory(List<TrajectoryPoint> points, Interpolation interpolation) {
    this.points = List.copyOf(points);
    this.interpolation = interpolation;
    this.days = new int[points.size()];
    this.values = new double[points.size()];
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < days.length; i++) {
      days[i] = (int) points.get(i).date().toEpochDay(); // TrajectoryPoint checks the range
      values[i] = points.get(i).value();
      min = Math.min(min, values[i]);
      max = Math.max(max, values[i]);
    }
    this.span = days.length == 0 ? 0 : max - min;
  }

  /**
   * The trajectory of an indicator, from its planned points or else its baseline and targets.
   *
   * @param indicator the indicator
   * @return its trajectory, possibly {@link #isEmpty() empty}
   */
  public static Trajectory of(Indicator indicator) {
    Checks.notNull(indicator, "indicator");
    if (!indicator.plannedPoints().isEmpty()) {
      return new Trajectory(indicator.plannedPoints(), indicator.interpolation());
    }
    List<TrajectoryPoint> pts = new ArrayList<>();
    LocalDate after = LocalDate.MIN;
    if (indicator.baseline().isPresent()) {
      Baseline b = indicator.baseline().get();
      pts.add(new TrajectoryPoint(b.date(), b.value()));
      after = b.date();
    }
    for (Target t : indicator.targets()) {
      if (t.date().isAfter(after)) {
        pts.add(new TrajectoryPoint(t.date(), t.reference()));
      }
    }
    return new Trajectory(pts, indicator.interpolation());
  }

  /**
   * A trajectory through the given points.
   *
   * @param points the points, in any order, with distinct dates
   * @param interpolation how the path runs between points
   * @return the trajectory
   * @throws IllegalArgumentException if two points share a date
   */
  public static Trajectory through(List<TrajectoryPoint> points, Interpolation interpolation) {
    List<TrajectoryPoint> sorted = new ArrayList<>(Checks.list(points, "trajectory points"));
    sorted.sort(java.util.Comparator.comparing(TrajectoryPoint::date));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).date().equals(sorted.get(i - 1).date())) {
        throw new IllegalArgumentException(
            "trajectory has two points on " + sorted.get(i).date());
      }
    }
    return new Trajectory(sorted, Checks.notNull(interpolation, "interpolation"));
  }

  /**
   * The points, by date.
   *
   * @return an unmodifiable list
   */
  public List<TrajectoryPoint> points() {
    return points;
  }

  /**
   * How the path runs between points.
   *
   * @return the interpolation
   */
  public Interpolation interpolation() {
    return interpolation;
  }

  /**
   * Whether the trajectory has no points, so that no value is expected.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return days.length == 0;
  }

  /**
   * The value expected on a date.
   *
   * @param date the date
   * @return the expected value, empty if the trajectory has no points
   * @throws IllegalArgumentException if the date is outside the supported dates (about 5.8
   *     million years either side of 1970)
   */
  public OptionalDouble expectedAt(LocalDate date) {
    double v = expectedAtEpochDay(Checks.epochDay(date, "date"));
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** The expected value on an epoch day, NaN if empty. */
  double expectedAtEpochDay(int day) {
    int n = days.length;
    if (n == 0) {
      return Double.NaN;
    }
    if (day <= days[0]) {
      return values[0];
    }
    if (day >= days[n - 1]) {
      return values[n - 1];
    }
    int lo = 0;
    int hi = n - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] <= day) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    if (interpolation == Interpolation.STEPWISE) {
      return values[lo];
    }
    double f = (double) (day - days[lo]) / (days[hi] - days[lo]);
    return values[lo] + f * (values[hi] - values[lo]);
  }

  /** The difference between the highest and lowest point, 0 if empty. */
  double span() {
    return span;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Trajectory t && t.points.equals(points)
        && t.interpolation == interpolation;
  }

  @Override
  public int hashCode() {
    return points.hashCode() * 31 + interpolation.hashCode();
  }

  @Override
  public String toString() {
    return "Trajectory[" + interpolation + ", " + points + "]";
  }
}
