package org.sharedoutcomes.core.progress;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.MeasurementSeries;

/**
 * The actual value of an indicator at a date under its time aggregation: one pass over its
 * series, O(n) for n measurements, no allocation. Internal; stateless and thread-safe.
 *
 * <p>Rules: only periods ending on or before the date count; periods starting before the
 * baseline date are ignored (and counted); measurements of the same period form one period
 * value: the last total in canonical order if there is a total, otherwise the disaggregated
 * values combined by the region aggregation (when the indicator is aggregable and that rule is
 * not NONE). Over time: SUM is the baseline value plus the sum of the period values (a
 * cumulative flow), AVERAGE their mean, MIN and MAX their extremes, LAST and NONE the value of
 * the latest period.
 */
final class IndicatorCalculator {
  private static final int SUM = 0;
  private static final int AVERAGE = 1;
  private static final int LAST = 2;
  private static final int MIN = 3;
  private static final int MAX = 4;

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
   * @param key the dimension, or null for the totals
   * @param dimValue the dimension's value, or null for the totals
   * @param out where to write
   */
  static void compute(MeasurementSeries s, Indicator ind, int asOfDay, @Nullable String key,
      @Nullable String dimValue, Figures out) {
    out.clear();
    int n = s.size();
    if (n == 0) {
      return;
    }
    int baselineDay = ind.baseline().isPresent()
        ? (int) ind.baseline().get().date().toEpochDay() : Integer.MIN_VALUE;
    int time = code(ind.timeAggregation());
    boolean canCombine = ind.aggregable() && ind.regionAggregation() != Aggregation.NONE;
    int region = code(ind.regionAggregation());
    boolean fast = key == null && s.allTotals();
    double acc = time == MIN ? Double.POSITIVE_INFINITY
        : time == MAX ? Double.NEGATIVE_INFINITY : 0.0;
    double last = Double.NaN;
    int lastEnd = Integer.MIN_VALUE;
    int lastLength = 0;
    int used = 0;
    int before = 0;
    int gaps = 0;
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
        before++;
        i++;
        continue;
      }
      double v;
      if (fast) {
        v = s.value(i);
        i++;
        while (i < n && s.startEpochDay(i) == st && s.endEpochDay(i) == en) {
          v = s.value(i);
          i++;
        }
      } else {
        boolean hasTotal = false;
        double total = 0;
        int matched = 0;
        double comb = 0;
        while (i < n && s.startEpochDay(i) == st && s.endEpochDay(i) == en) {
          Map<String, String> dims = s.dimensions(i);
          double x = s.value(i);
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
          i++;
        }
        if (hasTotal) {
          v = total;
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
    out.lastEnd = lastEnd;
    out.lastLength = lastLength;
    if (used == 0) {
      return;
    }
    out.actual = switch (time) {
      case SUM -> (key == null && ind.baseline().isPresent()
          ? ind.baseline().get().value() : 0.0) + acc;
      case AVERAGE -> acc / used;
      case MIN, MAX -> acc;
      default -> last;
    };
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
