package org.sharedoutcomes.testkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Interpolation;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.MeasurementStatus;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.progress.OrdinalRollup;
import org.sharedoutcomes.core.progress.ProgressOptions;
import org.sharedoutcomes.core.progress.ProgressStatus;
import org.sharedoutcomes.core.progress.ProgressTracker;
import org.sharedoutcomes.testkit.RandomModels;
import org.sharedoutcomes.testkit.Seeds;

/** Invariants of the progress package over seeded random models and indicators. */
class ProgressPropertiesTest {
  private static final LocalDate START = LocalDate.of(2020, 1, 1);

  static LongStream seeds() {
    return Seeds.of(500);
  }

  private static LocalDate date(SplittableRandom r) {
    return START.plusDays(r.nextInt(3650));
  }

  private static List<Object> state(ProgressTracker t) {
    return List.of(t.indicators(), t.commitments(), t.outcomes());
  }

  /** A measurement of a random indicator, mostly for a period ending before {@code asOf}. */
  private static Measurement randomMeasurement(
      SplittableRandom r, OutcomeModel model, LocalDate asOf) {
    List<Indicator> inds = model.indicators();
    IndicatorId id = inds.get(r.nextInt(inds.size())).id();
    LocalDate near = asOf.minusDays(r.nextInt(r.nextBoolean() ? 120 : 1500));
    LocalDate s = r.nextBoolean() ? YearMonth.from(near).atDay(1) : near;
    LocalDate e = r.nextBoolean() ? YearMonth.from(s).atEndOfMonth() : s.plusDays(r.nextInt(90));
    double v = r.nextInt(3) == 0 ? r.nextInt(100) : r.nextDouble() * 1000 - 200;
    Measurement m = Measurement.of(id, s, e, v);
    if (r.nextInt(4) == 0) {
      m = m.withDimension("region", List.of("north", "south", "east").get(r.nextInt(3)));
    }
    if (r.nextInt(4) == 0 && !model.agencies().isEmpty()) {
      m = m.withReporter(model.agencies().get(r.nextInt(model.agencies().size())).id());
    }
    if (r.nextInt(5) == 0) {
      m = m.withStatus(MeasurementStatus.PROVISIONAL);
    }
    return m;
  }

  private static Measurement invalidMeasurement(SplittableRandom r, OutcomeModel model) {
    if (model.indicators().isEmpty() || r.nextBoolean()) {
      return Measurement.of(IndicatorId.of("no-such-" + r.nextInt(1000)), date(r), date(r)
          .plusDays(400_000), 1.0);
    }
    return randomMeasurement(r, model, date(r)).withReporter(AgencyId.of("ghost-" + r.nextInt(1000)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void incrementalStateEqualsFullRecomputationAfterAnySequence(long seed) {
    OutcomeModel model = RandomModels.generate(seed);
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate asOf = date(r);
    ProgressOptions options = r.nextBoolean() ? ProgressOptions.defaults()
        : ProgressOptions.defaults().withOrdinalRollup(OrdinalRollup.MEDIAN).withGraceDays(0);
    ProgressTracker tracker = ProgressTracker.of(model, asOf, options);
    OutcomeModel.Builder all = model.toBuilder();
    int steps = model.indicators().isEmpty() ? 0 : 1 + r.nextInt(25);
    for (int k = 0; k < steps; k++) {
      Measurement m = randomMeasurement(r, model, asOf);
      tracker.accept(m);
      all.measurement(m);
    }
    ProgressTracker full = ProgressTracker.of(all.build(), asOf, options);
    assertEquals(state(full), state(tracker));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rejectedMeasurementLeavesTheStateUnchanged(long seed) {
    OutcomeModel model = RandomModels.generate(seed);
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate asOf = date(r);
    ProgressTracker tracker = ProgressTracker.of(model, asOf);
    if (!model.indicators().isEmpty()) {
      tracker.accept(randomMeasurement(r, model, asOf));
    }
    List<Object> before = state(tracker);
    Measurement bad = invalidMeasurement(r, model);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> tracker.accept(bad));
    assertTrue(e.getMessage().startsWith("rejected measurement of '" + bad.indicator() + "'"),
        e.getMessage());
    assertEquals(before, state(tracker));
  }

  /** A random indicator whose final target differs from its baseline, direction consistent. */
  private static Indicator gapIndicator(SplittableRandom r, String id, double baseline,
      double target) {
    LocalDate base = date(r);
    LocalDate due = base.plusDays(30 + r.nextInt(2000));
    boolean up = target > baseline;
    Target t = switch (r.nextInt(3)) {
      case 0 -> Target.exactly(due, target);
      case 1 -> up ? Target.atLeast(due, target) : Target.atMost(due, target);
      default -> {
        double w = r.nextInt(50);
        yield Target.between(due, target - w, target + w);
      }
    };
    Aggregation time = List.of(Aggregation.LAST, Aggregation.AVERAGE, Aggregation.MIN,
        Aggregation.MAX, Aggregation.NONE).get(r.nextInt(5));
    return Indicator.builder(id, id).baseline(baseline, base).target(t)
        .direction(up ? Direction.ASCENDING : Direction.DESCENDING)
        .interpolation(r.nextBoolean() ? Interpolation.LINEAR : Interpolation.STEPWISE)
        .timeAggregation(time).measures(CommitmentId.of("c")).build();
  }

  private static OptionalDouble gapAt(Indicator ind, double value, SplittableRandom r) {
    LocalDate s = ind.baseline().orElseThrow().date().plusDays(r.nextInt(400));
    Measurement m = Measurement.of(ind.id(), s, s.plusDays(r.nextInt(31)), value);
    OutcomeModel model = OutcomeModel.builder()
        .commitment(Commitment.builder("c", "C").build()).indicator(ind).measurement(m).build();
    return ProgressTracker.of(model, m.periodEnd().plusDays(1)).indicator(ind.id()).gapClosed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void gapClosedIsZeroAtTheBaselineAndOneAtTheTargetInBothDirections(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double baseline = Math.round(r.nextDouble() * 2000 - 1000) / 4.0;
    double delta = (1 + r.nextInt(1000)) / 4.0;
    double target = r.nextBoolean() ? baseline + delta : baseline - delta;
    Indicator ind = gapIndicator(r, "g", baseline, target);
    double reference = ind.finalTarget().orElseThrow().reference();
    assertEquals(0.0, gapAt(ind, baseline, r).getAsDouble(), "at the baseline");
    assertEquals(1.0, gapAt(ind, reference, r).getAsDouble(), "at the target");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rollingUpIdenticalChildrenGivesTheChildsValue(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double baseline = r.nextInt(200);
    double target = baseline + (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(100));
    MeasureType type = List.of(MeasureType.values()).get(r.nextInt(MeasureType.values().length));
    boolean aggregable = r.nextInt(5) != 0;
    int children = 2 + r.nextInt(5);
    int months = r.nextInt(6);
    double[] values = new double[months];
    for (int k = 0; k < months; k++) {
      values[k] = r.nextInt(400) - 100 + r.nextInt(4) / 4.0;
    }
    Indicator template = gapIndicator(r, "t", baseline, target);
    LocalDate first = YearMonth.from(template.baseline().orElseThrow().date()).plusMonths(1)
        .atDay(1);
    LocalDate asOf = first.plusMonths(months).plusDays(r.nextInt(60));

    OutcomeModel.Builder b = OutcomeModel.builder()
        .agency(Agency.of("a", "A", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL))
        .outcome(Outcome.of("top", "Top", OutcomeLevel.IMPACT))
        .outcome(Outcome.of("shared", "Shared", OutcomeLevel.OUTCOME)
            .withParents(OutcomeId.of("top")));
    for (int k = 0; k < children; k++) {
      String o = "o" + k;
      String c = "c" + k;
      b.outcome(Outcome.of(o, o, OutcomeLevel.OUTCOME).withParents(OutcomeId.of("top")));
      b.commitment(Commitment.builder(c, c).serves(o, "shared").build());
      Indicator.Builder ib = Indicator.builder(IndicatorId.of("i" + k), "I").measureType(type)
          .direction(template.direction())
          .target(template.targets().toArray(Target[]::new))
          .interpolation(template.interpolation())
          .timeAggregation(template.timeAggregation()).regionAggregation(Aggregation.SUM)
          .aggregable(aggregable).sensitivity(template.sensitivity())
          .measures(CommitmentId.of(c));
      template.baseline().ifPresent(ib::baseline);
      Indicator ind = ib.build();
      b.indicator(ind);
      for (int m = 0; m < months; m++) {
        YearMonth ym = YearMonth.from(first).plusMonths(m);
        b.measurement(ind.id(), ym.atDay(1), ym.atEndOfMonth(), values[m]);
      }
    }
    ProgressTracker t = ProgressTracker.of(b.build(), asOf);
    ProgressStatus childStatus = t.statusOf(CommitmentId.of("c0"));
    OptionalDouble childScore = t.commitment(CommitmentId.of("c0")).score();
    List<OutcomeId> parents = new ArrayList<>();
    for (int k = 0; k < children; k++) {
      parents.add(OutcomeId.of("o" + k));
    }
    parents.add(OutcomeId.of("shared"));
    parents.add(OutcomeId.of("top"));
    for (OutcomeId o : parents) {
      assertEquals(childStatus, t.statusOf(o), "status of " + o);
      OptionalDouble score = t.outcome(o).score();
      assertEquals(childScore.isPresent(), score.isPresent(), "score present at " + o);
      if (score.isPresent()) {
        assertEquals(childScore.getAsDouble(), score.getAsDouble(),
            1e-12 * Math.max(1, Math.abs(childScore.getAsDouble())), "score of " + o);
      }
    }
  }
}
