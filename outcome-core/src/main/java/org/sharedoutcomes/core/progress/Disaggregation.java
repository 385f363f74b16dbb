package org.sharedoutcomes.core.progress;

import org.sharedoutcomes.core.internal.Lazy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.internal.Checks;

/**
 * An indicator's actual value per value of one dimension (region, cohort) and in total, at a
 * date.
 *
 * <p>Each value aggregates over time like the indicator's headline (see
 * {@link IndicatorProgress}), with the same vintage rules (final before provisional, the later
 * report, only figures known on {@link ProgressOptions#knownOn()}). A sum of percentages,
 * ordinal, nominal or qualitative values across regions is refused: such a total is empty and
 * the value's data state {@link DataState#NOT_SUMMABLE}. The total is
 * the indicator's headline value: its total measurements when there are any, otherwise the
 * disaggregated measurements of each period combined by its region aggregation (none when the
 * indicator is not aggregable or its region aggregation is NONE). A ratio indicator without
 * measurements of its own is disaggregated through its numerator and denominator: each value is
 * {@code numerator / denominator} for that value, and the total is the sum of numerators over
 * the sum of denominators, never an average of ratios unless
 * {@link ProgressOptions#averageRatios()} asks for it.
 *
 * <pre>{@code
 * Disaggregation d = Disaggregation.of(model, IndicatorId.of("wait-days"), "region", asOf);
 * d.values();   // [DimensionValue[value=north, actual=OptionalDouble[12.0], ...], ...]
 * d.total();    // OptionalDouble[...]
 * }</pre>
 *
 * <p>O(n &times; v) for n measurements and v dimension values, computed on first use.
 * Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Disaggregation {
  private final OutcomeModel model;
  private final Indicator indicator;
  private final String dimension;
  private final LocalDate asOf;
  private final ProgressOptions options;
  private final Lazy<Result> result = Lazy.of(() -> compute());

  private record Result(List<DimensionValue> values, OptionalDouble total) {}

  private Disaggregation(OutcomeModel model, IndicatorId id, String dimension, LocalDate asOf,
      ProgressOptions options) {
    this.model = Checks.notNull(model, "model");
    Checks.notNull(id, "indicator id");
    this.indicator = model.indicator(id).orElseThrow(
        () -> new IllegalArgumentException("the model has no indicator '" + id + "'"));
    this.dimension = Checks.text(dimension, "dimension");
    this.asOf = Checks.notNull(asOf, "asOf");
    Checks.epochDay(asOf, "asOf");
    this.options = Checks.notNull(options, "options");
  }

  /**
   * The disaggregation of an indicator by a dimension, with the default options.
   *
   * @param model the model
   * @param indicator the indicator
   * @param dimension the dimension, such as {@code "region"}
   * @param asOf the date
   * @return the disaggregation
   * @throws IllegalArgumentException if the model has no such indicator, the dimension is
   *     blank, or {@code asOf} is outside the supported dates (about 5.8 million years either
   *     side of 1970)
   */
  public static Disaggregation of(
      OutcomeModel model, IndicatorId indicator, String dimension, LocalDate asOf) {
    return new Disaggregation(model, indicator, dimension, asOf, ProgressOptions.defaults());
  }

  /**
   * The disaggregation of an indicator by a dimension.
   *
   * @param model the model
   * @param indicator the indicator
   * @param dimension the dimension, such as {@code "region"}
   * @param asOf the date
   * @param options the options ({@link ProgressOptions#averageRatios()},
   *     {@link ProgressOptions#graceDays()})
   * @return the disaggregation
   * @throws IllegalArgumentException if the model has no such indicator, the dimension is
   *     blank, or {@code asOf} is outside the supported dates (about 5.8 million years either
   *     side of 1970)
   */
  public static Disaggregation of(OutcomeModel model, IndicatorId indicator, String dimension,
      LocalDate asOf, ProgressOptions options) {
    return new Disaggregation(model, indicator, dimension, asOf, options);
  }

  /**
   * The value for each value of the dimension found in the measurements, by value.
   *
   * @return an unmodifiable list
   */
  public List<DimensionValue> values() {
    return result().values();
  }

  /**
   * The value for one value of the dimension.
   *
   * @param value the dimension's value
   * @return its value, if the measurements name it
   * @throws NullPointerException if the value is null
   */
  public Optional<DimensionValue> value(String value) {
    Checks.notNull(value, "dimension value");
    return values().stream().filter(v -> v.value().equals(value)).findFirst();
  }

  /**
   * The total over all values.
   *
   * @return the total, empty without data or when the indicator may not be aggregated
   */
  public OptionalDouble total() {
    return result().total();
  }

  private Result result() {
    return result.get();
  }

  private Result compute() {
    int asOfDay = Checks.epochDay(asOf, "asOf");
    int knownOnDay = knownOnDay(asOfDay);
    MeasurementSeries own = model.measurements(indicator.id());
    Figures f = new Figures();
    IndicatorCalculator.compute(own, indicator, asOfDay, knownOnDay, null, null, f);
    boolean ratio = indicator.ratio().isPresent() && f.used == 0;
    List<DimensionValue> values = new ArrayList<>();
    if (!ratio) {
      for (String v : valuesOf(own)) {
        values.add(value(own, indicator, v, asOfDay));
      }
      return new Result(List.copyOf(values), opt(f.actual));
    }
    Indicator num = model.indicator(indicator.ratio().get().numerator()).orElseThrow();
    Indicator den = model.indicator(indicator.ratio().get().denominator()).orElseThrow();
    MeasurementSeries ns = model.measurements(num.id());
    MeasurementSeries ds = model.measurements(den.id());
    TreeSet<String> keys = valuesOf(ns);
    keys.retainAll(valuesOf(ds));
    double sumNum = 0;
    double sumDen = 0;
    double sumRatio = 0;
    int ratios = 0;
    boolean complete = !keys.isEmpty();
    for (String v : keys) {
      Figures fn = new Figures();
      Figures fd = new Figures();
      IndicatorCalculator.compute(ns, num, asOfDay, knownOnDay, dimension, v, fn);
      IndicatorCalculator.compute(ds, den, asOfDay, knownOnDay, dimension, v, fd);
      boolean ok = fn.used > 0 && fd.used > 0 && fd.actual != 0;
      Figures older = fn.lastEnd <= fd.lastEnd ? fn : fd;
      double q = ok ? fn.actual / fd.actual : Double.NaN;
      DataState state = ok ? older.state(asOfDay, options.graceDays()) : DataState.NONE;
      values.add(new DimensionValue(v, opt(q), state,
          ok ? Optional.of(LocalDate.ofEpochDay(older.lastEnd)) : Optional.empty(),
          ok ? Math.min(fn.used, fd.used) : 0, IndicatorCalculator.baselineOf(indicator,
              dimension, v)));
      if (ok) {
        sumNum += fn.actual;
        sumDen += fd.actual;
        sumRatio += q;
        ratios++;
      } else {
        complete = false;
      }
    }
    OptionalDouble total;
    if (!complete) {
      total = OptionalDouble.empty();
    } else if (options.averageRatios()) {
      total = OptionalDouble.of(sumRatio / ratios);
    } else {
      total = sumDen == 0 ? OptionalDouble.empty() : OptionalDouble.of(sumNum / sumDen);
    }
    return new Result(List.copyOf(values), total);
  }

  private DimensionValue value(MeasurementSeries s, Indicator ind, String v, int asOfDay) {
    Figures f = new Figures();
    IndicatorCalculator.compute(s, ind, asOfDay, knownOnDay(asOfDay), dimension, v, f);
    return new DimensionValue(v, opt(f.actual), f.state(asOfDay, options.graceDays()),
        f.lastEnd == Integer.MIN_VALUE ? Optional.empty()
            : Optional.of(LocalDate.ofEpochDay(f.lastEnd)), f.used,
        IndicatorCalculator.baselineOf(ind, dimension, v));
  }

  private int knownOnDay(int asOfDay) {
    return options.knownOn().isPresent() ? (int) options.knownOn().get().toEpochDay() : asOfDay;
  }

  private TreeSet<String> valuesOf(MeasurementSeries s) {
    TreeSet<String> out = new TreeSet<>();
    for (int i = 0; i < s.size(); i++) {
      Map<String, String> dims = s.dimensions(i);
      String v = dims.get(dimension);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
