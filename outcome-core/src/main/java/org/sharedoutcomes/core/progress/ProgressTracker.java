package org.sharedoutcomes.core.progress;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
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
 * <p><b>Full computation</b> ({@link #of}, {@link #recomputeAll()}): every indicator's actual
 * value by one pass over its {@link MeasurementSeries} (see {@link IndicatorProgress} for the
 * definitions), ratio indicators without measurements of their own through their numerator and
 * denominator, then every commitment from its indicators and milestones, then every outcome
 * from its children, leaves first: O(M + I + C + O + E) for M measurements, I indicators, C
 * commitments, O outcomes and E links between them.
 *
 * <p><b>Incremental update</b> ({@link #accept}): only the measured indicator, the ratio
 * indicators built on it, the commitments they measure, the outcomes those serve and their
 * ancestors are recomputed: O(m + depth &times; fan-in) where m is the measured indicator's
 * series length, not O(model). The result equals a full recomputation over a model holding the
 * same measurements (a property test checks this). A rejected measurement leaves the state
 * unchanged.
 *
 * <p>Derived figures never overwrite human judgement: {@link #commitment} reports the latest
 * {@link DeliveryAssessment} beside the derived likelihood and flags disagreement.
 *
 * <p>Not thread-safe: confine a tracker to one thread or guard it. The results it returns are
 * immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProgressTracker {
  private static final ProgressStatus[] STATUS = ProgressStatus.values();
  private static final Rating[] RATING = Rating.values();
  private static final int[][] NONE = new int[0][];
  private static final int[] EMPTY = new int[0];

  private final OutcomeModel model;
  private final LocalDate asOf;
  private final int asOfDay;
  private final ProgressOptions options;

  // structure: indicators
  private final Indicator[] ind;
  private final Trajectory[] traj;
  private final MeasurementSeries[] series;
  private final Map<IndicatorId, Integer> indIndex;
  private final int[] ratioNum;
  private final int[] ratioDen;
  private final int[][] ratioUsers;
  private final int[][] indCommitments;
  private final int[][] indOutcomes;
  private final boolean[] ordinalLike;
  private final double[] indWeight;
  private final double[] baseValue;
  private final double[] targetRef;
  private final int[] finalDay;
  // commitments
  private final Commitment[] com;
  private final Map<CommitmentId, Integer> comIndex;
  private final int[][] comIndicators;
  private final int[][] comOutcomes;
  private final int[] comDue;
  private final double[] comWeight;
  // outcomes
  private final Outcome[] out;
  private final Map<OutcomeId, Integer> outIndex;
  private final int[][] outCommitments;
  private final int[][] outChildren;
  private final int[][] outIndicators;
  private final int[][] outParents;
  private final int[] height;
  private final int[] outOrder;
  private final double[] outWeight;

  // state: indicators
  private final double[] actual;
  private final double[] expected;
  private final double[] gap;
  private final int[] lastEnd;
  private final int[] lastLength;
  private final int[] used;
  private final int[] before;
  private final int[] gaps;
  private final boolean[] derived;
  private final byte[] dataState;
  private final byte[] iStatus;
  // state: commitments and outcomes
  private final byte[] cStatus;
  private final byte[] cRating;
  private final double[] cScore;
  private final byte[] oStatus;
  private final double[] oScore;
  private final int[] oWithData;

  private final Figures scratch = new Figures();
  private long accepted;

  private ProgressTracker(OutcomeModel model, LocalDate asOf, ProgressOptions options) {
    this.model = Checks.notNull(model, "model");
    this.asOf = Checks.notNull(asOf, "asOf");
    this.asOfDay = Checks.epochDay(asOf, "asOf");
    this.options = Checks.notNull(options, "options");

    List<Indicator> indicators = model.indicators();
    List<Commitment> commitments = model.commitments();
    List<Outcome> outcomes = model.outcomes();
    int ni = indicators.size();
    int nc = commitments.size();
    int no = outcomes.size();
    ind = indicators.toArray(new Indicator[0]);
    com = commitments.toArray(new Commitment[0]);
    out = outcomes.toArray(new Outcome[0]);
    indIndex = new HashMap<>(ni * 2);
    comIndex = new HashMap<>(nc * 2);
    outIndex = new HashMap<>(no * 2);
    for (int i = 0; i < ni; i++) {
      indIndex.put(ind[i].id(), i);
    }
    for (int c = 0; c < nc; c++) {
      comIndex.put(com[c].id(), c);
    }
    for (int o = 0; o < no; o++) {
      outIndex.put(out[o].id(), o);
    }

    traj = new Trajectory[ni];
    series = new MeasurementSeries[ni];
    ratioNum = new int[ni];
    ratioDen = new int[ni];
    indCommitments = new int[ni][];
    indOutcomes = new int[ni][];
    ordinalLike = new boolean[ni];
    indWeight = new double[ni];
    baseValue = new double[ni];
    targetRef = new double[ni];
    finalDay = new int[ni];
    int[][] ratioRefs = new int[ni][];
    for (int i = 0; i < ni; i++) {
      Indicator x = ind[i];
      traj[i] = Trajectory.of(x);
      series[i] = model.measurements(x.id());
      ratioNum[i] = x.ratio().map(r -> indIndex.getOrDefault(r.numerator(), -1)).orElse(-1);
      ratioDen[i] = x.ratio().map(r -> indIndex.getOrDefault(r.denominator(), -1)).orElse(-1);
      ratioRefs[i] = ratioNum[i] < 0 || ratioDen[i] < 0 ? EMPTY
          : new int[] {ratioNum[i], ratioDen[i]};
      indCommitments[i] = indices(x.commitments(), comIndex);
      indOutcomes[i] = indices(x.outcomes(), outIndex);
      MeasureType mt = x.measureType();
      ordinalLike[i] = !x.aggregable() || mt == MeasureType.ORDINAL
          || mt == MeasureType.QUALITATIVE || mt == MeasureType.NOMINAL;
      indWeight[i] = options.weightOf(x.id());
      baseValue[i] = x.baseline().isPresent() ? x.baseline().get().value() : Double.NaN;
      Optional<Target> fin = x.finalTarget();
      targetRef[i] = fin.isPresent() ? fin.get().reference() : Double.NaN;
      finalDay[i] = fin.isPresent()
          ? (int) fin.get().date().toEpochDay() : Integer.MAX_VALUE; // Target checks range
    }
    ratioUsers = invert(ratioRefs, ni);
    comIndicators = invert(indCommitments, nc);
    comOutcomes = new int[nc][];
    comDue = new int[nc];
    comWeight = new double[nc];
    for (int c = 0; c < nc; c++) {
      comOutcomes[c] = indices(com[c].outcomes(), outIndex);
      comDue[c] = com[c].due().isPresent()
          ? Checks.epochDay(com[c].due().get(), "commitment '" + com[c].id() + "' due")
          : Integer.MAX_VALUE;
      comWeight[c] = options.weightOf(com[c].id());
    }
    outCommitments = invert(comOutcomes, no);
    outIndicators = invert(indOutcomes, no);
    outParents = new int[no][];
    outWeight = new double[no];
    for (int o = 0; o < no; o++) {
      outParents[o] = indices(out[o].parents(), outIndex);
      outWeight[o] = options.weightOf(out[o].id());
    }
    outChildren = invert(outParents, no);
    height = new int[no];
    Arrays.fill(height, -1);
    int maxHeight = 0;
    for (int o = 0; o < no; o++) {
      maxHeight = Math.max(maxHeight, height(o, 0));
    }
    // outcomes ordered by height (leaves first), by index within a height: a counting sort
    int[] count = new int[maxHeight + 2];
    for (int o = 0; o < no; o++) {
      count[height[o] + 1]++;
    }
    for (int h = 1; h < count.length; h++) {
      count[h] += count[h - 1];
    }
    outOrder = new int[no];
    for (int o = 0; o < no; o++) {
      outOrder[count[height[o]]++] = o;
    }

    actual = new double[ni];
    expected = new double[ni];
    gap = new double[ni];
    lastEnd = new int[ni];
    lastLength = new int[ni];
    used = new int[ni];
    before = new int[ni];
    gaps = new int[ni];
    derived = new boolean[ni];
    dataState = new byte[ni];
    iStatus = new byte[ni];
    cStatus = new byte[nc];
    cRating = new byte[nc];
    cScore = new double[nc];
    oStatus = new byte[no];
    oScore = new double[no];
    oWithData = new int[no];
    recomputeAll();
  }

  private int height(int o, int depth) {
    if (height[o] >= 0) {
      return height[o];
    }
    if (depth > out.length) {
      throw new IllegalArgumentException("outcome '" + out[o].id() + "' is in a parent cycle");
    }
    int h = 0;
    for (int child : outChildrenOf(o)) {
      h = Math.max(h, height(child, depth + 1) + 1);
    }
    height[o] = h;
    return h;
  }

  private int[] outChildrenOf(int o) {
    return outChildren == null ? EMPTY : outChildren[o];
  }

  private static <K> int[] indices(Set<K> ids, Map<K, Integer> index) {
    if (ids.isEmpty()) {
      return EMPTY;
    }
    int[] outIdx = new int[ids.size()];
    int k = 0;
    for (K id : ids) {
      Integer x = index.get(id);
      if (x != null) {
        outIdx[k++] = x;
      }
    }
    return k == outIdx.length ? outIdx : Arrays.copyOf(outIdx, k);
  }

  /** Inverts a forward adjacency: for each target, the sources pointing at it, ascending. */
  private static int[][] invert(int[][] forward, int targets) {
    if (targets == 0) {
      return NONE;
    }
    int[] count = new int[targets];
    for (int[] f : forward) {
      for (int t : f) {
        count[t]++;
      }
    }
    int[][] inv = new int[targets][];
    for (int t = 0; t < targets; t++) {
      inv[t] = count[t] == 0 ? EMPTY : new int[count[t]];
      count[t] = 0;
    }
    for (int s = 0; s < forward.length; s++) {
      for (int t : forward[s]) {
        inv[t][count[t]++] = s;
      }
    }
    return inv;
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
    return new ProgressTracker(model, asOf, ProgressOptions.defaults());
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
    return new ProgressTracker(model, asOf, options);
  }

  // ------------------------------------------------------------------ computation

  /**
   * Recomputes every figure from the measurements held; the incremental path of
   * {@link #accept} always equals this. O(M + I + C + O + E).
   */
  public void recomputeAll() {
    int ni = ind.length;
    for (int i = 0; i < ni; i++) {
      measure(i);
      if (!derived[i]) {
        finish(i);
      }
    }
    for (int i = 0; i < ni; i++) {
      if (derived[i]) {
        derive(i);
        finish(i);
      }
    }
    for (int c = 0; c < com.length; c++) {
      computeCommitment(c);
    }
    for (int o : outOrder) {
      computeOutcome(o);
    }
  }

  private void measure(int i) {
    Figures f = scratch;
    IndicatorCalculator.compute(series[i], ind[i], asOfDay, null, null, f);
    actual[i] = f.actual;
    lastEnd[i] = f.lastEnd;
    lastLength[i] = f.lastLength;
    used[i] = f.used;
    before[i] = f.beforeBaseline;
    gaps[i] = f.gaps;
    derived[i] = ratioNum[i] >= 0 && ratioDen[i] >= 0 && f.used == 0;
  }

  private void derive(int i) {
    int n = ratioNum[i];
    int d = ratioDen[i];
    if (derived[n] || derived[d] || Double.isNaN(actual[n]) || Double.isNaN(actual[d])
        || actual[d] == 0) {
      actual[i] = Double.NaN;
      used[i] = 0;
      lastEnd[i] = Integer.MIN_VALUE;
      lastLength[i] = 0;
      gaps[i] = 0;
      return;
    }
    actual[i] = actual[n] / actual[d];
    int older = lastEnd[n] <= lastEnd[d] ? n : d;
    lastEnd[i] = lastEnd[older];
    lastLength[i] = lastLength[older];
    used[i] = Math.min(used[n], used[d]);
    gaps[i] = Math.max(gaps[n], gaps[d]);
  }

  private void finish(int i) {
    double a = actual[i];
    DataState state;
    if (used[i] == 0 || Double.isNaN(a)) {
      state = DataState.NONE;
    } else {
      state = (long) asOfDay - lastEnd[i] > (long) lastLength[i] + options.graceDays()
          ? DataState.STALE : DataState.CURRENT;
    }
    dataState[i] = (byte) state.ordinal();
    double e = traj[i].expectedAtEpochDay(asOfDay);
    expected[i] = e;
    double b = baseValue[i];
    double t = targetRef[i];
    gap[i] = Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(t) || t == b
        ? Double.NaN : (a - b) / (t - b) + 0.0; // + 0.0 turns -0.0 into 0.0
    iStatus[i] = (byte) indicatorStatus(i, state, a, e).ordinal();
  }

  private ProgressStatus indicatorStatus(int i, DataState state, double a, double e) {
    if (state != DataState.CURRENT) {
      return ProgressStatus.NO_DATA;
    }
    if (finalDay[i] != Integer.MAX_VALUE) {
      Target fin = ind[i].targets().get(ind[i].targets().size() - 1);
      if (fin.isAttainedBy(a)) {
        return ProgressStatus.ACHIEVED;
      }
      if (asOfDay > finalDay[i]) {
        return ProgressStatus.OFF_TRACK;
      }
    }
    if (Double.isNaN(e)) {
      return ProgressStatus.NO_DATA;
    }
    double shortfall = shortfall(i, a, e);
    if (shortfall <= 0) {
      return ProgressStatus.ON_TRACK;
    }
    double scale = scale(i, e);
    return scale == 0 ? ProgressStatus.OFF_TRACK
        : options.thresholds().classify(shortfall / scale);
  }

  private double shortfall(int i, double a, double e) {
    return ind[i].direction() == Direction.ASCENDING ? e - a : a - e;
  }

  private double scale(int i, double e) {
    return e != 0 ? Math.abs(e) : traj[i].span();
  }

  private void computeCommitment(int c) {
    int[] inds = comIndicators[c];
    List<Milestone> milestones = com[c].milestones();
    boolean allAchieved = true;
    int worst = -1;
    int noData = 0;
    int issues = 0;
    int offIssues = 0;
    double sw = 0;
    double sws = 0;
    for (int i : inds) {
      int st = iStatus[i];
      if (st == ProgressStatus.NO_DATA.ordinal()) {
        noData++;
        allAchieved = false;
        continue;
      }
      if (st != ProgressStatus.ACHIEVED.ordinal()) {
        allAchieved = false;
      }
      int rank = Math.max(st, ProgressStatus.ON_TRACK.ordinal());
      worst = Math.max(worst, rank);
      if (st == ProgressStatus.AT_RISK.ordinal()) {
        issues++;
      } else if (st == ProgressStatus.OFF_TRACK.ordinal()) {
        issues++;
        offIssues++;
      }
      double g = gap[i];
      if (!ordinalLike[i] && !Double.isNaN(g)) {
        sw += indWeight[i];
        sws += indWeight[i] * g;
      }
    }
    for (Milestone m : milestones) {
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
    if (worst < 0) {
      status = ProgressStatus.NO_DATA;
    } else if (allAchieved) {
      status = ProgressStatus.ACHIEVED;
    } else if (asOfDay > comDue[c]) {
      status = ProgressStatus.OFF_TRACK;
      dueMissed = true;
    } else {
      status = STATUS[worst];
    }
    Rating rating = switch (status) {
      case ACHIEVED -> Rating.GREEN;
      case ON_TRACK -> noData > 0 ? Rating.AMBER_GREEN : Rating.GREEN;
      case AT_RISK -> issues <= 1 ? Rating.AMBER_GREEN : Rating.AMBER;
      case OFF_TRACK -> offIssues <= 1 && !dueMissed ? Rating.AMBER_RED : Rating.RED;
      case NO_DATA -> Rating.AMBER;
    };
    cStatus[c] = (byte) status.ordinal();
    cRating[c] = (byte) rating.ordinal();
    cScore[c] = sw > 0 ? sws / sw : Double.NaN;
  }

  private void computeOutcome(int o) {
    double wSum = 0;
    double badSum = 0;
    double sw = 0;
    double sws = 0;
    int withData = 0;
    boolean allAchieved = true;
    for (int c : outCommitments[o]) {
      int st = cStatus[c];
      double s = cScore[c];
      double w = comWeight[c];
      if (!Double.isNaN(s)) {
        sw += w;
        sws += w * s;
      }
      if (st != ProgressStatus.NO_DATA.ordinal()) {
        withData++;
        allAchieved &= st == ProgressStatus.ACHIEVED.ordinal();
        wSum += w;
        badSum += w * badness(st);
      }
    }
    for (int ch : outChildrenOf(o)) {
      int st = oStatus[ch];
      double s = oScore[ch];
      double w = outWeight[ch];
      if (!Double.isNaN(s)) {
        sw += w;
        sws += w * s;
      }
      if (st != ProgressStatus.NO_DATA.ordinal()) {
        withData++;
        allAchieved &= st == ProgressStatus.ACHIEVED.ordinal();
        wSum += w;
        badSum += w * badness(st);
      }
    }
    double[] ordinalWeights = null;
    for (int i : outIndicators[o]) {
      int st = iStatus[i];
      double w = indWeight[i];
      if (ordinalLike[i]) {
        if (st != ProgressStatus.NO_DATA.ordinal()) {
          if (ordinalWeights == null) {
            ordinalWeights = new double[4];
          }
          ordinalWeights[st] += w;
          withData++;
        }
        continue;
      }
      double s = gap[i];
      if (!Double.isNaN(s)) {
        sw += w;
        sws += w * s;
      }
      if (st != ProgressStatus.NO_DATA.ordinal()) {
        withData++;
        allAchieved &= st == ProgressStatus.ACHIEVED.ordinal();
        wSum += w;
        badSum += w * badness(st);
      }
    }
    if (ordinalWeights != null) {
      double total = 0;
      int worst = 0;
      for (int r = 0; r < 4; r++) {
        total += ordinalWeights[r];
        if (ordinalWeights[r] > 0) {
          worst = r;
        }
      }
      int rank = worst;
      if (options.ordinalRollup() == OrdinalRollup.MEDIAN) {
        double cum = 0;
        for (int r = 0; r < 4; r++) {
          cum += ordinalWeights[r];
          if (cum >= total / 2) {
            rank = r;
            break;
          }
        }
      }
      allAchieved &= rank == ProgressStatus.ACHIEVED.ordinal();
      wSum += total;
      badSum += total * badness(rank);
    }
    ProgressStatus status;
    if (withData == 0) {
      status = ProgressStatus.NO_DATA;
    } else if (allAchieved) {
      status = ProgressStatus.ACHIEVED;
    } else {
      double mean = badSum / wSum;
      status = mean < 0.5 ? ProgressStatus.ON_TRACK
          : mean < 1.5 ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
    }
    oStatus[o] = (byte) status.ordinal();
    oScore[o] = sw > 0 ? sws / sw : Double.NaN;
    oWithData[o] = withData;
  }

  private static int badness(int status) {
    return Math.max(0, status - 1);
  }

  // ------------------------------------------------------------------ incremental

  /**
   * Accepts a new measurement and recomputes what it affects: its indicator, ratio indicators
   * built on it, the commitments they measure, and the outcomes above those, leaves first.
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
    Integer k = indIndex.get(m.indicator());
    if (k == null) {
      throw new IllegalArgumentException("rejected " + describe(m)
          + ": the model has no indicator '" + m.indicator() + "'");
    }
    if (m.reportedBy().isPresent() && model.agency(m.reportedBy().get()).isEmpty()) {
      throw new IllegalArgumentException("rejected " + describe(m)
          + ": the model has no agency '" + m.reportedBy().get() + "' (reportedBy)");
    }
    MeasurementSeries grown = series[k].plus(m);
    series[k] = grown;
    accepted++;

    List<StatusChange> changes = new ArrayList<>();
    Set<IndicatorId> changedIndicators = new TreeSet<>();
    LinkedHashSet<Integer> indicatorsDone = new LinkedHashSet<>();
    int recomputed = 0;

    // the indicator, then ratio indicators built on it
    recomputed += updateIndicator(k, true, changes, changedIndicators);
    indicatorsDone.add(k);
    for (int r : ratioUsers[k]) {
      if (indicatorsDone.add(r)) {
        recomputed += updateIndicator(r, false, changes, changedIndicators);
      }
    }
    // commitments measured by them
    TreeSet<Integer> commitments = new TreeSet<>();
    TreeSet<Integer> outcomes = new TreeSet<>();
    for (int i : indicatorsDone) {
      for (int c : indCommitments[i]) {
        commitments.add(c);
      }
      for (int o : indOutcomes[i]) {
        outcomes.add(o);
      }
    }
    for (int c : commitments) {
      byte old = cStatus[c];
      computeCommitment(c);
      recomputed++;
      if (old != cStatus[c]) {
        changes.add(new StatusChange(com[c].id(), STATUS[old], STATUS[cStatus[c]]));
      }
      for (int o : comOutcomes[c]) {
        outcomes.add(o);
      }
    }
    // outcomes, leaves first, then their ancestors
    PriorityQueue<Integer> queue = new PriorityQueue<>((a, b) -> a.equals(b) ? 0
        : height[a] != height[b] ? Integer.compare(height[a], height[b])
        : Integer.compare(a, b));
    Set<Integer> queued = new java.util.HashSet<>(outcomes);
    queue.addAll(outcomes);
    while (!queue.isEmpty()) {
      int o = queue.poll();
      byte old = oStatus[o];
      computeOutcome(o);
      recomputed++;
      if (old != oStatus[o]) {
        changes.add(new StatusChange(out[o].id(), STATUS[old], STATUS[oStatus[o]]));
      }
      for (int p : outParents[o]) {
        if (queued.add(p)) {
          queue.add(p);
        }
      }
    }
    return new ProgressChange(m, changedIndicators, changes, recomputed);
  }

  private int updateIndicator(int i, boolean remeasure, List<StatusChange> changes,
      Set<IndicatorId> changedIndicators) {
    double oldActual = actual[i];
    byte oldStatus = iStatus[i];
    byte oldState = dataState[i];
    int oldUsed = used[i];
    int oldBefore = before[i];
    int oldEnd = lastEnd[i];
    int oldGaps = gaps[i];
    if (remeasure) {
      measure(i);
    }
    if (derived[i]) {
      derive(i);
    }
    finish(i);
    if (Double.compare(oldActual, actual[i]) != 0 || oldStatus != iStatus[i]
        || oldState != dataState[i] || oldUsed != used[i] || oldBefore != before[i]
        || oldEnd != lastEnd[i] || oldGaps != gaps[i]) {
      changedIndicators.add(ind[i].id());
    }
    if (oldStatus != iStatus[i]) {
      changes.add(new StatusChange(ind[i].id(), STATUS[oldStatus], STATUS[iStatus[i]]));
    }
    return 1;
  }

  private static String describe(Measurement m) {
    return "measurement of '" + m.indicator() + "' for " + m.periodStart() + ".."
        + m.periodEnd() + " (value " + m.value() + ")";
  }

  // ------------------------------------------------------------------ results

  /**
   * The date of the assessment.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The options in use.
   *
   * @return the options
   */
  public ProgressOptions options() {
    return options;
  }

  /**
   * The model the tracker started from (without measurements accepted since).
   *
   * @return the model
   */
  public OutcomeModel model() {
    return model;
  }

  /**
   * How many measurements were accepted since the tracker was created.
   *
   * @return the count
   */
  public long acceptedCount() {
    return accepted;
  }

  /**
   * The current measurements of an indicator, including those accepted.
   *
   * @param id the indicator
   * @return its series
   * @throws IllegalArgumentException if the model has no such indicator
   */
  public MeasurementSeries series(IndicatorId id) {
    return series[indicatorIndex(id)];
  }

  private int indicatorIndex(IndicatorId id) {
    Integer i = indIndex.get(Checks.notNull(id, "indicator id"));
    if (i == null) {
      throw new IllegalArgumentException("the model has no indicator '" + id + "'");
    }
    return i;
  }

  /**
   * The derived status of an indicator, without building its full progress.
   *
   * @param id the indicator
   * @return its status
   * @throws IllegalArgumentException if the model has no such indicator
   */
  public ProgressStatus statusOf(IndicatorId id) {
    return STATUS[iStatus[indicatorIndex(id)]];
  }

  /**
   * The derived status of a commitment.
   *
   * @param id the commitment
   * @return its status
   * @throws IllegalArgumentException if the model has no such commitment
   */
  public ProgressStatus statusOf(CommitmentId id) {
    return STATUS[cStatus[commitmentIndex(id)]];
  }

  /**
   * The rolled-up status of an outcome.
   *
   * @param id the outcome
   * @return its status
   * @throws IllegalArgumentException if the model has no such outcome
   */
  public ProgressStatus statusOf(OutcomeId id) {
    return STATUS[oStatus[outcomeIndex(id)]];
  }

  /**
   * The progress of an indicator.
   *
   * @param id the indicator
   * @return its progress
   * @throws IllegalArgumentException if the model has no such indicator
   */
  public IndicatorProgress indicator(IndicatorId id) {
    return indicatorProgress(indicatorIndex(id));
  }

  /**
   * The progress of every indicator, by id.
   *
   * @return an unmodifiable list
   */
  public List<IndicatorProgress> indicators() {
    List<IndicatorProgress> all = new ArrayList<>(ind.length);
    for (int i = 0; i < ind.length; i++) {
      all.add(indicatorProgress(i));
    }
    return List.copyOf(all);
  }

  private IndicatorProgress indicatorProgress(int i) {
    Indicator x = ind[i];
    double a = actual[i];
    double e = expected[i];
    boolean hasA = !Double.isNaN(a);
    boolean hasE = !Double.isNaN(e);
    List<TargetCheck> checks = new ArrayList<>();
    for (Target t : x.targets()) {
      checks.add(new TargetCheck(t, hasA && t.isAttainedBy(a), !t.date().isAfter(asOf)));
    }
    DataState state = DataState.values()[dataState[i]];
    ProgressStatus status = STATUS[iStatus[i]];
    return new IndicatorProgress(x.id(), asOf, status, opt(a), opt(e), opt(gap[i]),
        hasA && hasE ? OptionalDouble.of(a - e) : OptionalDouble.empty(),
        hasA && hasE && e != 0 ? OptionalDouble.of((a - e) / Math.abs(e)) : OptionalDouble.empty(),
        checks, state,
        lastEnd[i] == Integer.MIN_VALUE ? Optional.empty()
            : Optional.of(LocalDate.ofEpochDay(lastEnd[i])),
        used[i], before[i], gaps[i], derived[i], explain(i, state, status));
  }

  private String explain(int i, DataState state, ProgressStatus status) {
    Indicator x = ind[i];
    double a = actual[i];
    double e = expected[i];
    if (state == DataState.NONE) {
      String why = derived[i] ? "no data for its numerator or denominator" : "no data";
      return before[i] > 0 ? why + " since the baseline (" + before[i]
          + " measurement(s) before it ignored)" : why;
    }
    if (state == DataState.STALE) {
      return "no data since " + YearMonth.from(LocalDate.ofEpochDay(lastEnd[i]))
          + " (last value " + num(a) + ")";
    }
    if (status == ProgressStatus.ACHIEVED) {
      return "final target " + describe(x.finalTarget().orElseThrow()) + " attained with "
          + num(a);
    }
    if (finalDay[i] != Integer.MAX_VALUE && asOfDay > finalDay[i]) {
      return "final target " + describe(x.finalTarget().orElseThrow()) + " missed: actual "
          + num(a);
    }
    if (Double.isNaN(e)) {
      return "no baseline, target or planned point to compare with (actual " + num(a) + ")";
    }
    double shortfall = shortfall(i, a, e);
    if (shortfall <= 0) {
      return (shortfall == 0 ? "on" : "ahead of") + " its trajectory (expected " + num(e)
          + ", actual " + num(a) + ")";
    }
    double scale = scale(i, e);
    String share = scale == 0 ? "behind a flat zero trajectory"
        : pct(shortfall / scale) + " behind its trajectory";
    return share + " (expected " + num(e) + ", actual " + num(a) + ")";
  }

  private static String describe(Target t) {
    String v = switch (t.kind()) {
      case EXACT -> "= " + num(t.low());
      case AT_LEAST -> ">= " + num(t.low());
      case AT_MOST -> "<= " + num(t.high());
      case RANGE -> "in [" + num(t.low()) + ", " + num(t.high()) + "]";
    };
    return v + " by " + t.date();
  }

  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.4g", v);
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  private int commitmentIndex(CommitmentId id) {
    Integer c = comIndex.get(Checks.notNull(id, "commitment id"));
    if (c == null) {
      throw new IllegalArgumentException("the model has no commitment '" + id + "'");
    }
    return c;
  }

  private int outcomeIndex(OutcomeId id) {
    Integer o = outIndex.get(Checks.notNull(id, "outcome id"));
    if (o == null) {
      throw new IllegalArgumentException("the model has no outcome '" + id + "'");
    }
    return o;
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
    return commitmentProgress(commitmentIndex(id));
  }

  /**
   * The progress of every commitment, by id.
   *
   * @return an unmodifiable list
   */
  public List<CommitmentProgress> commitments() {
    List<CommitmentProgress> all = new ArrayList<>(com.length);
    for (int c = 0; c < com.length; c++) {
      all.add(commitmentProgress(c));
    }
    return List.copyOf(all);
  }

  private CommitmentProgress commitmentProgress(int c) {
    ProgressStatus status = STATUS[cStatus[c]];
    Rating rating = RATING[cRating[c]];
    List<String> reasons = new ArrayList<>();
    int assessed = 0;
    for (int i : comIndicators[c]) {
      ProgressStatus st = STATUS[iStatus[i]];
      if (st == ProgressStatus.NO_DATA) {
        reasons.add("indicator '" + ind[i].id() + "' has no data: "
            + explain(i, DataState.values()[dataState[i]], st));
      } else {
        assessed++;
        if (st == ProgressStatus.AT_RISK || st == ProgressStatus.OFF_TRACK) {
          reasons.add("indicator '" + ind[i].id() + "' is "
              + st.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": "
              + explain(i, DataState.values()[dataState[i]], st));
        }
      }
    }
    for (Milestone m : com[c].milestones()) {
      long late = asOfDay - m.due().toEpochDay();
      if (m.done().isEmpty() && late > 0) {
        reasons.add("milestone '" + m.name() + "' was due " + m.due() + " and is not done ("
            + late + " days late)");
      }
    }
    if (status != ProgressStatus.ACHIEVED && asOfDay > comDue[c]) {
      reasons.add("commitment was due " + com[c].due().orElseThrow() + " and is not achieved");
    }
    if (reasons.isEmpty()) {
      reasons.add(switch (status) {
        case ACHIEVED -> "every indicator and milestone achieved";
        case NO_DATA -> "no indicators or milestones to judge by";
        default -> assessed + " indicator(s) on track, no milestone late";
      });
    }
    Optional<DeliveryAssessment> human = model.latestAssessment(com[c].id(), asOf);
    boolean disagree = human.isPresent() && human.get().rating() != Rating.EXEMPT
        && Math.abs(human.get().rating().ordinal() - rating.ordinal())
            >= options.disagreementSteps();
    if (disagree) {
      reasons.add("the latest human assessment (" + human.get().rating() + " on "
          + human.get().date() + ") disagrees with the derived " + rating);
    }
    return new CommitmentProgress(com[c].id(), asOf, status, opt(cScore[c]), rating, reasons,
        human, disagree);
  }

  /**
   * The rolled-up progress of an outcome.
   *
   * @param id the outcome
   * @return its progress
   * @throws IllegalArgumentException if the model has no such outcome
   */
  public OutcomeProgress outcome(OutcomeId id) {
    return outcomeProgress(outcomeIndex(id));
  }

  /**
   * The progress of every outcome, by id.
   *
   * @return an unmodifiable list
   */
  public List<OutcomeProgress> outcomes() {
    List<OutcomeProgress> all = new ArrayList<>(out.length);
    for (int o = 0; o < out.length; o++) {
      all.add(outcomeProgress(o));
    }
    return List.copyOf(all);
  }

  private OutcomeProgress outcomeProgress(int o) {
    int children = outCommitments[o].length + outChildrenOf(o).length
        + outIndicators[o].length;
    return new OutcomeProgress(out[o].id(), asOf, STATUS[oStatus[o]], opt(oScore[o]),
        children, oWithData[o]);
  }

  /**
   * The commitments an agency is accountable for on the tracker's date, directly or through
   * one of its people (role assignments not active on the date are skipped).
   *
   * @param agency the agency
   * @return the commitments, by id
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
}
