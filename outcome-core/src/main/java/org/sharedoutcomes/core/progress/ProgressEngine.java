package org.sharedoutcomes.core.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.DeliveryAssessment;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.Milestone;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Rating;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.internal.IdMap;

/**
 * The arithmetic behind {@link ProgressTracker}: the structure of one model at one date (who
 * measures what, in positions of the model's own lists, taken from the model's look-ups) and
 * the calculations that fill a {@link ProgressState}. Internal. Immutable itself; the states it
 * fills are guarded by their tracker. The sentences are {@link Explanations}'.
 */
final class ProgressEngine {
  private static final ProgressStatus[] STATUS = ProgressStatus.values();
  private static final Rating[] RATING = Rating.values();
  private static final DataState[] DATA_STATE = DataState.values();
  private static final int[] EMPTY = new int[0];
  private static final int JUDGED = ProgressStatus.OFF_TRACK.ordinal();

  /** One indicator's place in the structure. */
  private static final class IndicatorNode {
    final Indicator indicator;
    final Trajectory trajectory;
    /** Positions of the ratio's numerator and denominator, -1 if not a ratio. */
    final int numerator;
    final int denominator;
    /** The ratio indicators built on it. */
    int[] ratioUsers = EMPTY;
    final int[] commitments;
    final int[] outcomes;
    final boolean ordinalLike;
    final double weight;
    final double baseline;
    final @Nullable Target finalTarget;
    final @Nullable Target firstTarget;
    final double targetRef;
    final int finalDay;
    /** The first day of the final target's period, {@link Integer#MIN_VALUE} if it has none. */
    final int periodStart;
    /** The final target's own tolerance, 0 without one: differences within it are none. */
    final double tolerance;
    final Direction direction;
    /** Before this epoch day there is no plan to be behind (no baseline, no planned points). */
    final int noPlanBefore;

    IndicatorNode(Indicator x, ProgressEngine e) {
      indicator = x;
      trajectory = Trajectory.of(x);
      numerator = x.ratio().map(r -> e.indicatorIds.indexOf(r.numerator())).orElse(-1);
      denominator = x.ratio().map(r -> e.indicatorIds.indexOf(r.denominator())).orElse(-1);
      commitments = positions(x.commitments(), e.commitmentIds);
      outcomes = positions(x.outcomes(), e.outcomeIds);
      MeasureType mt = x.measureType();
      ordinalLike = !x.aggregable() || mt == MeasureType.ORDINAL
          || mt == MeasureType.QUALITATIVE || mt == MeasureType.NOMINAL;
      weight = e.options.weightOf(x.id());
      baseline = x.baseline().isPresent() ? x.baseline().get().value() : Double.NaN;
      direction = x.direction();
      finalTarget = x.finalTarget().orElse(null);
      firstTarget = x.targets().isEmpty() ? null : x.targets().get(0);
      periodStart = finalTarget != null && finalTarget.periodStart().isPresent()
          ? (int) finalTarget.periodStart().get().toEpochDay() : Integer.MIN_VALUE;
      tolerance = finalTarget == null ? 0.0 : finalTarget.tolerance();
      targetRef = finalTarget == null ? Double.NaN : finalTarget.reference();
      finalDay = finalTarget == null ? Integer.MAX_VALUE
          : (int) finalTarget.date().toEpochDay(); // Target checks the range
      noPlanBefore = x.baseline().isEmpty() && x.plannedPoints().isEmpty() && firstTarget != null
          ? (int) firstTarget.date().toEpochDay() : Integer.MIN_VALUE;
    }

    boolean isRatio() {
      return numerator >= 0 && denominator >= 0;
    }

    boolean periodic() {
      return periodStart != Integer.MIN_VALUE;
    }
  }

  /** One commitment's place in the structure. */
  private static final class CommitmentNode {
    final Commitment commitment;
    final int[] indicators;
    final int[] outcomes;
    final int due;
    final double weight;

    CommitmentNode(Commitment c, ProgressEngine e) {
      commitment = c;
      indicators = positions(e.model.indicatorsOf(c.id()), Indicator::id, e.indicatorIds);
      outcomes = positions(c.outcomes(), e.outcomeIds);
      due = c.due().isPresent()
          ? Checks.epochDay(c.due().get(), "commitment '" + c.id() + "' due")
          : Integer.MAX_VALUE;
      weight = e.options.weightOf(c.id());
    }
  }

  /** One outcome's place in the structure. */
  private static final class OutcomeNode {
    final Outcome outcome;
    final int[] commitments;
    final int[] children;
    final int[] indicators;
    final int[] parents;
    final double weight;
    int height = -1;

    OutcomeNode(Outcome o, ProgressEngine e) {
      outcome = o;
      commitments = positions(e.model.commitmentsServing(o.id()), Commitment::id,
          e.commitmentIds);
      children = positions(e.model.childrenOf(o.id()), Outcome::id, e.outcomeIds);
      indicators = positions(e.model.indicatorsOf(o.id()), Indicator::id, e.indicatorIds);
      parents = positions(o.parents(), e.outcomeIds);
      weight = e.options.weightOf(o.id());
    }
  }

  final OutcomeModel model;
  final LocalDate asOf;
  final int asOfDay;
  final int knownOnDay;
  final ProgressOptions options;
  private final IdMap<IndicatorId, Indicator> indicatorIds;
  private final IdMap<CommitmentId, Commitment> commitmentIds;
  private final IdMap<OutcomeId, Outcome> outcomeIds;
  private final IndicatorNode[] ind;
  private final CommitmentNode[] com;
  private final OutcomeNode[] out;
  /** Outcomes by height (leaves first), by position within a height. */
  private final int[] outcomeOrder;

  ProgressEngine(OutcomeModel model, LocalDate asOf, ProgressOptions options) {
    this.model = Checks.notNull(model, "model");
    this.asOf = Checks.notNull(asOf, "asOf");
    this.asOfDay = Checks.epochDay(asOf, "asOf");
    this.options = Checks.notNull(options, "options");
    this.knownOnDay = options.knownOn().isPresent()
        ? (int) options.knownOn().get().toEpochDay() : asOfDay;
    // positions in the model's own (canonical) lists
    indicatorIds = IdMap.of(model.indicators().stream().map(Indicator::id).toList(),
        model.indicators());
    commitmentIds = IdMap.of(model.commitments().stream().map(Commitment::id).toList(),
        model.commitments());
    outcomeIds = IdMap.of(model.outcomes().stream().map(Outcome::id).toList(),
        model.outcomes());
    int ni = indicatorIds.size();
    ind = new IndicatorNode[ni];
    for (int i = 0; i < ni; i++) {
      ind[i] = new IndicatorNode(indicatorIds.values().get(i), this);
    }
    for (int i = 0; i < ni; i++) {
      IndicatorNode x = ind[i];
      if (x.isRatio()) {
        addUser(ind[x.numerator], i);
        if (x.denominator != x.numerator) {
          addUser(ind[x.denominator], i);
        }
      }
    }
    com = new CommitmentNode[commitmentIds.size()];
    for (int c = 0; c < com.length; c++) {
      com[c] = new CommitmentNode(commitmentIds.values().get(c), this);
    }
    out = new OutcomeNode[outcomeIds.size()];
    for (int o = 0; o < out.length; o++) {
      out[o] = new OutcomeNode(outcomeIds.values().get(o), this);
    }
    int maxHeight = 0;
    for (int o = 0; o < out.length; o++) {
      maxHeight = Math.max(maxHeight, height(o, 0));
    }
    // a counting sort by height
    int[] count = new int[maxHeight + 2];
    for (OutcomeNode o : out) {
      count[o.height + 1]++;
    }
    for (int h = 1; h < count.length; h++) {
      count[h] += count[h - 1];
    }
    outcomeOrder = new int[out.length];
    for (int o = 0; o < out.length; o++) {
      outcomeOrder[count[out[o].height]++] = o;
    }
  }

  private static void addUser(IndicatorNode n, int user) {
    int[] u = Arrays.copyOf(n.ratioUsers, n.ratioUsers.length + 1);
    u[u.length - 1] = user;
    n.ratioUsers = u;
  }

  private int height(int o, int depth) {
    OutcomeNode n = out[o];
    if (n.height >= 0) {
      return n.height;
    }
    if (depth > out.length) {
      throw new IllegalArgumentException("outcome '" + n.outcome.id() + "' is in a parent cycle");
    }
    int h = 0;
    for (int child : n.children) {
      h = Math.max(h, height(child, depth + 1) + 1);
    }
    n.height = h;
    return h;
  }

  private static <K> int[] positions(Set<K> ids, IdMap<K, ?> index) {
    if (ids.isEmpty()) {
      return EMPTY;
    }
    int[] p = new int[ids.size()];
    int k = 0;
    for (K id : ids) {
      int x = index.indexOf(id);
      if (x >= 0) {
        p[k++] = x;
      }
    }
    return k == p.length ? p : Arrays.copyOf(p, k);
  }

  private static <T, K> int[] positions(List<T> items, java.util.function.Function<T, K> id,
      IdMap<K, ?> index) {
    if (items.isEmpty()) {
      return EMPTY;
    }
    int[] p = new int[items.size()];
    int k = 0;
    for (T t : items) {
      int x = index.indexOf(id.apply(t));
      if (x >= 0) {
        p[k++] = x;
      }
    }
    Arrays.sort(p, 0, k);
    return k == p.length ? p : Arrays.copyOf(p, k);
  }

  /** A new state holding the model's measurements, not yet computed. */
  ProgressState newState() {
    MeasurementSeries[] series = new MeasurementSeries[ind.length];
    for (int i = 0; i < ind.length; i++) {
      series[i] = model.measurements(ind[i].indicator.id());
    }
    return new ProgressState(series, com.length, out.length);
  }

  /** The position of an indicator, -1 if the model has none. */
  int indicatorPosition(IndicatorId id) {
    return indicatorIds.indexOf(id);
  }

  int commitmentPosition(CommitmentId id) {
    return commitmentIds.indexOf(id);
  }

  int outcomePosition(OutcomeId id) {
    return outcomeIds.indexOf(id);
  }

  int indicatorCount() {
    return ind.length;
  }

  int commitmentCount() {
    return com.length;
  }

  int outcomeCount() {
    return out.length;
  }

  // ------------------------------------------------------------------ full computation

  /** Recomputes every figure of the state from its measurements. O(M + I + C + O + E). */
  void recomputeAll(ProgressState st) {
    for (int i = 0; i < ind.length; i++) {
      measure(st, i);
      if (!st.derived[i]) {
        finish(st, i);
      }
    }
    for (int i = 0; i < ind.length; i++) {
      if (st.derived[i]) {
        derive(st, i);
        finish(st, i);
      }
    }
    for (int c = 0; c < com.length; c++) {
      computeCommitment(st, c);
    }
    for (int o : outcomeOrder) {
      computeOutcome(st, o);
    }
  }

  private void measure(ProgressState st, int i) {
    Figures f = st.scratch;
    IndicatorCalculator.compute(st.series[i], ind[i].indicator, asOfDay, knownOnDay, null, null,
        f);
    st.actual[i] = f.actual;
    st.lastEnd[i] = f.lastEnd;
    st.lastLength[i] = f.lastLength;
    st.used[i] = f.used;
    st.before[i] = f.beforeBaseline;
    st.gaps[i] = f.gaps;
    st.dataState[i] = (byte) f.state(asOfDay, options.graceDays()).ordinal();
    st.derived[i] = ind[i].isRatio() && f.used == 0;
    st.periodActual[i] = ind[i].periodic() && !st.derived[i]
        ? periodActual(st.series[i], ind[i].indicator, ind[i].periodStart, ind[i].finalDay, f)
        : Double.NaN;
  }

  /**
   * The time aggregation of the measurements inside a target's period, NaN without any or
   * before the period has ended (a period's figure is complete only then).
   */
  private double periodActual(MeasurementSeries s, Indicator x, int from, int to, Figures f) {
    if (asOfDay < to) {
      return Double.NaN;
    }
    IndicatorCalculator.computePeriod(s, x, from, to, knownOnDay, f);
    return f.used == 0 ? Double.NaN : f.actual;
  }

  private void derive(ProgressState st, int i) {
    int n = ind[i].numerator;
    int d = ind[i].denominator;
    if (st.derived[n] || st.derived[d] || Double.isNaN(st.actual[n])
        || Double.isNaN(st.actual[d]) || st.actual[d] == 0) {
      st.actual[i] = Double.NaN;
      st.used[i] = 0;
      st.lastEnd[i] = Integer.MIN_VALUE;
      st.lastLength[i] = 0;
      st.gaps[i] = 0;
      st.dataState[i] = (byte) DataState.NONE.ordinal();
      st.periodActual[i] = derivedPeriodActual(st, i);
      return;
    }
    st.periodActual[i] = derivedPeriodActual(st, i);
    st.actual[i] = st.actual[n] / st.actual[d];
    int older = st.lastEnd[n] <= st.lastEnd[d] ? n : d;
    st.lastEnd[i] = st.lastEnd[older];
    st.lastLength[i] = st.lastLength[older];
    st.used[i] = Math.min(st.used[n], st.used[d]);
    st.gaps[i] = Math.max(st.gaps[n], st.gaps[d]);
    st.dataState[i] = (byte) ((long) asOfDay - st.lastEnd[i]
        > (long) st.lastLength[i] + options.graceDays() ? DataState.STALE : DataState.CURRENT)
        .ordinal();
  }

  /** A derived ratio's figure for its final target's period: numerator / denominator there. */
  private double derivedPeriodActual(ProgressState st, int i) {
    IndicatorNode x = ind[i];
    if (!x.periodic()) {
      return Double.NaN;
    }
    Figures f = st.scratch;
    double num = periodActual(st.series[x.numerator], ind[x.numerator].indicator, x.periodStart,
        x.finalDay, f);
    double den = periodActual(st.series[x.denominator], ind[x.denominator].indicator,
        x.periodStart, x.finalDay, f);
    return Double.isNaN(num) || Double.isNaN(den) || den == 0 ? Double.NaN : num / den;
  }

  private void finish(ProgressState st, int i) {
    IndicatorNode x = ind[i];
    double a = st.actual[i];
    DataState state = DATA_STATE[st.dataState[i]];
    double e = x.trajectory.expectedAtEpochDay(asOfDay);
    st.expected[i] = e;
    double b = x.baseline;
    double t = x.targetRef;
    st.gap[i] = Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(t) || t == b
        ? Double.NaN : (a - b) / (t - b) + 0.0; // + 0.0 turns -0.0 into 0.0
    st.status[i] = (byte) indicatorStatus(x, state, a, e, st.periodActual[i]).ordinal();
  }

  private ProgressStatus indicatorStatus(IndicatorNode x, DataState state, double a, double e,
      double periodActual) {
    Target fin = x.finalTarget;
    if (fin != null && x.periodic() && asOfDay >= x.finalDay) {
      // a due target for a period is decided by the period's figure, however old it is
      return Double.isNaN(periodActual) ? ProgressStatus.NO_DATA
          : fin.isAttainedBy(periodActual, x.direction) ? ProgressStatus.ACHIEVED
          : ProgressStatus.OFF_TRACK;
    }
    if (state != DataState.CURRENT) {
      return ProgressStatus.NO_DATA;
    }
    if (fin != null && !x.periodic()) {
      if (fin.isAttainedBy(a, x.direction)) {
        return ProgressStatus.ACHIEVED;
      }
      if (asOfDay >= x.finalDay) { // due on its date: decided by attainment
        return ProgressStatus.OFF_TRACK;
      }
    }
    if (asOfDay < x.noPlanBefore) {
      return ProgressStatus.NOT_YET_DUE;
    }
    if (Double.isNaN(e)) {
      return ProgressStatus.NO_DATA;
    }
    double shortfall = shortfall(x, a, e);
    if (shortfall <= 0) {
      return ProgressStatus.ON_TRACK;
    }
    double scale = scale(x, e);
    return scale == 0 ? ProgressStatus.OFF_TRACK
        : options.thresholds().classify(shortfall / scale);
  }

  /** How far behind the trajectory, 0 when on it within the tolerance, negative when ahead. */
  private static double shortfall(IndicatorNode x, double a, double e) {
    return x.direction == Direction.ASCENDING
        ? Tolerance.difference(e, a, x.tolerance) : Tolerance.difference(a, e, x.tolerance);
  }

  private static double scale(IndicatorNode x, double e) {
    return e != 0 ? Math.abs(e) : x.trajectory.span();
  }

  private void computeCommitment(ProgressState st, int c) {
    CommitmentNode n = com[c];
    boolean allAchieved = true;
    int worst = -1;
    int noData = 0;
    int notYetDue = 0;
    int issues = 0;
    int offIssues = 0;
    double sw = 0;
    double sws = 0;
    for (int i : n.indicators) {
      int s = st.status[i];
      if (s > JUDGED) {
        if (s == ProgressStatus.NO_DATA.ordinal()) {
          noData++;
        } else {
          notYetDue++;
        }
        allAchieved = false;
        continue;
      }
      if (s != ProgressStatus.ACHIEVED.ordinal()) {
        allAchieved = false;
      }
      worst = Math.max(worst, Math.max(s, ProgressStatus.ON_TRACK.ordinal()));
      if (s == ProgressStatus.AT_RISK.ordinal()) {
        issues++;
      } else if (s == ProgressStatus.OFF_TRACK.ordinal()) {
        issues++;
        offIssues++;
      }
      double g = st.gap[i];
      if (!ind[i].ordinalLike && !Double.isNaN(g)) {
        sw += ind[i].weight;
        sws += ind[i].weight * g;
      }
    }
    for (Milestone m : n.commitment.milestones()) {
      worst = Math.max(worst, ProgressStatus.ON_TRACK.ordinal());
      if (m.done().isPresent()) {
        continue;
      }
      allAchieved = false;
      long late = asOfDay - m.due().toEpochDay();
      if (late > options.milestoneOffTrackDays()) {
        worst = ProgressStatus.OFF_TRACK.ordinal();
        issues++;
        offIssues++;
      } else if (late > 0) {
        worst = Math.max(worst, ProgressStatus.AT_RISK.ordinal());
        issues++;
      }
    }
    ProgressStatus status;
    boolean dueMissed = false;
    if (worst < 0 && notYetDue == 0) {
      status = ProgressStatus.NO_DATA;
    } else if (worst >= 0 && allAchieved) {
      status = ProgressStatus.ACHIEVED;
    } else if (asOfDay >= n.due) { // due on its date
      status = ProgressStatus.OFF_TRACK;
      dueMissed = true;
    } else {
      status = worst < 0 ? ProgressStatus.NOT_YET_DUE : STATUS[worst];
    }
    Rating rating = switch (status) {
      case ACHIEVED -> Rating.GREEN;
      case ON_TRACK -> noData > 0 ? Rating.AMBER_GREEN : Rating.GREEN;
      case AT_RISK -> issues <= 1 ? Rating.AMBER_GREEN : Rating.AMBER;
      case OFF_TRACK -> offIssues <= 1 && !dueMissed ? Rating.AMBER_RED : Rating.RED;
      case NO_DATA, NOT_YET_DUE -> Rating.AMBER;
    };
    st.commitmentStatus[c] = (byte) status.ordinal();
    st.commitmentRating[c] = (byte) rating.ordinal();
    st.commitmentScore[c] = sw > 0 ? sws / sw : Double.NaN;
  }

  private void computeOutcome(ProgressState st, int o) {
    OutcomeNode n = out[o];
    Tally t = new Tally();
    for (int c : n.commitments) {
      t.part(st.commitmentStatus[c], st.commitmentScore[c], com[c].weight);
    }
    for (int ch : n.children) {
      t.part(st.outcomeStatus[ch], st.outcomeScore[ch], out[ch].weight);
    }
    double @Nullable [] ordinalWeights = null;
    for (int i : n.indicators) {
      int s = st.status[i];
      double w = ind[i].weight;
      if (ind[i].ordinalLike) {
        if (s <= JUDGED) {
          if (ordinalWeights == null) {
            ordinalWeights = new double[JUDGED + 1];
          }
          ordinalWeights[s] += w;
          t.withData++;
          t.allAchieved &= s == ProgressStatus.ACHIEVED.ordinal(); // each one counted (rule 12)
        } else {
          t.unjudged(s);
        }
        continue;
      }
      t.part(s, st.gap[i], w);
    }
    if (ordinalWeights != null) {
      double total = 0;
      int worst = 0;
      for (int r = 0; r <= JUDGED; r++) {
        total += ordinalWeights[r];
        if (ordinalWeights[r] > 0) {
          worst = r;
        }
      }
      int rank = worst;
      if (options.ordinalRollup() == OrdinalRollup.MEDIAN) {
        double cum = 0;
        for (int r = 0; r <= JUDGED; r++) {
          cum += ordinalWeights[r];
          if (cum >= total / 2) {
            rank = r;
            break;
          }
        }
      }
      t.wSum += total;
      t.badSum += total * badness(rank);
    }
    ProgressStatus status;
    if (t.withData == 0) {
      status = t.notYetDue > 0 ? ProgressStatus.NOT_YET_DUE : ProgressStatus.NO_DATA;
    } else if (t.allAchieved) {
      status = ProgressStatus.ACHIEVED;
    } else {
      double mean = t.badSum / t.wSum;
      status = mean < 0.5 ? ProgressStatus.ON_TRACK
          : mean < 1.5 ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
    }
    st.outcomeStatus[o] = (byte) status.ordinal();
    st.outcomeScore[o] = t.sw > 0 ? t.sws / t.sw : Double.NaN;
    st.outcomeWithData[o] = t.withData;
  }

  /**
   * What an outcome's parts add up to: the weighted score of those with one, the weighted
   * badness and count of those judged, whether every part is achieved (a part without a
   * verdict is not: rule 12), and how many are not yet due. One per outcome roll-up.
   */
  private static final class Tally {
    double wSum;
    double badSum;
    double sw;
    double sws;
    int withData;
    int notYetDue;
    boolean allAchieved = true;

    /** Counts a part without a verdict (no data, or not yet due): it is not achieved. */
    void unjudged(int status) {
      allAchieved = false;
      if (status == ProgressStatus.NOT_YET_DUE.ordinal()) {
        notYetDue++;
      }
    }

    /** Adds one part: a commitment, a contributing outcome or a numeric indicator. */
    void part(int status, double score, double weight) {
      if (!Double.isNaN(score)) {
        sw += weight;
        sws += weight * score;
      }
      if (status <= JUDGED) {
        withData++;
        allAchieved &= status == ProgressStatus.ACHIEVED.ordinal();
        wSum += weight;
        badSum += weight * badness(status);
      } else {
        unjudged(status);
      }
    }
  }

  private static int badness(int status) {
    return Math.max(0, status - 1);
  }

  // ------------------------------------------------------------------ incremental

  /**
   * Recomputes what a measurement just added to the series of indicator k affects: the
   * indicator, ratio indicators built on it, the commitments they measure, and the outcomes
   * above those, leaves first.
   */
  ProgressChange update(ProgressState st, int k, Measurement m) {
    List<StatusChange> changes = new ArrayList<>();
    Set<IndicatorId> changedIndicators = new TreeSet<>();
    LinkedHashSet<Integer> indicatorsDone = new LinkedHashSet<>();
    int recomputed = 0;

    recomputed += updateIndicator(st, k, true, changes, changedIndicators);
    indicatorsDone.add(k);
    for (int r : ind[k].ratioUsers) {
      if (indicatorsDone.add(r)) {
        recomputed += updateIndicator(st, r, false, changes, changedIndicators);
      }
    }
    TreeSet<Integer> commitments = new TreeSet<>();
    TreeSet<Integer> outcomes = new TreeSet<>();
    for (int i : indicatorsDone) {
      for (int c : ind[i].commitments) {
        commitments.add(c);
      }
      for (int o : ind[i].outcomes) {
        outcomes.add(o);
      }
    }
    for (int c : commitments) {
      byte old = st.commitmentStatus[c];
      computeCommitment(st, c);
      recomputed++;
      if (old != st.commitmentStatus[c]) {
        changes.add(new StatusChange(com[c].commitment.id(), STATUS[old],
            STATUS[st.commitmentStatus[c]]));
      }
      for (int o : com[c].outcomes) {
        outcomes.add(o);
      }
    }
    PriorityQueue<Integer> queue = new PriorityQueue<>((a, b) -> a.equals(b) ? 0
        : out[a].height != out[b].height ? Integer.compare(out[a].height, out[b].height)
        : Integer.compare(a, b));
    Set<Integer> queued = new HashSet<>(outcomes);
    queue.addAll(outcomes);
    while (!queue.isEmpty()) {
      int o = queue.poll();
      byte old = st.outcomeStatus[o];
      computeOutcome(st, o);
      recomputed++;
      if (old != st.outcomeStatus[o]) {
        changes.add(new StatusChange(out[o].outcome.id(), STATUS[old],
            STATUS[st.outcomeStatus[o]]));
      }
      for (int p : out[o].parents) {
        if (queued.add(p)) {
          queue.add(p);
        }
      }
    }
    return new ProgressChange(m, changedIndicators, changes, recomputed);
  }

  private int updateIndicator(ProgressState st, int i, boolean remeasure,
      List<StatusChange> changes, Set<IndicatorId> changedIndicators) {
    double oldActual = st.actual[i];
    byte oldStatus = st.status[i];
    byte oldState = st.dataState[i];
    int oldUsed = st.used[i];
    int oldBefore = st.before[i];
    int oldEnd = st.lastEnd[i];
    int oldGaps = st.gaps[i];
    if (remeasure) {
      measure(st, i);
    }
    if (st.derived[i]) {
      derive(st, i);
    }
    finish(st, i);
    if (Double.compare(oldActual, st.actual[i]) != 0 || oldStatus != st.status[i]
        || oldState != st.dataState[i] || oldUsed != st.used[i] || oldBefore != st.before[i]
        || oldEnd != st.lastEnd[i] || oldGaps != st.gaps[i]) {
      changedIndicators.add(ind[i].indicator.id());
    }
    if (oldStatus != st.status[i]) {
      changes.add(new StatusChange(ind[i].indicator.id(), STATUS[oldStatus],
          STATUS[st.status[i]]));
    }
    return 1;
  }

  // ------------------------------------------------------------------ results

  ProgressStatus indicatorStatus(ProgressState st, int i) {
    return STATUS[st.status[i]];
  }

  ProgressStatus commitmentStatus(ProgressState st, int c) {
    return STATUS[st.commitmentStatus[c]];
  }

  ProgressStatus outcomeStatus(ProgressState st, int o) {
    return STATUS[st.outcomeStatus[o]];
  }

  IndicatorProgress indicatorProgress(ProgressState st, int i) {
    IndicatorNode x = ind[i];
    double a = st.actual[i];
    double e = st.expected[i];
    boolean hasA = !Double.isNaN(a);
    boolean hasE = !Double.isNaN(e);
    List<TargetCheck> checks = new ArrayList<>(x.indicator.targets().size());
    for (Target t : x.indicator.targets()) {
      double compared = t == x.finalTarget && x.periodic() ? st.periodActual[i]
          : t.hasPeriod() ? targetPeriodActual(st, i, t) : a;
      boolean has = !Double.isNaN(compared);
      checks.add(new TargetCheck(t, has && t.isAttainedBy(compared, x.direction),
          !t.date().isAfter(asOf), opt(compared)));
    }
    DataState state = DATA_STATE[st.dataState[i]];
    ProgressStatus status = STATUS[st.status[i]];
    double variance = hasA && hasE ? Tolerance.difference(a, e, x.tolerance) + 0.0 : Double.NaN;
    Optional<LocalDate> lastData = st.lastEnd[i] == Integer.MIN_VALUE ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(st.lastEnd[i]));
    return new IndicatorProgress(x.indicator.id(), asOf, status, opt(a), opt(e), opt(st.gap[i]),
        opt(variance),
        hasA && hasE && e != 0 ? OptionalDouble.of(variance / Math.abs(e))
            : OptionalDouble.empty(),
        checks, state, lastData, st.used[i], st.before[i], st.gaps[i], st.derived[i],
        explain(st, i), attainment(x, state, a, st.periodActual[i], lastData));
  }

  /** The figure of a target's period (not the final target's, which the state holds). */
  private double targetPeriodActual(ProgressState st, int i, Target t) {
    IndicatorNode x = ind[i];
    int from = (int) t.periodStart().orElseThrow().toEpochDay();
    int to = (int) t.date().toEpochDay();
    Figures f = new Figures();
    if (x.isRatio() && st.derived[i]) {
      double num = periodActual(st.series[x.numerator], ind[x.numerator].indicator, from, to, f);
      double den = periodActual(st.series[x.denominator], ind[x.denominator].indicator, from,
          to, f);
      return Double.isNaN(num) || Double.isNaN(den) || den == 0 ? Double.NaN : num / den;
    }
    return periodActual(st.series[i], x.indicator, from, to, f);
  }

  private Attainment attainment(IndicatorNode x, DataState state, double a, double periodActual,
      Optional<LocalDate> lastData) {
    Target fin = x.finalTarget;
    AttainmentState s;
    double compared = x.periodic() ? periodActual : a;
    if (fin == null) {
      s = AttainmentState.NO_DATA;
    } else if (x.periodic()) {
      // a period's figure is complete once the period has ended: never "already attained"
      s = asOfDay < x.finalDay ? AttainmentState.NOT_YET_DUE
          : Double.isNaN(compared) ? AttainmentState.NO_DATA
          : fin.isAttainedBy(compared, x.direction) ? AttainmentState.ATTAINED
          : AttainmentState.NOT_ATTAINED;
    } else if (state != DataState.CURRENT) {
      s = AttainmentState.NO_DATA;
    } else if (fin.isAttainedBy(a, x.direction)) {
      s = AttainmentState.ATTAINED;
    } else if (asOfDay >= x.finalDay) {
      s = AttainmentState.NOT_ATTAINED;
    } else {
      s = AttainmentState.NOT_YET_DUE;
    }
    boolean needsActual = s != AttainmentState.NO_DATA;
    return new Attainment(s, Optional.ofNullable(fin),
        needsActual || !Double.isNaN(compared) ? opt(compared) : OptionalDouble.empty(), asOf,
        lastData);
  }

  private String explain(ProgressState st, int i) {
    IndicatorNode x = ind[i];
    double a = st.actual[i];
    double e = st.expected[i];
    double shortfall = Double.isNaN(a) || Double.isNaN(e) ? Double.NaN : shortfall(x, a, e);
    double scale = Double.isNaN(e) ? 0 : scale(x, e);
    return Explanations.indicator(new Explanations.IndicatorFacts(STATUS[st.status[i]],
        DATA_STATE[st.dataState[i]], a, e, shortfall,
        scale == 0 ? Double.NaN : shortfall / scale, resolved(x.finalTarget, x.direction),
        resolved(x.firstTarget, x.direction), asOf,
        st.lastEnd[i], st.before[i], st.derived[i],
        x.indicator.measureType().name().toLowerCase(java.util.Locale.ROOT),
        x.indicator.regionAggregation().map(Enum::name).orElse(null), st.periodActual[i]));
  }

  CommitmentProgress commitmentProgress(ProgressState st, int c) {
    CommitmentNode n = com[c];
    ProgressStatus status = STATUS[st.commitmentStatus[c]];
    Rating rating = RATING[st.commitmentRating[c]];
    List<String> reasons = new ArrayList<>();
    int assessed = 0;
    boolean problems = false;
    for (int i : n.indicators) {
      ProgressStatus s = STATUS[st.status[i]];
      if (s == ProgressStatus.NO_DATA || s == ProgressStatus.AT_RISK
          || s == ProgressStatus.OFF_TRACK) {
        reasons.add(Explanations.indicatorReason(ind[i].indicator.id(), s, explain(st, i)));
        problems = true;
      } else if (s == ProgressStatus.NOT_YET_DUE) {
        reasons.add(Explanations.indicatorReason(ind[i].indicator.id(), s, explain(st, i)));
      }
      if (s.judged()) {
        assessed++;
      }
    }
    for (Milestone m : n.commitment.milestones()) {
      long late = asOfDay - m.due().toEpochDay();
      if (m.done().isEmpty() && late > 0) {
        reasons.add(Explanations.milestoneLate(m, late));
        problems = true;
      }
    }
    if (status != ProgressStatus.ACHIEVED && asOfDay >= n.due) {
      reasons.add(Explanations.dueMissed(n.commitment.due().orElseThrow()));
      problems = true;
    }
    if (!problems) {
      reasons.add(Explanations.summary(status, assessed));
    }
    Optional<DeliveryAssessment> human = model.latestAssessment(n.commitment.id(), asOf);
    boolean disagree = human.isPresent() && human.get().rating() != Rating.EXEMPT
        && Math.abs(human.get().rating().ordinal() - rating.ordinal())
            >= options.disagreementSteps();
    if (disagree) {
      reasons.add(Explanations.disagreement(human.get(), rating));
    }
    return new CommitmentProgress(n.commitment.id(), asOf, status,
        opt(st.commitmentScore[c]), rating, reasons, human, disagree);
  }

  OutcomeProgress outcomeProgress(ProgressState st, int o) {
    OutcomeNode n = out[o];
    int children = n.commitments.length + n.children.length + n.indicators.length;
    return new OutcomeProgress(n.outcome.id(), asOf, STATUS[st.outcomeStatus[o]],
        opt(st.outcomeScore[o]), children, st.outcomeWithData[o]);
  }

  /**
   * The commitments an agency is accountable for on the date, directly or through one of its
   * people (role assignments not active on the date are skipped).
   */
  List<CommitmentId> accountableFor(AgencyId agency) {
    List<CommitmentId> ids = new ArrayList<>();
    for (Commitment c : model.commitmentsOf(agency)) {
      for (RoleAssignment r : model.rolesOn(c.id())) {
        if (r.role().equals(Role.ACCOUNTABLE) && r.activeOn(asOf)
            && model.agencyOf(r.party()).equals(agency)) {
          ids.add(c.id());
          break;
        }
      }
    }
    return ids;
  }

  /** A REACH target as the kind it has for the direction, for the sentences. */
  private static @Nullable Target resolved(@Nullable Target t, Direction d) {
    return t == null || t.kind() == t.kindFor(d) ? t
        : new Target(t.date(), t.kindFor(d), t.low(), t.high(), t.tolerance(), t.periodStart());
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
