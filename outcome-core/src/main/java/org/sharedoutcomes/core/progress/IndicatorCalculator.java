package org.sharedoutcomes.core.progress;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.MeasurementStatus;

/**
 * The actual value of an indicator at a date under its time aggregation: one pass over its
 * series, O(n) for n measurements, no allocation. Internal; stateless and thread-safe.
 *
 * <p>Rules (the table in {@code docs/progress.md}): only periods ending on or before the date
 * count, and only figures known on the known-on day (the others are not counted anywhere) (reported on or before it; a figure without
 * a report time counts as reported at the end of its period); periods starting before the
 * baseline date are ignored (and counted). Measurements of the same period and dimensions are
 * vintages of one figure: a final one beats a provisional one, among equals the later report
 * time wins (a figure without a report time is older than any with one), and among figures
 * equal in both the last in canonical order. A period's value is then its total if there is
 * one, otherwise the disaggregated figures combined by the region aggregation (when the
 * indicator is aggregable and that rule is not NONE; never a SUM of percentages, ordinal,
 * nominal or qualitative values: such a period is counted as not summable). Over time: SUM is
 * the sum of the period values (the baseline is a reference level and is never added), AVERAGE
 * their mean, MIN and MAX their extremes, LAST and NONE the value of the latest period.
 */
final class IndicatorCalculator {
  private static final int SUM = 0;
  private static final int AVERAGE = 1;
  private static final int LAST = 2;
  private static final int MIN = 3;
  private static final int MAX = 4;
  private static final long SECONDS_PER_DAY = 86_400L;

  private IndicatorCalculator() {}

  private static int code(Aggregation a) {
    return switch (a) {
      case SUM -> SUM;
      case AVERAGE -> AVERAGE;
      case MIN -> MIN;
      case MAX -> MAX;
      case LAST, NONE -> LAST;
    };
  }

  /**
   * Computes the figures of an indicator's totals (key null) or of one dimension value.
   *
   * @param s the series
   * @param ind the indicator
   * @param asOfDay the date, as an epoch day
   * @param knownOnDay the last day whose reports count, as an epoch day
   * @param key the dimension, or null for the totals
   * @param dimValue the dimension's value, or null for the totals
   * @param out where to write
   */
  static void compute(MeasurementSeries s, Indicator ind, int asOfDay, int knownOnDay,
      @Nullable String key, @Nullable String dimValue, Figures out) {
    out.clear();
    int n = s.size();
    if (n == 0) {
      return;
    }
    int baselineDay = ind.baseline().isPresent()
        ? (int) ind.baseline().get().date().toEpochDay() : Integer.MIN_VALUE;
    long knownBefore = (knownOnDay + 1L) * SECONDS_PER_DAY;
    int time = code(ind.timeAggregation());
    boolean canCombine = ind.aggregable() && ind.regionAggregation() != Aggregation.NONE;
    int region = code(ind.regionAggregation());
    boolean sumForbidden = region == SUM && ind.measureType() != MeasureType.UNIT;
    boolean fast = key == null && s.allTotals();
    double acc = time == MIN ? Double.POSITIVE_INFINITY
        : time == MAX ? Double.NEGATIVE_INFINITY : 0.0;
    double last = Double.NaN;
    int lastEnd = Integer.MIN_VALUE;
    int lastLength = 0;
    int used = 0;
    int before = 0;
    int gaps = 0;
    int notSummable = 0;
    int prevEnd = Integer.MIN_VALUE;
    int i = 0;
    while (i < n) {
      int st = s.startEpochDay(i);
      int en = s.endEpochDay(i);
      if (en > asOfDay) {
        i++;
        continue;
      }
      if (st < baselineDay) {
        if (known(s, i, en, knownBefore)) {
          before++;
        }
        i++;
        continue;
      }
      double v;
      if (fast) {
        int runEnd = i + 1;
        while (runEnd < n && s.startEpochDay(runEnd) == st && s.endEpochDay(runEnd) == en) {
          runEnd++;
        }
        int best = runEnd == i + 1 ? (known(s, i, en, knownBefore) ? i : -1)
            : best(s, i, runEnd, en, knownBefore);
        i = runEnd;
        if (best < 0) {
          continue;
        }
        v = s.value(best);
      } else {
        boolean hasTotal = false;
        double total = 0;
        int matched = 0;
        double comb = 0;
        while (i < n && s.startEpochDay(i) == st && s.endEpochDay(i) == en) {
          // rows of equal dimensions are adjacent (canonical order): one vintage each
          Map<String, String> dims = s.dimensions(i);
          int runEnd = i + 1;
          while (runEnd < n && s.startEpochDay(runEnd) == st && s.endEpochDay(runEnd) == en
              && s.dimensions(runEnd).equals(dims)) {
            runEnd++;
          }
          int best = best(s, i, runEnd, en, knownBefore);
          i = runEnd;
          if (best < 0) {
            continue;
          }
          double x = s.value(best);
          if (key == null) {
            if (dims.isEmpty()) {
              hasTotal = true;
              total = x;
            } else {
              comb = matched == 0 ? x : combine(region, comb, x);
              matched++;
            }
          } else if (dimValue != null && dimValue.equals(dims.get(key))) {
            comb = matched == 0 ? x : combine(region, comb, x);
            matched++;
          }
        }
        if (hasTotal) {
          v = total;
        } else if (matched > 1 && canCombine && sumForbidden) {
          notSummable++;
          continue;
        } else if (matched == 1 || (matched > 1 && canCombine)) {
          v = region == AVERAGE && matched > 1 ? comb / matched : comb;
        } else {
          continue;
        }
      }
      used++;
      if (prevEnd != Integer.MIN_VALUE && st > prevEnd + 1) {
        gaps++;
      }
      if (en > prevEnd) {
        prevEnd = en;
      }
      switch (time) {
        case SUM, AVERAGE -> acc += v;
        case MIN -> acc = Math.min(acc, v);
        case MAX -> acc = Math.max(acc, v);
        default -> { }
      }
      if (en >= lastEnd) {
        lastEnd = en;
        lastLength = en - st + 1;
        last = v;
      }
    }
    out.used = used;
    out.beforeBaseline = before;
    out.gaps = gaps;
    out.notSummable = notSummable;
    out.lastEnd = lastEnd;
    out.lastLength = lastLength;
    if (used == 0) {
      return;
    }
    out.actual = switch (time) {
      case SUM, MIN, MAX -> acc;
      case AVERAGE -> acc / used;
      default -> last;
    };
  }

  /**
   * Whether row i was known: reported before the end of the known-on day, or, without a report
   * time, with its period ending on or before that day.
   */
  private static boolean known(MeasurementSeries s, int i, int periodEnd, long knownBefore) {
    Instant at = s.reportedAt(i).orElse(null);
    return at == null ? periodEnd * SECONDS_PER_DAY < knownBefore
        : at.getEpochSecond() < knownBefore;
  }

  /**
   * The row that stands for the vintages from {@code from} to {@code to} (exclusive): among the
   * known ones, final before provisional, then the latest report time (none is oldest), then
   * the last in canonical order; -1 if none is known.
   */
  private static int best(MeasurementSeries s, int from, int to, int periodEnd,
      long knownBefore) {
    int best = -1;
    boolean bestFinal = false;
    @Nullable Instant bestAt = null;
    for (int k = from; k < to; k++) {
      if (!known(s, k, periodEnd, knownBefore)) {
        continue;
      }
      boolean fin = s.status(k) == MeasurementStatus.FINAL;
      Instant at = s.reportedAt(k).orElse(null);
      boolean better;
      if (best < 0 || fin != bestFinal) {
        better = best < 0 || fin;
      } else if (at == null) {
        better = bestAt == null;
      } else {
        better = bestAt == null || !at.isBefore(bestAt);
      }
      if (better) {
        best = k;
        bestFinal = fin;
        bestAt = at;
      }
    }
    return best;
  }

  private static double combine(int rule, double acc, double x) {
    return switch (rule) {
      case MIN -> Math.min(acc, x);
      case MAX -> Math.max(acc, x);
      case LAST -> x;
      default -> acc + x;
    };
  }
}
