package org.sharedoutcomes.testkit.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.MeasurementStatus;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TrajectoryPoint;
import org.sharedoutcomes.core.progress.AttainmentState;
import org.sharedoutcomes.core.progress.IndicatorProgress;
import org.sharedoutcomes.core.progress.ProgressOptions;
import org.sharedoutcomes.core.progress.ProgressStatus;
import org.sharedoutcomes.core.progress.ProgressTracker;
import org.sharedoutcomes.core.progress.Thresholds;
import org.sharedoutcomes.testkit.RandomModels;
import org.sharedoutcomes.testkit.SeedReporter;
import org.sharedoutcomes.testkit.Seeds;

/**
 * The rules of issue 13 as properties over seeded random inputs: inclusive bounds hold for
 * decimals, final beats provisional in any order, an as-of view equals a model of the figures
 * known then, and a tracker shared by four threads equals one fed on one thread.
 */
@ExtendWith(SeedReporter.class)
class ProgressRulesPropertiesTest {
  private static final IndicatorId X = IndicatorId.of("x");
  private static final LocalDate PLAN = LocalDate.of(2025, 1, 1);
  private static final LocalDate AS_OF = LocalDate.of(2025, 7, 10);
  private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

  static LongStream seeds() {
    return Seeds.of(500);
  }

  @AfterAll
  static void stopPool() {
    POOL.shutdownNow();
  }

  /** A decimal of 1 to 3 significant digits, times a power of ten from 1e-3 to 1e3. */
  private static BigDecimal decimal(SplittableRandom r, int digits) {
    long m = 1 + r.nextLong((long) Math.pow(10, digits) - 1);
    return BigDecimal.valueOf(m).scaleByPowerOfTen(r.nextInt(7) - 3 - digits + 1);
  }

  /** One unit in the sixth significant digit of x. */
  private static BigDecimal sixthDigit(BigDecimal x) {
    BigDecimal s = x.stripTrailingZeros();
    return BigDecimal.ONE.scaleByPowerOfTen(s.precision() - s.scale() - 6);
  }

  /** An indicator expected at {@code expected} from 2025-01-01, its target far off. */
  private static IndicatorProgress judged(Direction dir, BigDecimal expected, BigDecimal actual,
      Thresholds thresholds) {
    double e = expected.doubleValue();
    Indicator ind = Indicator.builder("x", "X").direction(dir)
        .plannedPoints(new TrajectoryPoint(PLAN, e))
        .target(dir == Direction.ASCENDING ? Target.atLeast(LocalDate.of(2030, 1, 1), e * 10)
            : Target.atMost(LocalDate.of(2030, 1, 1), e / 10))
        .measures(CommitmentId.of("c")).build();
    OutcomeModel m = OutcomeModel.builder().commitment(Commitment.builder("c", "C").build())
        .indicator(ind).measurement(X, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30),
            actual.doubleValue()).build();
    return ProgressTracker.of(m, AS_OF, ProgressOptions.defaults().withThresholds(thresholds))
        .indicator(X);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aDecimalExactlyAtAThresholdIsInsideAndTheNextDecimalOutside(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Direction dir = r.nextBoolean() ? Direction.ASCENDING : Direction.DESCENDING;
    BigDecimal expected = decimal(r, 3);
    BigDecimal onTrack = BigDecimal.valueOf(1 + r.nextInt(30), 2);    // 0.01 to 0.30
    BigDecimal atRisk = onTrack.add(BigDecimal.valueOf(1 + r.nextInt(30), 2));
    Thresholds t = new Thresholds(onTrack.doubleValue(), atRisk.doubleValue());
    boolean inner = r.nextBoolean();
    BigDecimal bound = inner ? onTrack : atRisk;
    // at the bound: expected * (1 - bound) ascending, expected * (1 + bound) descending;
    // at most 3 + 3 significant digits
    BigDecimal factor = dir == Direction.ASCENDING ? BigDecimal.ONE.subtract(bound)
        : BigDecimal.ONE.add(bound);
    BigDecimal at = expected.multiply(factor);
    BigDecimal unit = sixthDigit(at);
    BigDecimal beyond = dir == Direction.ASCENDING ? at.subtract(unit) : at.add(unit);
    String where = dir + " expected " + expected + ", bound " + bound + ", at " + at
        + ", beyond " + beyond;
    ProgressStatus inside = inner ? ProgressStatus.ON_TRACK : ProgressStatus.AT_RISK;
    ProgressStatus outside = inner ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
    assertEquals(inside, judged(dir, expected, at, t).status(), where);
    assertEquals(outside, judged(dir, expected, beyond, t).status(), where);
  }

  /** A SUM indicator whose actual is {@code a + b}, expected and targeted at {@code target}. */
  private static IndicatorProgress attained(Target target, BigDecimal a, BigDecimal b) {
    Indicator ind = Indicator.builder("x", "X").timeAggregation(Aggregation.SUM)
        .plannedPoints(new TrajectoryPoint(PLAN, target.reference())).target(target)
        .measures(CommitmentId.of("c")).build();
    OutcomeModel m = OutcomeModel.builder().commitment(Commitment.builder("c", "C").build())
        .indicator(ind)
        .measurement(X, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), a.doubleValue())
        .measurement(X, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), b.doubleValue())
        .build();
    return ProgressTracker.of(m, target.date()).indicator(X);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aSumExactlyAtATargetAttainsItAndTheNextDecimalDoesNot(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    // two decimals of the same scale and up to 5 digits: their sum has at most 6
    int scale = r.nextInt(7) - 2;
    BigDecimal a = BigDecimal.valueOf(1 + r.nextInt(49_999), scale);
    BigDecimal b = BigDecimal.valueOf(1 + r.nextInt(49_999), scale);
    BigDecimal sum = a.add(b);
    BigDecimal unit = sixthDigit(sum);
    LocalDate due = LocalDate.of(2025, 7, 1);
    double v = sum.doubleValue();
    int kind = r.nextInt(3);
    Target target = kind == 0 ? Target.exactly(due, v)
        : kind == 1 ? Target.atLeast(due, v) : Target.atMost(due, v);
    BigDecimal beyondB = kind == 1 ? b.subtract(unit) : b.add(unit);
    String where = target + " = " + a + " + " + b + ", beyond with " + beyondB;
    IndicatorProgress at = attained(target, a, b);
    assertEquals(AttainmentState.ATTAINED, at.attainment().state(), where);
    assertEquals(0.0, at.variance().getAsDouble(), where);
    IndicatorProgress beyond = attained(target, a, beyondB);
    assertEquals(AttainmentState.NOT_ATTAINED, beyond.attainment().state(), where);
    assertNotEquals(0.0, beyond.variance().getAsDouble(), where);
  }

  /** Several vintages of one monthly series: for each month, one final and some provisional. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aFinalFigureBeatsProvisionalOnesInAnyInsertionOrder(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int months = 1 + r.nextInt(6);
    List<Measurement> all = new ArrayList<>();
    double finals = 0;
    for (int k = 0; k < months; k++) {
      YearMonth ym = YearMonth.of(2025, 1 + k);
      double v = r.nextInt(1000) / 4.0;
      finals += v;
      Measurement fin = Measurement.of(X, ym.atDay(1), ym.atEndOfMonth(), v);
      if (r.nextBoolean()) {
        fin = fin.withReportedAt(Instant.parse("2025-07-0" + (1 + r.nextInt(9)) + "T00:00:00Z"));
      }
      all.add(fin);
      for (int p = r.nextInt(4); p > 0; p--) {
        Measurement prov = Measurement.of(X, ym.atDay(1), ym.atEndOfMonth(),
            r.nextInt(1000) / 4.0 + 1000).withStatus(MeasurementStatus.PROVISIONAL);
        all.add(r.nextBoolean() ? prov
            : prov.withReportedAt(Instant.parse("2025-07-0" + (1 + r.nextInt(9)) + "T12:00:00Z")));
      }
    }
    Collections.shuffle(all, new Random(seed));
    Indicator ind = Indicator.builder("x", "X").timeAggregation(Aggregation.SUM)
        .measures(CommitmentId.of("c")).build();
    OutcomeModel.Builder b = OutcomeModel.builder()
        .commitment(Commitment.builder("c", "C").build()).indicator(ind);
    all.forEach(b::measurement);
    double actual = ProgressTracker.of(b.build(), AS_OF).indicator(X).actual().getAsDouble();
    assertEquals(finals, actual, 1e-9, "finals of " + all);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anAsKnownOnViewEqualsTheViewOfAModelOfTheFiguresKnownThen(long seed) {
    OutcomeModel model = RandomModels.generate(seed);
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate asOf = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(3650));
    LocalDate knownOn = asOf.plusDays(r.nextInt(121) - 60);
    List<Measurement> figures = new ArrayList<>();
    for (Indicator i : model.indicators()) {
      figures.addAll(model.measurements(i.id()).asList());
    }
    for (int k = model.indicators().isEmpty() ? 0 : 5 + r.nextInt(30); k > 0; k--) {
      figures.add(vintage(r, model, asOf));
    }
    OutcomeModel.Builder all = structureOf(model);
    OutcomeModel.Builder known = structureOf(model);
    for (Measurement m : figures) {
      all.measurement(m);
      // a figure without a report time counts as reported at the end of its period
      LocalDate reported = m.reportedAt().map(t -> LocalDate.ofInstant(t, ZoneOffset.UTC))
          .orElse(m.periodEnd());
      if (!reported.isAfter(knownOn)) {
        known.measurement(m);
      }
    }
    ProgressOptions view = ProgressOptions.defaults().withKnownOn(knownOn);
    ProgressOptions everything = ProgressOptions.defaults().withKnownOn(LocalDate.of(9999, 1, 1));
    assertEquals(ProgressTracker.of(known.build(), asOf, everything).indicators(),
        ProgressTracker.of(all.build(), asOf, view).indicators(), "known on " + knownOn);
  }

  /** A builder of everything in the model but its measurements. */
  private static OutcomeModel.Builder structureOf(OutcomeModel m) {
    OutcomeModel.Builder b = OutcomeModel.builder();
    m.agencies().forEach(b::agency);
    m.persons().forEach(b::person);
    m.outcomes().forEach(b::outcome);
    m.commitments().forEach(b::commitment);
    m.roles().forEach(b::role);
    m.indicators().forEach(b::indicator);
    m.assessments().forEach(b::assessment);
    m.interventions().forEach(b::intervention);
    m.agreements().forEach(b::agreement);
    m.conflicts().forEach(b::conflict);
    return b;
  }

  /** A measurement near the date, a final or provisional vintage, maybe with a report time. */
  private static Measurement vintage(SplittableRandom r, OutcomeModel model, LocalDate asOf) {
    List<Indicator> inds = model.indicators();
    IndicatorId id = inds.get(r.nextInt(inds.size())).id();
    YearMonth ym = YearMonth.from(asOf.minusDays(r.nextInt(150)));
    Measurement m = Measurement.of(id, ym.atDay(1), ym.atEndOfMonth(), r.nextInt(400) / 4.0);
    if (r.nextInt(3) != 0) {
      m = m.withReportedAt(ym.atEndOfMonth().plusDays(r.nextInt(120))
          .atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(r.nextInt(86_400)));
    }
    if (r.nextInt(3) == 0) {
      m = m.withStatus(MeasurementStatus.PROVISIONAL);
    }
    if (r.nextInt(5) == 0) {
      m = m.withDimension("region", r.nextBoolean() ? "north" : "south");
    }
    return m;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aTrackerUsedFromFourThreadsEqualsTheSameMeasurementsAppliedOnOneThread(long seed)
      throws Exception {
    OutcomeModel model = RandomModels.generate(seed);
    if (model.indicators().isEmpty()) {
      return;
    }
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate asOf = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(3650));
    List<Measurement> ms = new ArrayList<>();
    for (int k = 8 + r.nextInt(40); k > 0; k--) {
      ms.add(vintage(r, model, asOf));
    }
    ProgressTracker one = ProgressTracker.of(model, asOf);
    ms.forEach(one::accept);
    ProgressTracker shared = ProgressTracker.of(model, asOf);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int start = t;
      done.add(POOL.submit(() -> {
        for (int k = start; k < ms.size(); k += 4) {
          shared.accept(ms.get(k));
          shared.indicators(); // reads between the writes
        }
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    assertEquals(List.of(one.indicators(), one.commitments(), one.outcomes()),
        List.of(shared.indicators(), shared.commitments(), shared.outcomes()));
    assertEquals(one.model(), shared.model());
  }
}
