package org.sharedoutcomes.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.internal.SetOnce;

/**
 * How progress towards commitments and outcomes is measured: unit, measure type, direction,
 * baseline, targets by date (the trajectory), aggregation rules, data owner and sensitivity.
 * Its values are {@link Measurement}s, held by the model.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder(String, String)}:
 *
 * <pre>{@code
 * Indicator poverty = Indicator.builder("child-poverty-rate", "Children in low-income families")
 *     .unit("%").measureType(MeasureType.PERCENTAGE).direction(Direction.DESCENDING)
 *     .baseline(11.0, LocalDate.of(2015, 1, 1))
 *     .target(Target.atMost(LocalDate.of(2030, 12, 31), 5.0))
 *     .dataOwner("statcan")
 *     .measures(CommitmentId.of("ccb"))
 *     .build();
 * }</pre>
 *
 * @param id the indicator's id
 * @param name its name, not blank
 * @param unit the unit of its values, possibly empty (for example {@code "%"} or
 *     {@code "households"})
 * @param measureType what kind of value it measures
 * @param direction whether higher or lower values are better
 * @param baselines its baselines (reference levels), by dimensions then date: at most one per
 *     date and dimension values; {@link #baseline()} is the latest without dimensions (since 0.2;
 *     0.1 had one optional baseline)
 * @param targets its targets, sorted by date
 * @param interpolation how the trajectory runs between points
 * @param plannedPoints explicit trajectory points given by the user, sorted by date; when
 *     present they define the trajectory instead of the baseline and targets
 * @param timeAggregation how values aggregate over time
 * @param regionAggregation how values aggregate over contributors and regions, if declared;
 *     absent means by the measure type ({@link #regionRule()}; since 0.2, 0.1 defaulted to SUM)
 * @param aggregable whether values may be aggregated at all
 * @param valueBasis whether the values are period figures or a running total, which decides
 *     whether a sum over time starts from the baseline (since 0.2)
 * @param ratio the numerator and denominator indicators, for a ratio
 * @param dataOwner the agency that owns the data, if named
 * @param sensitivity who may see its measurements
 * @param commitments the commitments it measures, sorted by id
 * @param outcomes the outcomes it measures, sorted by id
 * @param attributes free string attributes for integrators, sorted by key
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Indicator(
    IndicatorId id,
    String name,
    String unit,
    MeasureType measureType,
    Direction direction,
    List<Baseline> baselines,
    List<Target> targets,
    Interpolation interpolation,
    List<TrajectoryPoint> plannedPoints,
    Aggregation timeAggregation,
    Optional<Aggregation> regionAggregation,
    boolean aggregable,
    ValueBasis valueBasis,
    Optional<Ratio> ratio,
    Optional<AgencyId> dataOwner,
    Sensitivity sensitivity,
    Set<CommitmentId> commitments,
    Set<OutcomeId> outcomes,
    Map<String, String> attributes) {

  /**
   * Checks and copies the fields; targets and planned points are sorted by date.
   *
   * <p><b>Not part of the stable API:</b> this canonical constructor gains a parameter whenever
   * the indicator gains a field. Build indicators with {@link #builder(String, String)}, or
   * derive them with {@link #toBuilder()}.
   *
   * @throws NullPointerException if any field or element is null
   * @throws IllegalArgumentException if the name is blank, two targets or two planned points
   *     share a date, two baselines share a date and dimension values, or the indicator is a
   *     ratio of itself
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public Indicator {
    Checks.notNull(id, "indicator id");
    // the context is built only when a check fails: a million of these in a model
    Supplier<String> where = () -> "indicator '" + id + "' ";
    Checks.text(name, where, "name");
    Checks.notNull(unit, where, "unit");
    Checks.notNull(measureType, where, "measureType");
    Checks.notNull(direction, where, "direction");
    baselines = sortedBaselines(Checks.list(baselines, where, "baselines"), where);
    targets = sortedByDate(Checks.list(targets, where, "targets"), Target::date, where,
        "targets");
    Checks.notNull(interpolation, where, "interpolation");
    plannedPoints = sortedByDate(Checks.list(plannedPoints, where, "plannedPoints"),
        TrajectoryPoint::date, where, "plannedPoints");
    Checks.notNull(timeAggregation, where, "timeAggregation");
    Checks.optional(regionAggregation, where, "regionAggregation");
    Checks.notNull(valueBasis, where, "valueBasis");
    Checks.optional(ratio, where, "ratio");
    if (ratio.isPresent()
        && (ratio.get().numerator().equals(id) || ratio.get().denominator().equals(id))) {
      throw new IllegalArgumentException(
          where.get() + "ratio must not refer to the indicator itself");
    }
    Checks.optional(dataOwner, where, "dataOwner");
    Checks.notNull(sensitivity, where, "sensitivity");
    commitments = Checks.sortedSet(commitments, where, "commitments");
    outcomes = Checks.sortedSet(outcomes, where, "outcomes");
    attributes = Checks.attributes(attributes, where, "attributes");
  }

  private static <T> List<T> sortedByDate(List<T> values,
      java.util.function.Function<T, LocalDate> date, Supplier<String> where, String field) {
    if (values.size() < 2) {
      return values;
    }
    List<T> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.comparing(date));
    for (int i = 1; i < sorted.size(); i++) {
      if (date.apply(sorted.get(i)).equals(date.apply(sorted.get(i - 1)))) {
        throw new IllegalArgumentException(
            where.get() + field + " has two entries on " + date.apply(sorted.get(i)));
      }
    }
    return List.copyOf(sorted);
  }

  /** Baselines by dimensions, then date; two on one date for the same dimensions are refused. */
  private static List<Baseline> sortedBaselines(List<Baseline> values,
      Supplier<String> where) {
    if (values.size() < 2) {
      return values;
    }
    List<Baseline> sorted = new ArrayList<>(values);
    sorted.sort(BASELINE_ORDER);
    for (int i = 1; i < sorted.size(); i++) {
      Baseline a = sorted.get(i - 1);
      Baseline b = sorted.get(i);
      if (a.date().equals(b.date()) && a.dimensions().equals(b.dimensions())) {
        throw new IllegalArgumentException(where.get() + "baselines has two on " + b.date()
            + (b.isTotal() ? "" : " for " + b.dimensions()));
      }
    }
    return List.copyOf(sorted);
  }

  private static final Comparator<Baseline> BASELINE_ORDER =
      Comparator.comparing(Baseline::dimensions, Checks.ATTRIBUTE_ORDER)
          .thenComparing(Baseline::date);

  /**
   * The baseline of the whole indicator: the latest of its baselines without dimensions (a
   * later baseline re-bases the indicator).
   *
   * @return the latest baseline without dimensions, if any
   */
  public Optional<Baseline> baseline() {
    return baselineFor(Map.of());
  }

  /**
   * The baseline for some dimension values: the latest baseline whose dimensions equal them
   * exactly. A dimension value without its own baseline has none (the total's baseline is not
   * a region's reference level).
   *
   * @param dimensions the dimension values, such as {@code Map.of("region", "north")}; empty
   *     for the whole indicator
   * @return the latest matching baseline, if any
   * @throws NullPointerException if the dimensions are null
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Optional<Baseline> baselineFor(Map<String, String> dimensions) {
    Checks.notNull(dimensions, "dimensions");
    Baseline found = null;
    for (Baseline b : baselines) {
      if (b.dimensions().equals(dimensions)) {
        found = b; // sorted by date within equal dimensions: the last is the latest
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The region aggregation in force: the declared one, or else the one of the measure type
   * ({@link MeasureType#regionAggregation()}: SUM for units, MEDIAN for ordinal levels, NONE for
   * percentages, nominal and qualitative values).
   *
   * @return the rule used across contributors and regions
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Aggregation regionRule() {
    return regionAggregation.isPresent() ? regionAggregation.get()
        : measureType.regionAggregation();
  }

  /**
   * A builder for an indicator with the given id and name. Defaults: no unit,
   * {@link MeasureType#UNIT}, {@link Direction#ASCENDING}, {@link Interpolation#LINEAR},
   * {@link Aggregation#LAST} over time, no declared region aggregation (by the measure type),
   * aggregable, {@link ValueBasis#PERIOD}, {@link Sensitivity#PUBLIC}. The name counts as set: {@link Builder#name(String)} is for
   * builders from {@link #toBuilder()}.
   *
   * @param id the id
   * @param name the name
   * @return a new builder
   */
  public static Builder builder(String id, String name) {
    return new Builder(IndicatorId.of(id), name);
  }

  /**
   * A builder for an indicator with the given id and name; see {@link #builder(String, String)}.
   *
   * @param id the id
   * @param name the name
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Builder builder(IndicatorId id, String name) {
    return new Builder(id, name);
  }

  /**
   * A builder holding this indicator's fields, to derive a changed indicator. Each
   * single-valued field may be replaced once; the collections (baselines, targets, planned
   * points, measured commitments and outcomes, attributes) start with this indicator's elements and
   * their setters add to them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, name);
    b.set = 0;
    b.unit = unit;
    b.measureType = measureType;
    b.direction = direction;
    b.baselines.addAll(baselines);
    b.targets.addAll(targets);
    b.interpolation = interpolation;
    b.plannedPoints.addAll(plannedPoints);
    b.timeAggregation = timeAggregation;
    b.regionAggregation = regionAggregation;
    b.aggregable = aggregable;
    b.valueBasis = valueBasis;
    b.ratio = ratio;
    b.dataOwner = dataOwner;
    b.sensitivity = sensitivity;
    b.commitments.addAll(commitments);
    b.outcomes.addAll(outcomes);
    b.attributes.putAll(attributes);
    return b;
  }

  /**
   * This indicator with other baselines and every other field the same: a copy that replaces
   * a collection, which {@link #toBuilder()} (whose collection setters add) cannot make, such as
   * a viewer's view without the baselines it may not see. Checked as by the constructor.
   *
   * @param value the baselines
   * @return the changed indicator
   * @throws IllegalArgumentException if two baselines share a date and dimensions
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Indicator withBaselines(List<Baseline> value) {
    return new Indicator(id, name, unit, measureType, direction, value, targets, interpolation,
        plannedPoints, timeAggregation, regionAggregation, aggregable, valueBasis, ratio,
        dataOwner, sensitivity, commitments, outcomes, attributes);
  }

  /**
   * This indicator with other attributes and every other field the same (see
   * {@link #withBaselines(List)}).
   *
   * @param value the attributes
   * @return the changed indicator
   * @throws IllegalArgumentException if a key or value is invalid
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Indicator withAttributes(Map<String, String> value) {
    return new Indicator(id, name, unit, measureType, direction, baselines, targets,
        interpolation, plannedPoints, timeAggregation, regionAggregation, aggregable, valueBasis,
        ratio, dataOwner, sensitivity, commitments, outcomes, value);
  }

  /**
   * The last target, if any: the indicator's end goal.
   *
   * @return the target with the latest date
   */
  public Optional<Target> finalTarget() {
    return targets.isEmpty() ? Optional.empty() : Optional.of(targets.get(targets.size() - 1));
  }

  /**
   * A builder of {@link Indicator}s. Not thread-safe; each setter checks its argument at once.
   *
   * <p>A single-valued field (name, unit, measure type, direction, interpolation,
   * aggregations, aggregable, value basis, ratio, data owner, sensitivity) is set at most once: a
   * second call of its setter throws {@link IllegalStateException} naming the indicator and the
   * field, such as {@code "indicator 'rate' unit is already set"}; so does a second baseline
   * for the same date and dimension values ({@code "indicator 'rate' baseline on 2025-01-01 is
   * already set"}); the name given to
   * {@link Indicator#builder(String, String)} counts as set. A builder from
   * {@link Indicator#toBuilder()} starts with the indicator's values, each of which may be
   * replaced once. The setters of collections ({@code baseline}, {@link #target},
   * {@link #plannedPoints}, {@code measures}, {@link #attribute}) add.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private static final long NAME = 1;
    private static final long UNIT = 1 << 1;
    private static final long MEASURE_TYPE = 1 << 2;
    private static final long DIRECTION = 1 << 3;
    private static final long VALUE_BASIS = 1 << 4;
    private static final long INTERPOLATION = 1 << 5;
    private static final long TIME_AGGREGATION = 1 << 6;
    private static final long REGION_AGGREGATION = 1 << 7;
    private static final long AGGREGABLE = 1 << 8;
    private static final long RATIO = 1 << 9;
    private static final long DATA_OWNER = 1 << 10;
    private static final long SENSITIVITY = 1 << 11;

    private final IndicatorId id;
    private final Supplier<String> where;
    private long set = NAME;
    private String name;
    private String unit = "";
    private MeasureType measureType = MeasureType.UNIT;
    private Direction direction = Direction.ASCENDING;
    private final List<Baseline> baselines = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private Interpolation interpolation = Interpolation.LINEAR;
    private final List<TrajectoryPoint> plannedPoints = new ArrayList<>();
    private Aggregation timeAggregation = Aggregation.LAST;
    private Optional<Aggregation> regionAggregation = Optional.empty();
    private boolean aggregable = true;
    private ValueBasis valueBasis = ValueBasis.PERIOD;
    private Optional<Ratio> ratio = Optional.empty();
    private Optional<AgencyId> dataOwner = Optional.empty();
    private Sensitivity sensitivity = Sensitivity.PUBLIC;
    private final Set<CommitmentId> commitments = new LinkedHashSet<>();
    private final Set<OutcomeId> outcomes = new LinkedHashSet<>();
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(IndicatorId id, String name) {
      this.id = Checks.notNull(id, "indicator id");
      this.where = () -> "indicator '" + id + "' ";
      this.name = Checks.text(name, where, "name");
    }

    /** Marks a field set, after its value was checked: a setter that throws changes nothing. */
    private <T> T once(long bit, String field, T value) {
      set = SetOnce.mark(set, bit, where, field);
      return value;
    }

    /**
     * Replaces the name (once, in a builder from {@link Indicator#toBuilder()}).
     *
     * @param value the name, not blank
     * @return this builder
     * @throws IllegalStateException if the name is already set
     */
    public Builder name(String value) {
      this.name = once(NAME, "name", Checks.text(value, where, "name"));
      return this;
    }

    /**
     * Sets the unit.
     *
     * @param value the unit, possibly empty
     * @return this builder
     * @throws IllegalStateException if the unit is already set
     */
    public Builder unit(String value) {
      this.unit = once(UNIT, "unit", Checks.notNull(value, where, "unit"));
      return this;
    }

    /**
     * Sets the measure type.
     *
     * @param value the type
     * @return this builder
     * @throws IllegalStateException if the measure type is already set
     */
    public Builder measureType(MeasureType value) {
      this.measureType = once(MEASURE_TYPE, "measureType",
          Checks.notNull(value, where, "measureType"));
      return this;
    }

    /**
     * Sets the direction.
     *
     * @param value the direction
     * @return this builder
     * @throws IllegalStateException if the direction is already set
     */
    public Builder direction(Direction value) {
      this.direction = once(DIRECTION, "direction", Checks.notNull(value, where, "direction"));
      return this;
    }

    /**
     * Adds a baseline of the whole indicator.
     *
     * @param value the baseline value, finite
     * @param date the date of the baseline
     * @return this builder
     * @throws IllegalStateException if a baseline of the whole indicator on that date is
     *     already set
     */
    public Builder baseline(double value, LocalDate date) {
      if (!Double.isFinite(value)) {
        Checks.finite(value, where, "baseline value");
      }
      return baseline(new Baseline(value, Checks.notNull(date, where, "baseline date")));
    }

    /**
     * Adds a baseline, of the whole indicator or of some dimension values.
     *
     * @param value the baseline
     * @return this builder
     * @throws IllegalStateException if a baseline on its date for its dimension values is
     *     already set
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder baseline(Baseline value) {
      Checks.notNull(value, where, "baseline");
      for (Baseline b : baselines) {
        if (b.date().equals(value.date()) && b.dimensions().equals(value.dimensions())) {
          throw new IllegalStateException(where.get() + "baseline on " + value.date()
              + (value.isTotal() ? "" : " for " + value.dimensions()) + " is already set");
        }
      }
      baselines.add(value);
      return this;
    }

    /**
     * Adds targets.
     *
     * @param values the targets
     * @return this builder
     */
    public Builder target(Target... values) {
      Checks.addAll(targets, where, "targets", values);
      return this;
    }

    /**
     * Sets how the trajectory runs between points.
     *
     * @param value the interpolation
     * @return this builder
     * @throws IllegalStateException if the interpolation is already set
     */
    public Builder interpolation(Interpolation value) {
      this.interpolation = once(INTERPOLATION, "interpolation",
          Checks.notNull(value, where, "interpolation"));
      return this;
    }

    /**
     * Adds explicit trajectory points.
     *
     * @param values the points
     * @return this builder
     */
    public Builder plannedPoints(TrajectoryPoint... values) {
      Checks.addAll(plannedPoints, where, "plannedPoints", values);
      return this;
    }

    /**
     * Sets how values aggregate over time.
     *
     * @param value the rule
     * @return this builder
     * @throws IllegalStateException if the time aggregation is already set
     */
    public Builder timeAggregation(Aggregation value) {
      this.timeAggregation = once(TIME_AGGREGATION, "timeAggregation",
          Checks.notNull(value, where, "timeAggregation"));
      return this;
    }

    /**
     * Sets how values aggregate over contributors and regions.
     *
     * @param value the rule
     * @return this builder
     * @throws IllegalStateException if the region aggregation is already set
     */
    public Builder regionAggregation(Aggregation value) {
      this.regionAggregation = once(REGION_AGGREGATION, "regionAggregation",
          Optional.of(Checks.notNull(value, where, "regionAggregation")));
      return this;
    }

    /**
     * Declares how values aggregate over contributors and regions, or that it follows the
     * measure type (empty); the optional is kept as given.
     *
     * @param value the rule, or empty
     * @return this builder
     * @throws IllegalStateException if the region aggregation is already set
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder regionAggregation(Optional<Aggregation> value) {
      Checks.optional(value, where, "regionAggregation");
      this.regionAggregation = once(REGION_AGGREGATION, "regionAggregation", value);
      return this;
    }

    /**
     * Sets whether the values are period figures or a running total ({@link ValueBasis}).
     *
     * @param value the basis
     * @return this builder
     * @throws IllegalStateException if the value basis is already set
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder valueBasis(ValueBasis value) {
      this.valueBasis = once(VALUE_BASIS, "valueBasis", Checks.notNull(value, where, "valueBasis"));
      return this;
    }

    /**
     * Sets whether values may be aggregated at all.
     *
     * @param value false to forbid aggregation
     * @return this builder
     * @throws IllegalStateException if aggregable is already set
     */
    public Builder aggregable(boolean value) {
      this.aggregable = once(AGGREGABLE, "aggregable", value);
      return this;
    }

    /**
     * Makes the indicator a ratio of two others.
     *
     * @param numerator the numerator indicator's id
     * @param denominator the denominator indicator's id
     * @return this builder
     * @throws IllegalStateException if the ratio is already set
     */
    public Builder ratio(String numerator, String denominator) {
      this.ratio = once(RATIO, "ratio", Optional.of(new Ratio(
          IndicatorId.of(Checks.id(numerator, where, "ratio numerator")),
          IndicatorId.of(Checks.id(denominator, where, "ratio denominator")))));
      return this;
    }

    /**
     * Names the agency that owns the data.
     *
     * @param agency the agency's id
     * @return this builder
     * @throws IllegalStateException if the data owner is already set
     */
    public Builder dataOwner(String agency) {
      this.dataOwner = once(DATA_OWNER, "dataOwner",
          Optional.of(AgencyId.of(Checks.id(agency, where, "dataOwner"))));
      return this;
    }

    /**
     * Names the agency that owns the data.
     *
     * @param agency the agency's id
     * @return this builder
     * @throws IllegalStateException if the data owner is already set
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder dataOwner(AgencyId agency) {
      this.dataOwner = once(DATA_OWNER, "dataOwner",
          Optional.of(Checks.notNull(agency, where, "dataOwner")));
      return this;
    }

    /**
     * Sets the agency that owns the data, or states that there is none: the optional is kept as given, so that many
     * indicators built in bulk can share one instance.
     *
     * @param value the value, or empty
     * @return this builder
     * @throws IllegalStateException if dataOwner is already set
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder dataOwner(Optional<AgencyId> value) {
      Checks.optional(value, where, "dataOwner");
      this.dataOwner = once(DATA_OWNER, "dataOwner", value);
      return this;
    }

    /**
     * Sets who may see the measurements.
     *
     * @param value the sensitivity
     * @return this builder
     * @throws IllegalStateException if the sensitivity is already set
     */
    public Builder sensitivity(Sensitivity value) {
      this.sensitivity = once(SENSITIVITY, "sensitivity",
          Checks.notNull(value, where, "sensitivity"));
      return this;
    }

    /**
     * Adds commitments the indicator measures.
     *
     * @param ids commitment ids
     * @return this builder
     */
    public Builder measures(CommitmentId... ids) {
      Checks.addAll(commitments, where, "commitments", ids);
      return this;
    }

    /**
     * Adds outcomes the indicator measures.
     *
     * @param ids outcome ids
     * @return this builder
     */
    public Builder measures(OutcomeId... ids) {
      Checks.addAll(outcomes, where, "outcomes", ids);
      return this;
    }

    /**
     * Adds an attribute (replacing any with the same key).
     *
     * @param key the key, not blank
     * @param value the value
     * @return this builder
     */
    public Builder attribute(String key, String value) {
      String k = Checks.text(key, where, "attribute key");
      if (value == null) { // the message built only on failure
        throw new NullPointerException(where.get() + "attribute '" + key + "' must not be null");
      }
      attributes.put(k, value);
      return this;
    }

    /**
     * Builds the indicator.
     *
     * @return the indicator
     * @throws IllegalArgumentException if two targets or planned points share a date
     */
    public Indicator build() {
      return new Indicator(id, name, unit, measureType, direction, baselines, targets,
          interpolation, plannedPoints, timeAggregation, regionAggregation, aggregable,
          valueBasis, ratio, dataOwner, sensitivity, commitments, outcomes, attributes);
    }
  }
}
