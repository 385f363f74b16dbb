package org.sharedoutcomes.benchmarks.progress;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.Milestone;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.progress.ProgressChange;
import org.sharedoutcomes.core.progress.ProgressTracker;

/**
 * Progress at scale: 100,000 commitments, 150,000 indicators, 3.6 million measurements (24
 * monthly values each, January 2024 to December 2025), 11,100 outcomes in three levels (100
 * impacts, 1,000 outcomes, 10,000 outputs; ten commitments serve each output).
 *
 * <ul>
 *   <li>{@link #plainLoop}: the floor, summing every measurement value through
 *       {@link MeasurementSeries#value(int)}, looking each series up in the model.
 *   <li>{@link #fullRecomputation}: {@link ProgressTracker#recomputeAll()}, every indicator,
 *       commitment and outcome (target: at most 3 times the plain loop).
 *   <li>{@link #incrementalUpdate}: one {@link ProgressTracker#accept} of a new December 2025
 *       value, rotating over all indicators (so each series grows by about one row per 150,000
 *       invocations; target: at least 1000 times faster than the full recomputation).
 *   <li>{@link #trackerConstruction}: {@link ProgressTracker#of}, indexing plus a full
 *       computation, for reference.
 * </ul>
 *
 * <p>Run side by side in one run, for example
 * {@code java -Xmx6g -cp ... org.openjdk.jmh.Main ProgressBenchmark -f 1 -wi 2 -i 3}; compare
 * the ratios, not the absolute times (the machine is shared).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProgressBenchmark {
  static final int COMMITMENTS = 100_000;
  static final int INDICATORS = 150_000;
  static final int MONTHS = 24;
  static final int IMPACTS = 100;
  static final int MIDS = 1_000;
  static final int OUTPUTS = 10_000;
  static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  OutcomeModel model;
  ProgressTracker full;
  ProgressTracker incremental;
  Measurement[] updates;
  int next;

  /** Builds the model with a deterministic loop and two trackers at 2026-01-15. */
  @Setup
  public void setup() {
    OutcomeModel.Builder b = OutcomeModel.builder();
    for (int k = 0; k < IMPACTS; k++) {
      b.outcome(Outcome.of("imp-" + k, "Impact " + k, OutcomeLevel.IMPACT));
    }
    for (int k = 0; k < MIDS; k++) {
      b.outcome(Outcome.of("out-" + k, "Outcome " + k, OutcomeLevel.OUTCOME)
          .withParents(OutcomeId.of("imp-" + (k % IMPACTS))));
    }
    for (int k = 0; k < OUTPUTS; k++) {
      b.outcome(Outcome.of("op-" + k, "Output " + k, OutcomeLevel.OUTPUT)
          .withParents(OutcomeId.of("out-" + (k % MIDS))));
    }
    LocalDate base = LocalDate.of(2024, 1, 1);
    LocalDate due = LocalDate.of(2027, 1, 1);
    for (int c = 0; c < COMMITMENTS; c++) {
      Commitment.Builder cb = Commitment.builder("c-" + c, "Commitment " + c)
          .serves("op-" + (c % OUTPUTS));
      if (c % 10 == 0) {
        cb.milestones(Milestone.due("Pilot", LocalDate.of(2025, 6, 1 + c % 28)));
      }
      b.commitment(cb.build());
    }
    LocalDate[] starts = new LocalDate[MONTHS];
    LocalDate[] ends = new LocalDate[MONTHS];
    for (int m = 0; m < MONTHS; m++) {
      YearMonth ym = YearMonth.of(2024, 1).plusMonths(m);
      starts[m] = ym.atDay(1);
      ends[m] = ym.atEndOfMonth();
    }
    for (int i = 0; i < INDICATORS; i++) {
      int c = i < COMMITMENTS ? i : (i - COMMITMENTS) * 2;
      boolean flow = i % 4 == 0;
      boolean up = flow || i % 3 != 0;
      double baseline = flow ? 0 : 100 + i % 50;
      double target = flow ? 2000 : up ? baseline * 2 : baseline / 2;
      Indicator.Builder ib = Indicator.builder("i-" + i, "Indicator " + i)
          .direction(up ? Direction.ASCENDING : Direction.DESCENDING)
          .baseline(baseline, base)
          .target(up ? Target.atLeast(due, target) : Target.atMost(due, target))
          .timeAggregation(flow ? Aggregation.SUM : Aggregation.LAST)
          .measures(CommitmentId.of("c-" + c));
      b.indicator(ib.build());
      IndicatorId id = IndicatorId.of("i-" + i);
      double step = (target - baseline) / 36;
      for (int m = 0; m < MONTHS; m++) {
        double noise = ((i * 31 + m * 17) % 11 - 5) * 0.01 * (100 + i % 50);
        double v = flow ? 50 + (i + m) % 20 : baseline + step * (m + 1) + noise;
        b.measurement(id, starts[m], ends[m], v);
      }
    }
    model = b.build();
    full = ProgressTracker.of(model, AS_OF);
    incremental = ProgressTracker.of(model, AS_OF);
    updates = new Measurement[INDICATORS];
    for (int k = 0; k < updates.length; k++) {
      int i = (int) ((k * 7_919L) % INDICATORS); // 7919 is prime to 150,000: a permutation
      updates[k] = Measurement.of(IndicatorId.of("i-" + i), LocalDate.of(2025, 12, 1),
          LocalDate.of(2025, 12, 31), 100 + k % 97);
    }
  }

  /**
   * The floor: the sum of every measurement value.
   *
   * @return the sum
   */
  @Benchmark
  public double plainLoop() {
    double sum = 0;
    for (Indicator i : model.indicators()) {
      MeasurementSeries s = model.measurements(i.id());
      for (int j = 0, n = s.size(); j < n; j++) {
        sum += s.value(j);
      }
    }
    return sum;
  }

  /**
   * Every indicator, commitment and outcome recomputed.
   *
   * @return the tracker
   */
  @Benchmark
  public ProgressTracker fullRecomputation() {
    full.recomputeAll();
    return full;
  }

  /**
   * One measurement accepted incrementally.
   *
   * @return what changed
   */
  @Benchmark
  public ProgressChange incrementalUpdate() {
    Measurement m = updates[next];
    next = next + 1 == updates.length ? 0 : next + 1;
    return incremental.accept(m);
  }

  /**
   * A tracker built from scratch: indexing plus a full computation.
   *
   * @return the tracker
   */
  @Benchmark
  public ProgressTracker trackerConstruction() {
    return ProgressTracker.of(model, AS_OF);
  }
}
