package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.bool;
import static org.sharedoutcomes.json.internal.TokenWriter.id;
import static org.sharedoutcomes.json.internal.TokenWriter.ids;
import static org.sharedoutcomes.json.internal.TokenWriter.list;
import static org.sharedoutcomes.json.internal.TokenWriter.name;
import static org.sharedoutcomes.json.internal.TokenWriter.object;
import static org.sharedoutcomes.json.internal.TokenWriter.string;
import static org.sharedoutcomes.json.internal.TokenWriter.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.Baseline;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Interpolation;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.Ratio;
import org.sharedoutcomes.core.Sensitivity;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TrajectoryPoint;
import org.sharedoutcomes.core.ValueBasis;

/** The JSON form of an {@link Indicator}'s definition (its measurements are series). */
final class IndicatorCodec extends Codec<Indicator, IndicatorCodec.Acc> {
  static final IndicatorCodec INSTANCE = new IndicatorCodec();

  private IndicatorCodec() {
    super(Indicator.class, "indicator", "/$defs/indicator", r -> new Acc());
    required("id", (r, a) -> a.id = r.define(r.indicatorIds), (g, n, x) -> id(g, n, x.id()));
    required("name", (r, a) -> a.name = r.string(), (g, n, x) -> string(g, n, x.name()));
    field("unit", (r, a) -> a.unit = r.string(), (g, n, x) -> text(g, n, x.unit()));
    required("measureType", (r, a) -> a.measureType = r.enumValue(EnumTable.MEASURE_TYPE),
        (g, n, x) -> name(g, n, x.measureType()));
    required("direction", (r, a) -> a.direction = r.enumValue(EnumTable.DIRECTION),
        (g, n, x) -> name(g, n, x.direction()));
    field("baselines", (r, a) -> a.baselines =
        TokenReader.concat(a.baselines, r.list(BaselineCodec.INSTANCE)),
        (g, n, x) -> list(g, n, BaselineCodec.INSTANCE, x.baselines()));
    // format 1 as written by 0.1: one baseline; read into the same list, never written
    field("baseline", (r, a) -> a.baselines =
        TokenReader.concat(a.baselines, List.of(r.object(BaselineCodec.INSTANCE))),
        (g, n, x) -> { });
    field("targets", (r, a) -> a.targets = r.list(TargetCodec.INSTANCE),
        (g, n, x) -> list(g, n, TargetCodec.INSTANCE, x.targets()));
    required("interpolation", (r, a) -> a.interpolation = r.enumValue(EnumTable.INTERPOLATION),
        (g, n, x) -> name(g, n, x.interpolation()));
    field("plannedPoints", (r, a) -> a.plannedPoints = r.list(PointCodec.INSTANCE),
        (g, n, x) -> list(g, n, PointCodec.INSTANCE, x.plannedPoints()));
    required("timeAggregation", (r, a) -> a.timeAggregation = r.enumValue(EnumTable.AGGREGATION),
        (g, n, x) -> name(g, n, x.timeAggregation()));
    // absent: by the measure type (since 0.2; 0.1 wrote SUM for none)
    field("regionAggregation",
        (r, a) -> a.regionAggregation = r.optionalEnum(EnumTable.AGGREGATION),
        (g, n, x) -> name(g, n, x.regionAggregation()));
    required("aggregable", (r, a) -> a.aggregable = r.bool(),
        (g, n, x) -> bool(g, n, x.aggregable()));
    // absent: PERIOD
    field("valueBasis", (r, a) -> a.valueBasis = r.enumValue(EnumTable.VALUE_BASIS), (g, n, x) -> {
      if (x.valueBasis() != ValueBasis.PERIOD) {
        name(g, n, x.valueBasis());
      }
    });
    field("ratio", (r, a) -> a.ratio = Optional.of(r.object(RatioCodec.INSTANCE)),
        (g, n, x) -> object(g, n, RatioCodec.INSTANCE, x.ratio()));
    field("dataOwner", (r, a) -> a.dataOwner = Optional.of(r.ref(r.agencyIds)),
        (g, n, x) -> id(g, n, x.dataOwner()));
    required("sensitivity", (r, a) -> a.sensitivity = r.enumValue(EnumTable.SENSITIVITY),
        (g, n, x) -> name(g, n, x.sensitivity()));
    field("commitments", (r, a) -> a.commitments = r.idSet(r.commitmentIds),
        (g, n, x) -> ids(g, n, x.commitments()));
    field("outcomes", (r, a) -> a.outcomes = r.idSet(r.outcomeIds),
        (g, n, x) -> ids(g, n, x.outcomes()));
    attributesField(Indicator::attributes, (a, v) -> a.attributes = v);
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  Indicator finish(TokenReader r, Acc a) {
    // the record's own constructor, as the role and commitment codecs use: it checks every
    // field (and refuses two baselines of one date and dimensions, two targets or planned
    // points of one date), and takes the lists, sets and ids as read, with no builder copying
    // each of them first
    return new Indicator(a.id, a.name, a.unit, a.measureType, a.direction, a.baselines,
        a.targets, a.interpolation, a.plannedPoints, a.timeAggregation, a.regionAggregation,
        a.aggregable, a.valueBasis, a.ratio, a.dataOwner, a.sensitivity, a.commitments,
        a.outcomes, a.attributes);
  }

  /** An indicator's fields as read. */
  static final class Acc {
    @Nullable IndicatorId id;
    @Nullable String name;
    String unit = "";
    @Nullable MeasureType measureType;
    @Nullable Direction direction;
    List<Baseline> baselines = List.of();
    List<Target> targets = List.of();
    @Nullable Interpolation interpolation;
    List<TrajectoryPoint> plannedPoints = List.of();
    @Nullable Aggregation timeAggregation;
    Optional<Aggregation> regionAggregation = Optional.empty();
    boolean aggregable;
    ValueBasis valueBasis = ValueBasis.PERIOD;
    Optional<Ratio> ratio = Optional.empty();
    Optional<AgencyId> dataOwner = Optional.empty();
    @Nullable Sensitivity sensitivity;
    Set<CommitmentId> commitments = Set.of();
    Set<OutcomeId> outcomes = Set.of();
    Map<String, String> attributes = Map.of();
  }
}
