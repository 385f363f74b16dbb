package org.sharedoutcomes.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

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
 * @param baseline the starting value, if known
 * @param targets its targets, sorted by date
 * @param interpolation how the trajectory runs between points
 * @param plannedPoints explicit trajectory points given by the user, sorted by date; when
 *     present they define the trajectory instead of the baseline and targets
 * @param timeAggregation how values aggregate over time
 * @param regionAggregation how values aggregate over contributors and regions
 * @param aggregable whether values may be aggregated at all
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
    Optional<Baseline> baseline,
    List<Target> targets,
    Interpolation interpolation,
    List<TrajectoryPoint> plannedPoints,
    Aggregation timeAggregation,
    Aggregation regionAggregation,
    boolean aggregable,
    Optional<Ratio> ratio,
    Optional<AgencyId> dataOwner,
    Sensitivity sensitivity,
    Set<CommitmentId> commitments,
    Set<OutcomeId> outcomes,
    Map<String, String> attributes) {

  /**
   * Checks and copies the fields; targets and planned points are sorted by date.
   *
   * @throws NullPointerException if any field or element is null
   * @throws IllegalArgumentException if the name is blank, two targets or two planned points
   *     share a date, or the indicator is a ratio of itself
   */
  public Indicator {
    Checks.notNull(id, "indicator id");
    String where = "indicator '" + id + "' ";
    Checks.text(name, where + "name");
    Checks.notNull(unit, where + "unit");
    Checks.notNull(measureType, where + "measureType");
    Checks.notNull(direction, where + "direction");
    Checks.optional(baseline, where + "baseline");
    targets = sortedByDate(Checks.list(targets, where + "targets"), Target::date,
        where + "targets");
    Checks.notNull(interpolation, where + "interpolation");
    plannedPoints = sortedByDate(Checks.list(plannedPoints, where + "plannedPoints"),
        TrajectoryPoint::date, where + "plannedPoints");
    Checks.notNull(timeAggregation, where + "timeAggregation");
    Checks.notNull(regionAggregation, where + "regionAggregation");
    Checks.optional(ratio, where + "ratio");
    if (ratio.isPresent()
        && (ratio.get().numerator().equals(id) || ratio.get().denominator().equals(id))) {
      throw new IllegalArgumentException(where + "ratio must not refer to the indicator itself");
    }
    Checks.optional(dataOwner, where + "dataOwner");
    Checks.notNull(sensitivity, where + "sensitivity");
    commitments = Checks.sortedSet(commitments, where + "commitments");
    outcomes = Checks.sortedSet(outcomes, where + "outcomes");
    attributes = Checks.attributes(attributes, where + "attributes");
  }

  private static <T> List<T> sortedByDate(
      List<T> values, java.util.function.Function<T, LocalDate> date, String field) {
    if (values.size() < 2) {
      return values;
    }
    List<T> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.comparing(date));
    for (int i = 1; i < sorted.size(); i++) {
      if (date.apply(sorted.get(i)).equals(date.apply(sorted.get(i - 1)))) {
        throw new IllegalArgumentException(
            field + " has two entries on " + date.apply(sorted.get(i)));
      }
    }
    return List.copyOf(sorted);
  }

  /**
   * A builder for an indicator with the given id and name. Defaults: no unit,
   * {@link MeasureType#UNIT}, {@link Direction#ASCENDING}, {@link Interpolation#LINEAR},
   * {@link Aggregation#LAST} over time, {@link Aggregation#SUM} over regions, aggregable,
   * {@link Sensitivity#PUBLIC}.
   *
   * @param id the id
   * @param name the name
   * @return a new builder
   */
  public static Builder builder(String id, String name) {
    return new Builder(IndicatorId.of(id), name);
  }

  /**
   * A builder holding this indicator's fields, to derive a changed indicator.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, name);
    b.unit = unit;
    b.measureType = measureType;
    b.direction = direction;
    b.baseline = baseline;
    b.targets.addAll(targets);
    b.interpolation = interpolation;
    b.plannedPoints.addAll(plannedPoints);
    b.timeAggregation = timeAggregation;
    b.regionAggregation = regionAggregation;
    b.aggregable = aggregable;
    b.ratio = ratio;
    b.dataOwner = dataOwner;
    b.sensitivity = sensitivity;
    b.commitments.addAll(commitments);
    b.outcomes.addAll(outcomes);
    b.attributes.putAll(attributes);
    return b;
  }

  /**
   * The last target, if any: the indicator's end goal.
   *
   * @return the target with the latest date
   */
  public Optional<Target> finalTarget() {
    return targets.isEmpty() ? Optional.empty() : Optional.of(targets.get(targets.size() - 1));
  }

  /** A builder of {@link Indicator}s. Not thread-safe; each setter checks its argument. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final IndicatorId id;
    private String name;
    private String unit = "";
    private MeasureType measureType = MeasureType.UNIT;
    private Direction direction = Direction.ASCENDING;
    private Optional<Baseline> baseline = Optional.empty();
    private final List<Target> targets = new ArrayList<>();
    private Interpolation interpolation = Interpolation.LINEAR;
    private final List<TrajectoryPoint> plannedPoints = new ArrayList<>();
    private Aggregation timeAggregation = Aggregation.LAST;
    private Aggregation regionAggregation = Aggregation.SUM;
    private boolean aggregable = true;
    private Optional<Ratio> ratio = Optional.empty();
    private Optional<AgencyId> dataOwner = Optional.empty();
    private Sensitivity sensitivity = Sensitivity.PUBLIC;
    private final Set<CommitmentId> commitments = new LinkedHashSet<>();
    private final Set<OutcomeId> outcomes = new LinkedHashSet<>();
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(IndicatorId id, String name) {
      this.id = Checks.notNull(id, "indicator id");
      this.name = Checks.text(name, "indicator '" + id + "' name");
    }

    private String where() {
      return "indicator '" + id + "' ";
    }

    /**
     * Sets the name.
     *
     * @param value the name, not blank
     * @return this builder
     */
    public Builder name(String value) {
      this.name = Checks.text(value, where() + "name");
      return this;
    }

    /**
     * Sets the unit.
     *
     * @param value the unit, possibly empty
     * @return this builder
     */
    public Builder unit(String value) {
      this.unit = Checks.notNull(value, where() + "unit");
      return this;
    }

    /**
     * Sets the measure type.
     *
     * @param value the type
     * @return this builder
     */
    public Builder measureType(MeasureType value) {
      this.measureType = Checks.notNull(value, where() + "measureType");
      return this;
    }

    /**
     * Sets the direction.
     *
     * @param value the direction
     * @return this builder
     */
    public Builder direction(Direction value) {
      this.direction = Checks.notNull(value, where() + "direction");
      return this;
    }

    /**
     * Sets the baseline.
     *
     * @param value the baseline value, finite
     * @param date the date of the baseline
     * @return this builder
     */
    public Builder baseline(double value, LocalDate date) {
      Checks.finite(value, where() + "baseline value");
      this.baseline = Optional.of(new Baseline(value, Checks.notNull(date, where() + "baseline date")));
      return this;
    }

    /**
     * Adds targets.
     *
     * @param values the targets
     * @return this builder
     */
    public Builder target(Target... values) {
      targets.addAll(Checks.list(Arrays.asList(Checks.notNull(values, where() + "targets")),
          where() + "targets"));
      return this;
    }

    /**
     * Sets how the trajectory runs between points.
     *
     * @param value the interpolation
     * @return this builder
     */
    public Builder interpolation(Interpolation value) {
      this.interpolation = Checks.notNull(value, where() + "interpolation");
      return this;
    }

    /**
     * Adds explicit trajectory points.
     *
     * @param values the points
     * @return this builder
     */
    public Builder plannedPoints(TrajectoryPoint... values) {
      plannedPoints.addAll(Checks.list(Arrays.asList(
          Checks.notNull(values, where() + "plannedPoints")), where() + "plannedPoints"));
      return this;
    }

    /**
     * Sets how values aggregate over time.
     *
     * @param value the rule
     * @return this builder
     */
    public Builder timeAggregation(Aggregation value) {
      this.timeAggregation = Checks.notNull(value, where() + "timeAggregation");
      return this;
    }

    /**
     * Sets how values aggregate over contributors and regions.
     *
     * @param value the rule
     * @return this builder
     */
    public Builder regionAggregation(Aggregation value) {
      this.regionAggregation = Checks.notNull(value, where() + "regionAggregation");
      return this;
    }

    /**
     * Sets whether values may be aggregated at all.
     *
     * @param value false to forbid aggregation
     * @return this builder
     */
    public Builder aggregable(boolean value) {
      this.aggregable = value;
      return this;
    }

    /**
     * Makes the indicator a ratio of two others.
     *
     * @param numerator the numerator indicator's id
     * @param denominator the denominator indicator's id
     * @return this builder
     */
    public Builder ratio(String numerator, String denominator) {
      this.ratio = Optional.of(new Ratio(
          IndicatorId.of(Checks.id(numerator, where() + "ratio numerator")),
          IndicatorId.of(Checks.id(denominator, where() + "ratio denominator"))));
      return this;
    }

    /**
     * Names the agency that owns the data.
     *
     * @param agency the agency's id
     * @return this builder
     */
    public Builder dataOwner(String agency) {
      this.dataOwner = Optional.of(AgencyId.of(Checks.id(agency, where() + "dataOwner")));
      return this;
    }

    /**
     * Sets who may see the measurements.
     *
     * @param value the sensitivity
     * @return this builder
     */
    public Builder sensitivity(Sensitivity value) {
      this.sensitivity = Checks.notNull(value, where() + "sensitivity");
      return this;
    }

    /**
     * Adds commitments the indicator measures.
     *
     * @param ids commitment ids
     * @return this builder
     */
    public Builder measures(CommitmentId... ids) {
      for (CommitmentId c : Checks.notNull(ids, where() + "commitments")) {
        commitments.add(Checks.notNull(c, where() + "commitments element"));
      }
      return this;
    }

    /**
     * Adds outcomes the indicator measures.
     *
     * @param ids outcome ids
     * @return this builder
     */
    public Builder measures(OutcomeId... ids) {
      for (OutcomeId o : Checks.notNull(ids, where() + "outcomes")) {
        outcomes.add(Checks.notNull(o, where() + "outcomes element"));
      }
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
      attributes.put(Checks.text(key, where() + "attribute key"),
          Checks.notNull(value, where() + "attribute '" + key + "'"));
      return this;
    }

    /**
     * Builds the indicator.
     *
     * @return the indicator
     * @throws IllegalArgumentException if two targets or planned points share a date
     */
    public Indicator build() {
      return new Indicator(id, name, unit, measureType, direction, baseline, targets,
          interpolation, plannedPoints, timeAggregation, regionAggregation, aggregable, ratio,
          dataOwner, sensitivity, commitments, outcomes, attributes);
    }
  }
}
