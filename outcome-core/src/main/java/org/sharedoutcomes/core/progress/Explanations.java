package org.sharedoutcomes.core.progress;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.DeliveryAssessment;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Milestone;
import org.sharedoutcomes.core.Rating;
import org.sharedoutcomes.core.Target;

/**
 * The English sentences that explain the figures: built from figures the
 * {@link ProgressEngine} has computed, never computing any. Internal; stateless.
 */
final class Explanations {
  private Explanations() {}

  /**
   * The figures an indicator's explanation needs.
   *
   * @param status its status
   * @param state its data state
   * @param actual the actual value, NaN if none
   * @param expected the expected value, NaN if none
   * @param shortfall how far behind the trajectory, 0 when on it within the tolerance,
   *     negative when ahead; NaN when not compared
   * @param share the shortfall as a share of the expected value (or of the trajectory's span),
   *     NaN when the scale is 0
   * @param finalTarget the final target, null if none
   * @param firstTarget the first target, null if none
   * @param asOf the date of the assessment
   * @param lastEnd the last day of the latest period used, as an epoch day
   * @param ignoredBeforeBaseline measurements ignored before the baseline
   * @param derived whether the actual value is numerator / denominator
   * @param measureType the measure type's name, lower case
   * @param declaredRule the declared region aggregation's name, null when by measure type
   * @param periodActual the final target's period figure, NaN if none
   */
  record IndicatorFacts(ProgressStatus status, DataState state, double actual, double expected,
      double shortfall, double share, @Nullable Target finalTarget, @Nullable Target firstTarget,
      LocalDate asOf,
      int lastEnd, int ignoredBeforeBaseline, boolean derived, String measureType,
      @Nullable String declaredRule, double periodActual) {}

  /** Why an indicator's status is what it is. */
  static String indicator(IndicatorFacts f) {
    double a = f.actual();
    Target due = f.finalTarget();
    if (due != null && due.hasPeriod() && !f.asOf().isBefore(due.date())) {
      // decided by the period's figure, whatever the state of the latest data
      double p = f.periodActual();
      if (Double.isNaN(p)) {
        return "final target " + describe(due) + ": no data inside its period";
      }
      return "final target " + describe(due) + (f.status() == ProgressStatus.ACHIEVED
          ? " attained with " : " missed: ") + num(p) + " in its period";
    }
    switch (f.state()) {
      case NONE -> {
        String why = f.derived() ? "no data for its numerator or denominator" : "no data";
        return f.ignoredBeforeBaseline() > 0 ? why + " since the baseline ("
            + f.ignoredBeforeBaseline() + " measurement(s) before it ignored)" : why;
      }
      case NOT_SUMMABLE -> {
        String refused = f.declaredRule() == null
            ? "a " + f.measureType() + " is not combined across regions by default"
            : "combining a " + f.measureType() + " across regions by " + f.declaredRule()
                + " is refused";
        return "no total: its figures are by dimension only, and " + refused
            + "; report a total, or measure it through a numerator and a denominator";
      }
      case STALE -> {
        return "no data since " + YearMonth.from(LocalDate.ofEpochDay(f.lastEnd()))
            + " (last value " + num(a) + ")";
      }
      default -> { }
    }
    Target t = f.finalTarget();
    if (f.status() == ProgressStatus.ACHIEVED && t != null) {
      return "final target " + describe(t) + " attained with " + num(a)
          + (f.asOf().isBefore(t.date()) ? " (already, before its date)" : "");
    }
    Target first = f.firstTarget();
    if (f.status() == ProgressStatus.NOT_YET_DUE && first != null) {
      return "not yet due: no baseline or planned points, so no plan to be behind before the"
          + " first target (" + describe(first) + "); actual " + num(a);
    }
    if (t != null && !f.asOf().isBefore(t.date())) {
      return "final target " + describe(t) + " missed: actual " + num(a)
          + (f.asOf().equals(t.date()) ? " on its due date" : "");
    }
    double e = f.expected();
    if (Double.isNaN(e)) {
      return "no baseline, target or planned point to compare with (actual " + num(a) + ")";
    }
    if (f.shortfall() <= 0) {
      return (f.shortfall() == 0 ? "on" : "ahead of") + " its trajectory (expected " + num(e)
          + ", actual " + num(a) + ")";
    }
    String share = Double.isNaN(f.share()) ? "behind a flat zero trajectory"
        : pct(f.share()) + " behind its trajectory";
    return share + " (expected " + num(e) + ", actual " + num(a) + ")";
  }

  /** A reason of a commitment naming one of its indicators. */
  static String indicatorReason(IndicatorId id, ProgressStatus status, String explanation) {
    String is = switch (status) {
      case NO_DATA -> "has no data";
      default -> "is " + status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
    return "indicator '" + id + "' " + is + ": " + explanation;
  }

  /** A reason of a commitment naming a late milestone. */
  static String milestoneLate(Milestone m, long daysLate) {
    return "milestone '" + m.name() + "' was due " + m.due() + " and is not done (" + daysLate
        + " days late)";
  }

  /** A reason of a commitment whose due date has come without it being achieved. */
  static String dueMissed(LocalDate due) {
    return "commitment was due " + due + " and is not achieved";
  }

  /** The reason of a commitment with nothing to report. */
  static String summary(ProgressStatus status, int assessed) {
    return switch (status) {
      case ACHIEVED -> "every indicator and milestone achieved";
      case NO_DATA -> "no indicators or milestones to judge by";
      case NOT_YET_DUE -> "no indicator is due yet and none has a plan to be behind";
      default -> assessed + (assessed == 1 ? " indicator" : " indicators")
          + " on track, no milestone late";
    };
  }

  /** The reason of a commitment whose human assessment disagrees with the derived rating. */
  static String disagreement(DeliveryAssessment human, Rating derived) {
    return "the latest human assessment (" + human.rating() + " on " + human.date()
        + ") disagrees with the derived " + derived;
  }

  static String describe(Target t) {
    String v = switch (t.kind()) {
      case EXACT -> "= " + num(t.low());
      case AT_LEAST -> ">= " + num(t.low());
      case AT_MOST -> "<= " + num(t.high());
      case RANGE -> "in [" + num(t.low()) + ", " + num(t.high()) + "]";
      case REACH -> "reaching " + num(t.low());
    };
    String within = t.tolerance() > 0 ? " (\u00b1 " + num(t.tolerance()) + ")" : "";
    return v + within + (t.periodStart().isPresent()
        ? " from " + t.periodStart().get() + " to " + t.date() : " by " + t.date());
  }

  /**
   * A figure as a reader would write it: at most six significant digits, without trailing
   * zeros that claim a precision the data did not give (8.4, not 8.400; 0.1 + 0.2 as 0.3).
   */
  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    java.math.BigDecimal d = new java.math.BigDecimal(v)
        .round(new java.math.MathContext(6, java.math.RoundingMode.HALF_EVEN))
        .stripTrailingZeros();
    return Math.abs(v) >= 1e-4 && Math.abs(v) < 1e15 ? d.toPlainString() : d.toString();
  }

  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
