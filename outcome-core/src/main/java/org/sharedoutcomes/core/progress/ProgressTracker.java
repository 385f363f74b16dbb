package org.sharedoutcomes.core.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntFunction;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.DeliveryAssessment;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.internal.Lazy;

/**
 * Progress of every indicator, commitment and outcome of a model at a date, kept up to date
 * incrementally as measurements arrive.
 *
 * <pre>{@code
 * ProgressTracker tracker = ProgressTracker.of(model, LocalDate.of(2026, 6, 30));
 * CommitmentProgress ccb = tracker.commitment(CommitmentId.of("ccb"));
 * ProgressChange change = tracker.accept(
 *     Measurement.of(IndicatorId.of("wait-days"), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), 38));
 * change.statusChanges();   // e.g. [StatusChange[wait-days, AT_RISK, ON_TRACK], ...]
 * }</pre>
 *
 * <p>The rules (deadlines, tolerance, vintages, not-yet-due indicators, aggregation) are the
 * table of {@code docs/progress.md}; {@link IndicatorProgress} defines the figures.
 *
 * <p><b>Full computation</b> ({@link #of}, {@link #recomputeAll()}): every indicator's actual
 * value by one pass over its {@link MeasurementSeries}, ratio indicators without measurements
 * of their own through their numerator and denominator, then every commitment from its
 * indicators and milestones, then every outcome from its children, leaves first:
 * O(M + I + C + O + E) for M measurements, I indicators, C commitments, O outcomes and E links
 * between them (the links are the model's own look-ups, such as
 * {@link OutcomeModel#indicatorsOf(CommitmentId)}).
 *
 * <p><b>Incremental update</b> ({@link #accept}): only the measured indicator, the ratio
 * indicators built on it, the commitments they measure, the outcomes those serve and their
 * ancestors are recomputed: O(m + depth &times; fan-in) where m is the measured indicator's
 * series length, not O(model). The result equals a full recomputation over a model holding the
 * same measurements ({@link #model()} is that model; a property test checks this). A rejected
 * measurement leaves the state unchanged.
 *
 * <p>Derived figures never overwrite human judgement: {@link #commitment} reports the latest
 * {@link DeliveryAssessment} beside the derived likelihood and flags disagreement.
 *
 * <p><b>Thread safety.</b> A tracker is thread-safe, in the manner of Caffeine's {@code Cache}:
 * {@link #accept} and {@link #recomputeAll} are serialised (one at a time, under a write lock),
 * and every read returns figures of one state between two updates, never of a half-applied
 * measurement; a read of many results ({@link #indicators()}, {@link #commitments()}) is
 * consistent within the call. Several calls in a row may see different states if other threads
 * accept in between: to read several results that must agree, read them from a
 * {@link #snapshot()}. Measurements accepted concurrently are applied in some serial order,
 * and the final state does not depend on that order. The results are immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProgressTracker {
  private final ProgressEngine engine;
  private final Lock read;
  private final Lock write;
  /** Guarded by the lock. */
  private final ProgressState state;
  /** The measurements accepted, in order; only grows. Guarded by the lock. */
  private final List<Measurement> accepted;
  /** The model with the accepted measurements, for the current count. Guarded by the lock. */
  private Lazy<OutcomeModel> current;

  private ProgressTracker(ProgressEngine engine, ProgressState state,
      List<Measurement> accepted) {
    ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    this.read = lock.readLock();
    this.write = lock.writeLock();
    this.engine = engine;
    this.state = state;
    this.accepted = accepted;
    this.current = modelWith(accepted.size());
  }

  /**
   * A tracker of a model's progress at a date, with the default options.
   *
   * @param model the model
   * @param asOf the date of the assessment
   * @return the tracker, fully computed
   * @throws IllegalArgumentException if {@code asOf}, or a commitment's due date, is outside the
   *     supported dates (about 5.8 million years either side of 1970)
   */
  public static ProgressTracker of(OutcomeModel model, LocalDate asOf) {
    return of(model, asOf, ProgressOptions.defaults());
  }

  /**
   * A tracker of a model's progress at a date.
   *
   * @param model the model
   * @param asOf the date of the assessment
   * @param options the options
   * @return the tracker, fully computed
   * @throws IllegalArgumentException if {@code asOf}, or a commitment's due date, is outside the
   *     supported dates (about 5.8 million years either side of 1970)
   */
  public static ProgressTracker of(OutcomeModel model, LocalDate asOf, ProgressOptions options) {
    ProgressEngine engine = new ProgressEngine(model, asOf, options);
    ProgressState state = engine.newState();
    engine.recomputeAll(state);
    return new ProgressTracker(engine, state, new ArrayList<>());
  }

  /**
   * Recomputes every figure from the measurements held; the incremental path of
   * {@link #accept} always equals this. O(M + I + C + O + E).
   */
  public void recomputeAll() {
    write.lock();
    try {
      engine.recomputeAll(state);
    } finally {
      write.unlock();
    }
  }

  /**
   * Accepts a new measurement and recomputes what it affects: its indicator, ratio indicators
   * built on it, the commitments they measure, and the outcomes above those, leaves first.
   * Serialised with other calls of {@code accept} and {@link #recomputeAll()}.
   *
   * @param m the measurement
   * @return what changed
   * @throws NullPointerException if the measurement is null
   * @throws IllegalArgumentException naming the measurement if its indicator or reporting
   *     agency is not in the model; the tracker is then unchanged. (A measurement whose value
   *     is NaN or infinite, or whose period ends before it starts, cannot be constructed.)
   */
  public ProgressChange accept(Measurement m) {
    Checks.notNull(m, "measurement");
    int k = engine.indicatorPosition(m.indicator());
    if (k < 0) {
      throw new IllegalArgumentException("rejected " + describe(m)
          + ": the model has no indicator '" + m.indicator() + "'");
    }
    if (m.reportedBy().isPresent() && engine.model.agency(m.reportedBy().get()).isEmpty()) {
      throw new IllegalArgumentException("rejected " + describe(m)
          + ": the model has no agency '" + m.reportedBy().get() + "' (reportedBy)");
    }
    write.lock();
    try {
      state.series[k] = state.series[k].plus(m);
      accepted.add(m);
      current = modelWith(accepted.size());
      return engine.update(state, k, m);
    } finally {
      write.unlock();
    }
  }

  private static String describe(Measurement m) {
    return "measurement of '" + m.indicator() + "' for " + m.periodStart() + ".."
        + m.periodEnd() + " (value " + m.value() + ")";
  }

  /** The model with the first {@code count} accepted measurements, built on first use. */
  private Lazy<OutcomeModel> modelWith(int count) {
    return Lazy.of(() -> {
      if (count == 0) {
        return engine.model;
      }
      List<Measurement> first = locked(() -> List.copyOf(accepted.subList(0, count)));
      return engine.model.toBuilder().measurements(first).build();
    });
  }

  private <T> T locked(java.util.function.Supplier<T> reader) {
    read.lock();
    try {
      return reader.get();
    } finally {
      read.unlock();
    }
  }

  /**
   * An independent tracker holding this one's current state, to read several results that
   * agree while other threads keep accepting measurements here (or to explore "what if" on the
   * copy). Measurements accepted by either afterwards do not reach the other. O(I + C + O + A)
   * for A accepted measurements: the figures are copied, the measurement series shared (they
   * are immutable).
   *
   * @return the copy
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public ProgressTracker snapshot() {
    return locked(() -> new ProgressTracker(engine, state.copy(), new ArrayList<>(accepted)));
  }

  // ------------------------------------------------------------------ results

  /**
   * The date of the assessment.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return engine.asOf;
  }

  /**
   * The options in use.
   *
   * @return the options
   */
  public ProgressOptions options() {
    return engine.options;
  }

  /**
   * The model the tracker started from with every measurement it accepted since: a full
   * recomputation over it equals this tracker's state. Built on first use after each accepted
   * measurement (O(model)), then kept; the model the tracker started from while it has
   * accepted none.
   *
   * @return the model, including the accepted measurements
   */
  public OutcomeModel model() {
    return locked(() -> current).get();
  }

  /**
   * How many measurements were accepted since the tracker was created (for a
   * {@link #snapshot()}, since its original was created).
   *
   * @return the count
   */
  public long acceptedCount() {
    return locked(accepted::size);
  }

  /**
   * The current measurements of an indicator, including those accepted.
   *
   * @param id the indicator
   * @return its series
   * @throws IllegalArgumentException if the model has no such indicator
   */
  public MeasurementSeries series(IndicatorId id) {
    int i = indicatorIndex(id);
    return locked(() -> state.series[i]);
  }

  private int indicatorIndex(IndicatorId id) {
    int i = engine.indicatorPosition(Checks.notNull(id, "indicator id"));
    if (i < 0) {
      throw new IllegalArgumentException("the model has no indicator '" + id + "'");
    }
    return i;
  }

  private int commitmentIndex(CommitmentId id) {
    int c = engine.commitmentPosition(Checks.notNull(id, "commitment id"));
    if (c < 0) {
      throw new IllegalArgumentException("the model has no commitment '" + id + "'");
    }
    return c;
  }

  private int outcomeIndex(OutcomeId id) {
    int o = engine.outcomePosition(Checks.notNull(id, "outcome id"));
    if (o < 0) {
      throw new IllegalArgumentException("the model has no outcome '" + id + "'");
    }
    return o;
  }

  /**
   * The derived status of an indicator, without building its full progress.
   *
   * @param id the indicator
   * @return its status
   * @throws IllegalArgumentException if the model has no such indicator
   */
  public ProgressStatus statusOf(IndicatorId id) {
    int i = indicatorIndex(id);
    return locked(() -> engine.indicatorStatus(state, i));
  }

  /**
   * The derived status of a commitment.
   *
   * @param id the commitment
   * @return its status
   * @throws IllegalArgumentException if the model has no such commitment
   */
  public ProgressStatus statusOf(CommitmentId id) {
    int c = commitmentIndex(id);
    return locked(() -> engine.commitmentStatus(state, c));
  }

  /**
   * The rolled-up status of an outcome.
   *
   * @param id the outcome
   * @return its status
   * @throws IllegalArgumentException if the model has no such outcome
   */
  public ProgressStatus statusOf(OutcomeId id) {
    int o = outcomeIndex(id);
    return locked(() -> engine.outcomeStatus(state, o));
  }

  /**
   * The progress of an indicator.
   *
   * @param id the indicator
   * @return its progress
   * @throws IllegalArgumentException if the model has no such indicator
   */
  public IndicatorProgress indicator(IndicatorId id) {
    int i = indicatorIndex(id);
    return locked(() -> engine.indicatorProgress(state, i));
  }

  /**
   * The progress of every indicator, by id, all of one state.
   *
   * @return an unmodifiable list
   */
  public List<IndicatorProgress> indicators() {
    return all(engine.indicatorCount(), i -> engine.indicatorProgress(state, i));
  }

  /**
   * The progress of a commitment: derived status, likelihood of delivery with its reasons,
   * and the latest human assessment beside it.
   *
   * @param id the commitment
   * @return its progress
   * @throws IllegalArgumentException if the model has no such commitment
   */
  public CommitmentProgress commitment(CommitmentId id) {
    int c = commitmentIndex(id);
    return locked(() -> engine.commitmentProgress(state, c));
  }

  /**
   * The progress of every commitment, by id, all of one state.
   *
   * @return an unmodifiable list
   */
  public List<CommitmentProgress> commitments() {
    return all(engine.commitmentCount(), c -> engine.commitmentProgress(state, c));
  }

  /**
   * The rolled-up progress of an outcome.
   *
   * @param id the outcome
   * @return its progress
   * @throws IllegalArgumentException if the model has no such outcome
   */
  public OutcomeProgress outcome(OutcomeId id) {
    int o = outcomeIndex(id);
    return locked(() -> engine.outcomeProgress(state, o));
  }

  /**
   * The progress of every outcome, by id, all of one state.
   *
   * @return an unmodifiable list
   */
  public List<OutcomeProgress> outcomes() {
    return all(engine.outcomeCount(), o -> engine.outcomeProgress(state, o));
  }

  private <T> List<T> all(int n, IntFunction<T> one) {
    return locked(() -> {
      List<T> list = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        list.add(one.apply(k));
      }
      return List.copyOf(list);
    });
  }

  /**
   * The commitments an agency is accountable for on the tracker's date, directly or through
   * one of its people (role assignments not active on the date are skipped).
   *
   * @param agency the agency
   * @return the commitments, by id
   */
  List<CommitmentId> accountableFor(AgencyId agency) {
    return engine.accountableFor(agency);
  }

  /**
   * The model the tracker started from, without the accepted measurements (for the
   * structure: agencies, roles).
   */
  OutcomeModel baseModel() {
    return engine.model;
  }
}
