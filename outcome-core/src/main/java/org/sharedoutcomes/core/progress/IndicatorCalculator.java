package org.sharedoutcomes.core.progress;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.Baseline;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.MeasurementStatus;
import org.sharedoutcomes.core.ValueBasis;

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
 * one, otherwise the disaggregated figures combined by the region rule in force
 * ({@link Indicator#regionRule()}: declared, or by the measure type) when the indicator is
 * aggregable and that rule is not NONE; a rule the measure type refuses (a SUM or AVERAGE of
 * percentages or levels, any rule for nominal or qualitative values) or a percentage, nominal or
 * qualitative indicator without a declared rule makes such a period not summable. Over time: SUM
 * is the sum of the period values (the baseline is a reference level and is never added, unless
 * the values are cumulative: then the view's baseline starts the sum), AVERAGE their mean, MIN
 * and MAX their extremes, MEDIAN their median, LAST and NONE the value of the latest period.
 * A target's period is computed by {@link #computePeriod}: the periods inside it, without the
 * baseline.
 */
final class IndicatorCalculator {
  private static final int SUM = 0;
  private static final int AVERAGE = 1;
  private static final int LAST = 2;
  private static final int MIN = 3;
  private static final int MAX = 4;
  private static final int MEDIAN = 5;
  private static final long SECONDS_PER_DAY = 86_400L;

  private IndicatorCalculator() {}

  private static int code(Aggregation a) {
    return switch (a) {
      case SUM -> SUM;
      case AVERAGE -> AVERAGE;
      case MIN -> MIN;
      case MAX -> MAX;
      case MEDIAN -> MEDIAN;
      case LAST, NONE -> LAST;
    };
  }

  /**
   * The baseline of a view: the indicator's (without dimensions) for the totals, the one of the
   * dimension value for a dimension view.
   */
  static Optional<Baseline> baselineOf(Indicator ind, @Nullable String key,
      @Nullable String dimValue) {
    return key == null || dimValue == null ? ind.baseline()
        : ind.baselineFor(Map.of(key, dimValue));
  }

  /**
   * Computes the figures of an indicator's totals (key null) or of one dimension value.
   * Periods starting before the view's baseline are ignored (and counted); a dimension value
   * without its own baseline uses the date of the indicator's.
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
    Optional<Baseline> own = baselineOf(ind, key, dimValue);
    Optional<Baseline> cut = own.isPresent() ? own : ind.baseline();
    int baselineDay = cut.isPresent()
        ? (int) cut.get().date().toEpochDay() : Integer.MIN_VALUE;
    double base = ind.valueBasis() == ValueBasis.CUMULATIVE && own.isPresent()
        ? own.get().value() : 0.0;
    run(s, ind, baselineDay, true, asOfDay, knownOnDay, key, dimValue, base, out);
  }

  /**
   * Computes the figures of a target's period: the periods inside {@code [startDay, endDay]}
   * (and ending on or before {@code asOfDay}), by the time aggregation, without the baseline.
   */
  static void computePeriod(MeasurementSeries s, Indicator ind, int startDay, int endDay,
      int knownOnDay, Figures out) {
    run(s, ind, startDay, false, endDay, knownOnDay, null, null, 0.0, out);
  }

  private static void run(MeasurementSeries s, Indicator ind, int fromDay, boolean countBefore,
      int asOfDay, int knownOnDay, @Nullable String key, @Nullable String dimValue,
      double base, Figures out) {
    out.clear();
    int n = s.size();
    if (n == 0) {
      return;
    }
    long knownBefore = (knownOnDay + 1L) * SECONDS_PER_DAY;
    int time = code(ind.timeAggregation());
    Aggregation rule = ind.regionRule();
    boolean fits = ind.measureType().combinesAcrossRegionsBy(rule);
    boolean canCombine = ind.aggregable() && rule != Aggregation.NONE && fits;
    // refused rather than silently absent: a rule the measure type forbids, or no declared rule
    // for a type that has no numeric combination
    boolean refused = ind.aggregable() && (!fits
        || (rule == Aggregation.NONE && ind.regionAggregation().isEmpty()));
    int region = code(rule);
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
      if (st < fromDay) {
        if (countBefore && known(s, i, en, knownBefore)) {
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
              if (region == MEDIAN) {
                out.regionValues = push(out.regionValues, matched, x);
              }
              comb = matched == 0 ? x : combine(region, comb, x);
              matched++;
            }
          } else if (dimValue != null && dimValue.equals(dims.get(key))) {
            if (region == MEDIAN) {
              out.regionValues = push(out.regionValues, matched, x);
            }
            comb = matched == 0 ? x : combine(region, comb, x);
            matched++;
          }
        }
        if (hasTotal) {
          v = total;
        } else if (matched > 1 && refused) {
          notSummable++;
          continue;
        } else if (matched == 1) {
          v = comb;
        } else if (matched > 1 && canCombine) {
          v = region == AVERAGE ? comb / matched
              : region == MEDIAN ? median(out.regionValues, matched) : comb;
        } else {
          continue;
        }
      }
      if (time == MEDIAN) {
        out.periodValues = push(out.periodValues, used, v);
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
      case SUM -> base + acc;
      case MIN, MAX -> acc;
      case AVERAGE -> acc / used;
      case MEDIAN -> median(out.periodValues, used);
      default -> last;
    };
  }

  private static double[] push(double[] buf, int at, double x) {
    double[] b = at < buf.length ? buf : Arrays.copyOf(buf, Math.max(8, buf.length * 2));
    b[at] = x;
    return b;
  }

  /** The median of the first n values (sorted in place): the mean of the middle two if even. */
  private static double median(double[] values, int n) {
    Arrays.sort(values, 0, n);
    return n % 2 == 1 ? values[n / 2] : values[n / 2 - 1] + (values[n / 2] - values[n / 2 - 1]) / 2;
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
      case MEDIAN -> acc; // the values are collected apart
      default -> acc + x;
    };
  }
}
