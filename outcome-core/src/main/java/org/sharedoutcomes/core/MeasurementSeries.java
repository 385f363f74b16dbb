package org.sharedoutcomes.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.internal.Checks;

/**
 * The measurements of one indicator, in time order, stored compactly: one array per column
 * (period start, period end, value), with reporter, report time, dimensions and status stored
 * only when they vary. A model of a million commitments holds tens of millions of
 * measurements; this keeps each at about 16 bytes. The series of one {@link OutcomeModel}
 * share equal period columns (indicators reporting on the same calendar), which brings a
 * monthly series down to about 8 bytes a measurement.
 *
 * <p>Measurements are ordered by period start, then period end, then dimensions, reporter,
 * report time, status and value, so two series with the same measurements are equal whatever
 * order they were added in. Read them by index ({@link #value(int)}, {@link #get(int)}) or as
 * a {@link #asList() list}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MeasurementSeries {
  private static final int[] NO_INTS = new int[0];
  private static final double[] NO_DOUBLES = new double[0];

  private final IndicatorId indicator;
  private final int[] start;
  private final int[] end;
  private final double[] value;
  /** Reporter of every row, when they all share one (possibly none). */
  private final Optional<AgencyId> uniformReporter;
  private final AgencyId @Nullable [] reporters;
  private final Instant @Nullable [] reportedAt;
  private final Map<String, String> uniformDimensions;
  private final Map<String, String> @Nullable [] dimensions;
  private final long @Nullable [] provisional;

  @SuppressWarnings("unchecked")
  private MeasurementSeries(IndicatorId indicator, int[] start, int[] end, double[] value,
      Optional<AgencyId> uniformReporter, AgencyId @Nullable [] reporters,
      Instant @Nullable [] reportedAt, Map<String, String> uniformDimensions,
      Map<String, String> @Nullable [] dimensions, long @Nullable [] provisional) {
    this.indicator = indicator;
    this.start = start;
    this.end = end;
    this.value = value;
    this.uniformReporter = uniformReporter;
    this.reporters = reporters;
    this.reportedAt = reportedAt;
    this.uniformDimensions = uniformDimensions;
    this.dimensions = dimensions;
    this.provisional = provisional;
  }

  /**
   * An empty series.
   *
   * @param indicator the indicator
   * @return a series with no measurements
   */
  public static MeasurementSeries empty(IndicatorId indicator) {
    return new MeasurementSeries(Checks.notNull(indicator, "measurement series indicator"), NO_INTS, NO_INTS,
        NO_DOUBLES, Optional.empty(), null, null, Map.of(), null, null);
  }

  /**
   * A series of the given measurements, in canonical order.
   *
   * @param indicator the indicator
   * @param measurements its measurements
   * @return the series
   * @throws IllegalArgumentException if a measurement is of another indicator
   */
  public static MeasurementSeries of(IndicatorId indicator, Iterable<Measurement> measurements) {
    Builder b = builder(indicator);
    for (Measurement m : Checks.notNull(measurements, "measurements")) {
      b.add(m);
    }
    return b.build();
  }

  /**
   * A builder of a series.
   *
   * @param indicator the indicator whose measurements it holds
   * @return a new builder
   */
  public static Builder builder(IndicatorId indicator) {
    return new Builder(indicator, DEFAULT_CAPACITY);
  }

  /** The rows a builder has room for before it first grows its columns. */
  private static final int DEFAULT_CAPACITY = 8;
  /** The most rows a capacity hint reserves room for: past it, the columns grow as they fill. */
  private static final int MAX_HINT = 1 << 16;

  /**
   * A builder with room for {@code expected} rows before it grows (the default room if
   * {@code expected} is below it; at most {@value #MAX_HINT}), as {@link #toBuilder} makes one
   * for a series' rows and {@link #after} for the series after another. Filled to exactly its
   * room, the builder hands its columns to the series it builds instead of copying them (it
   * never writes a row it has handed over: the next row added grows the columns into fresh
   * arrays first).
   */
  static Builder builder(IndicatorId indicator, int expected) {
    return new Builder(indicator, room(expected));
  }

  /** The room a builder expecting {@code expected} rows starts with. */
  private static int room(int expected) {
    return Math.min(Math.max(expected, DEFAULT_CAPACITY), MAX_HINT);
  }

  /**
   * A builder made after {@code previous}, as a loader makes the next series' builder: with room
   * for as many rows as {@code previous} holds, and starting from its period columns, which it
   * reads but never writes. Most series of a model share one reporting calendar: while the rows
   * added have the periods {@code previous} had in the same places, no period column is
   * allocated at all; at the first row that differs (or past {@code previous}' rows) the
   * builder copies what it has into columns of its own. {@code previous} only ever writes its
   * columns at or past its size, so the rows borrowed (those below its size now) never change.
   */
  static Builder after(IndicatorId indicator, Builder previous) {
    return new Builder(indicator, room(previous.size), previous);
  }

  /**
   * A builder holding this series' measurements.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = builder(indicator, size());
    for (int i = 0; i < size(); i++) {
      b.add(start[i], end[i], value[i], reportedBy(i).orElse(null), reportedAt(i).orElse(null),
          dimensions(i), status(i));
    }
    return b;
  }

  /**
   * This series with one more measurement.
   *
   * @param m the measurement, of this series' indicator
   * @return a new series
   */
  public MeasurementSeries plus(Measurement m) {
    return toBuilder().add(m).build();
  }

  /**
   * The indicator measured.
   *
   * @return its id
   */
  public IndicatorId indicator() {
    return indicator;
  }

  /**
   * The number of measurements.
   *
   * @return the size
   */
  public int size() {
    return value.length;
  }

  /**
   * Whether there are no measurements.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return value.length == 0;
  }

  /**
   * The first day of the i-th measurement's period, as an epoch day.
   *
   * @param i the index, from 0
   * @return the epoch day
   */
  public int startEpochDay(int i) {
    return start[i];
  }

  /**
   * The last day of the i-th measurement's period, as an epoch day.
   *
   * @param i the index, from 0
   * @return the epoch day
   */
  public int endEpochDay(int i) {
    return end[i];
  }

  /**
   * The first day of the i-th measurement's period.
   *
   * @param i the index, from 0
   * @return the date
   */
  public LocalDate periodStart(int i) {
    return LocalDate.ofEpochDay(start[i]);
  }

  /**
   * The last day of the i-th measurement's period.
   *
   * @param i the index, from 0
   * @return the date
   */
  public LocalDate periodEnd(int i) {
    return LocalDate.ofEpochDay(end[i]);
  }

  /**
   * The i-th value.
   *
   * @param i the index, from 0
   * @return the value
   */
  public double value(int i) {
    return value[i];
  }

  /**
   * Who reported the i-th measurement.
   *
   * @param i the index, from 0
   * @return the reporting agency, if known
   */
  public Optional<AgencyId> reportedBy(int i) {
    Objects.checkIndex(i, value.length);
    if (reporters == null) {
      return uniformReporter;
    }
    return Optional.ofNullable(reporters[i]);
  }

  /**
   * When the i-th measurement was reported.
   *
   * @param i the index, from 0
   * @return the time, if known
   */
  public Optional<Instant> reportedAt(int i) {
    Objects.checkIndex(i, value.length);
    return reportedAt == null ? Optional.empty() : Optional.ofNullable(reportedAt[i]);
  }

  /**
   * The dimensions of the i-th measurement.
   *
   * @param i the index, from 0
   * @return its dimensions, empty for a total
   */
  public Map<String, String> dimensions(int i) {
    Objects.checkIndex(i, value.length);
    return dimensions == null ? uniformDimensions : dimensions[i];
  }

  /**
   * Whether the i-th measurement is provisional or final.
   *
   * @param i the index, from 0
   * @return its status
   */
  public MeasurementStatus status(int i) {
    Objects.checkIndex(i, value.length);
    return provisional != null && (provisional[i >>> 6] & (1L << i)) != 0
        ? MeasurementStatus.PROVISIONAL
        : MeasurementStatus.FINAL;
  }

  /**
   * The i-th measurement as a value object.
   *
   * @param i the index, from 0
   * @return the measurement
   */
  public Measurement get(int i) {
    return new Measurement(indicator, periodStart(i), periodEnd(i), value[i], reportedBy(i),
        reportedAt(i), dimensions(i), status(i));
  }

  /**
   * The measurements as an unmodifiable list view, in order.
   *
   * @return the list
   */
  public List<Measurement> asList() {
    return new View();
  }

  /**
   * The measurements as a stream, in order.
   *
   * @return the stream
   */
  public Stream<Measurement> stream() {
    return asList().stream();
  }

  /**
   * Whether all measurements are totals (no dimensions).
   *
   * @return true if none is disaggregated
   */
  public boolean allTotals() {
    return dimensions == null && uniformDimensions.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MeasurementSeries other)) {
      return false;
    }
    if (!indicator.equals(other.indicator) || !Arrays.equals(start, other.start)
        || !Arrays.equals(end, other.end) || !Arrays.equals(value, other.value)) {
      return false;
    }
    for (int i = 0; i < value.length; i++) {
      if (!reportedBy(i).equals(other.reportedBy(i))
          || !reportedAt(i).equals(other.reportedAt(i))
          || !dimensions(i).equals(other.dimensions(i)) || status(i) != other.status(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator, Arrays.hashCode(start), Arrays.hashCode(end),
        Arrays.hashCode(value));
  }

  @Override
  public String toString() {
    return "MeasurementSeries[" + indicator + ", " + size() + " measurements]";
  }

  private final class View extends AbstractList<Measurement> implements RandomAccess {
    @Override
    public Measurement get(int index) {
      Objects.checkIndex(index, value.length);
      return MeasurementSeries.this.get(index);
    }

    @Override
    public int size() {
      return value.length;
    }
  }

  /**
   * A builder of a {@link MeasurementSeries}; rows are appended to growable primitive arrays,
   * without keeping {@link Measurement} objects. Not thread-safe.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final IndicatorId indicator;
    private int size;
    private int[] start;
    private int[] end;
    private double[] value;
    private AgencyId @Nullable [] reporters;
    private Instant @Nullable [] reportedAt;
    private Map<String, String> @Nullable [] dimensions;
    private boolean @Nullable [] provisional;

    /**
     * While above 0, {@link #start} and {@link #end} are another builder's, read-only here, and
     * their first {@code borrowed} entries are immutable; this builder's rows so far are those.
     */
    private int borrowed;

    private Builder(IndicatorId indicator, int capacity) {
      this.indicator = Checks.notNull(indicator, "measurement series indicator");
      this.start = new int[capacity];
      this.end = new int[capacity];
      this.value = new double[capacity];
    }

    /** A builder borrowing the period columns of {@code previous}'s rows, if it has any. */
    private Builder(IndicatorId indicator, int capacity, Builder previous) {
      this.indicator = Checks.notNull(indicator, "measurement series indicator");
      boolean borrow = previous.size > 0;
      this.start = borrow ? previous.start : new int[capacity];
      this.end = borrow ? previous.end : new int[capacity];
      this.borrowed = previous.size;
      this.value = new double[capacity];
    }

    /**
     * Makes the period columns this builder's own (fresh copies), with room for {@code capacity}
     * rows.
     */
    private void own(int capacity) {
      start = Arrays.copyOf(start, capacity);
      end = Arrays.copyOf(end, capacity);
      borrowed = 0;
    }

    /** The indicator whose measurements this builder holds. */
    IndicatorId indicator() {
      return indicator;
    }

    /**
     * The number of measurements added so far.
     *
     * @return the count
     */
    public int size() {
      return size;
    }

    /**
     * Adds a measurement.
     *
     * @param m the measurement, of this builder's indicator
     * @return this builder
     * @throws IllegalArgumentException if the measurement is of another indicator
     */
    public Builder add(Measurement m) {
      Checks.notNull(m, "measurement");
      if (!m.indicator().equals(indicator)) {
        throw new IllegalArgumentException("measurement of '" + m.indicator()
            + "' cannot be added to the series of '" + indicator + "'");
      }
      return add((int) m.periodStart().toEpochDay(), // in range: Measurement checks it
          (int) m.periodEnd().toEpochDay(), m.value(), m.reportedBy().orElse(null),
          m.reportedAt().orElse(null), m.dimensions(), m.status());
    }

    /**
     * Adds a final total with no reporter: the fast path for bulk loads.
     *
     * @param periodStart the first day
     * @param periodEnd the last day, not before the first
     * @param v the value, finite
     * @return this builder
     * @throws IllegalArgumentException if the period ends before it starts or the value is not
     *     finite
     */
    public Builder add(LocalDate periodStart, LocalDate periodEnd, double v) {
      // the bulk-load path, tens of millions of calls: no message is built unless a check fails
      long s = periodStart == null ? Long.MIN_VALUE : periodStart.toEpochDay();
      long e = periodEnd == null ? Long.MIN_VALUE : periodEnd.toEpochDay();
      if (s <= Integer.MIN_VALUE || s >= Integer.MAX_VALUE || e <= Integer.MIN_VALUE
          || e >= Integer.MAX_VALUE) {
        Checks.epochDay(periodStart, "measurement of '" + indicator + "' periodStart");
        Checks.epochDay(periodEnd, "measurement of '" + indicator + "' periodEnd");
      }
      if (e < s || !Double.isFinite(v)) {
        // let the record say what is wrong, naming the measurement
        Measurement.of(indicator, periodStart, periodEnd, v);
      }
      return add((int) s, (int) e, v, null, null, Map.of(), MeasurementStatus.FINAL);
    }

    private Builder add(int s, int e, double v, @Nullable AgencyId reporter,
        @Nullable Instant at, Map<String, String> dims, MeasurementStatus status) {
      if (size == value.length) {
        int n = Math.max(DEFAULT_CAPACITY, size + (size >> 1));
        own(n); // borrowed or not, the grown period columns are this builder's
        value = Arrays.copyOf(value, n);
        if (reporters != null) {
          reporters = Arrays.copyOf(reporters, n);
        }
        if (reportedAt != null) {
          reportedAt = Arrays.copyOf(reportedAt, n);
        }
        if (dimensions != null) {
          dimensions = Arrays.copyOf(dimensions, n);
        }
        if (provisional != null) {
          provisional = Arrays.copyOf(provisional, n);
        }
      }
      if (borrowed > 0 && (size >= borrowed || start[size] != s || end[size] != e)) {
        own(value.length); // the first row whose period is not the borrowed one
      }
      if (borrowed == 0) {
        start[size] = s;
        end[size] = e;
      }
      value[size] = v;
      if (reporter != null) {
        if (reporters == null) {
          reporters = new AgencyId[value.length];
        }
        reporters[size] = reporter;
      }
      if (at != null) {
        if (reportedAt == null) {
          reportedAt = new Instant[value.length];
        }
        reportedAt[size] = at;
      }
      if (!dims.isEmpty()) {
        if (dimensions == null) {
          @SuppressWarnings({"unchecked", "rawtypes"})
          Map<String, String>[] fresh = new Map[value.length];
          Arrays.fill(fresh, 0, size, Map.of());
          dimensions = fresh;
        }
        dimensions[size] = dims;
      } else if (dimensions != null) {
        dimensions[size] = Map.of();
      }
      if (status == MeasurementStatus.PROVISIONAL) {
        if (provisional == null) {
          provisional = new boolean[value.length];
        }
        provisional[size] = true;
      }
      size++;
      return this;
    }

    /** The distinct agencies named as reporters so far, for validation. */
    java.util.Set<AgencyId> reporters() {
      if (reporters == null) {
        return java.util.Set.of();
      }
      java.util.Set<AgencyId> out = new java.util.HashSet<>();
      for (int i = 0; i < size; i++) {
        if (reporters[i] != null) {
          out.add(reporters[i]);
        }
      }
      return out;
    }

    private Map<String, String> dims(int i) {
      return dimensions == null ? Map.of() : dimensions[i];
    }

    private @Nullable AgencyId reporter(int i) {
      return reporters == null ? null : reporters[i];
    }

    private @Nullable Instant at(int i) {
      return reportedAt == null ? null : reportedAt[i];
    }

    private boolean prov(int i) {
      return provisional != null && provisional[i];
    }

    private int compareRows(int a, int b) {
      int c = Integer.compare(start[a], start[b]);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(end[a], end[b]);
      if (c != 0) {
        return c;
      }
      if (dimensions != null) {
        c = compareMaps(dims(a), dims(b));
        if (c != 0) {
          return c;
        }
      }
      if (reporters != null) {
        c = Comparator.nullsFirst(Comparator.<AgencyId>naturalOrder())
            .compare(reporter(a), reporter(b));
        if (c != 0) {
          return c;
        }
      }
      if (reportedAt != null) {
        c = Comparator.nullsFirst(Comparator.<Instant>naturalOrder()).compare(at(a), at(b));
        if (c != 0) {
          return c;
        }
      }
      c = Boolean.compare(prov(a), prov(b));
      return c != 0 ? c : Double.compare(value[a], value[b]);
    }

    private static int compareMaps(Map<String, String> a, Map<String, String> b) {
      var ia = a.entrySet().iterator();
      var ib = b.entrySet().iterator();
      while (ia.hasNext() && ib.hasNext()) {
        var ea = ia.next();
        var eb = ib.next();
        int c = ea.getKey().compareTo(eb.getKey());
        if (c == 0) {
          c = ea.getValue().compareTo(eb.getValue());
        }
        if (c != 0) {
          return c;
        }
      }
      return Boolean.compare(ia.hasNext(), ib.hasNext());
    }

    /**
     * Builds the series, sorting its rows into canonical order.
     *
     * @return the series
     */
    public MeasurementSeries build() {
      return build(null);
    }

    /**
     * Builds the series, taking its period columns from {@code columns} when an equal one was
     * built before.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    MeasurementSeries build(@Nullable Columns columns) {
      if (size == 0) {
        return empty(indicator);
      }
      boolean sorted = true;
      for (int i = 1; i < size && sorted; i++) {
        sorted = compareRows(i - 1, i) <= 0;
      }
      // the rows' order: null (the identity) when they came sorted, as loaders and generators
      // give them (no index array per series then), else a stable sort of boxed indices
      int @Nullable [] order = null;
      if (!sorted) {
        Integer[] boxed = new Integer[size];
        for (int i = 0; i < size; i++) {
          boxed[i] = i;
        }
        Arrays.sort(boxed, this::compareRows);
        order = new int[size];
        for (int i = 0; i < size; i++) {
          order[i] = boxed[i];
        }
      }
      int[] s;
      int[] e;
      double[] v;
      if (order == null) {
        // the period columns of most series are equal to one built before: take that one
        // without copying these
        // columns exactly size long are handed over, not copied: rows are only ever written
        // at index size, and the next one grows the columns into fresh arrays first
        // (borrowed period columns too: their first size entries never change)
        boolean exact = start.length == size;
        s = columns != null ? columns.share(start, size, exact)
            : exact ? start : Arrays.copyOf(start, size);
        e = columns != null ? columns.share(end, size, exact)
            : exact ? end : Arrays.copyOf(end, size);
        v = value.length == size ? value : Arrays.copyOf(value, size);
      } else {
        s = new int[size];
        e = new int[size];
        v = new double[size];
        for (int i = 0; i < size; i++) {
          int r = order[i];
          s[i] = start[r];
          e[i] = end[r];
          v[i] = value[r];
        }
        if (columns != null) {
          s = columns.share(s, size, true);
          e = columns.share(e, size, true);
        }
      }
      // reporters: uniform if every row has the same (possibly absent) reporter
      Optional<AgencyId> uniformReporter = Optional.empty();
      AgencyId[] rep = null;
      if (reporters != null) {
        AgencyId first = reporters[0];
        boolean uniform = true;
        for (int i = 1; i < size && uniform; i++) {
          uniform = Objects.equals(first, reporters[i]);
        }
        if (uniform) {
          uniformReporter = Optional.ofNullable(first);
        } else {
          rep = new AgencyId[size];
          for (int i = 0; i < size; i++) {
            rep[i] = reporters[order == null ? i : order[i]];
          }
        }
      }
      Instant[] at = null;
      if (reportedAt != null) {
        at = new Instant[size];
        for (int i = 0; i < size; i++) {
          at[i] = reportedAt[order == null ? i : order[i]];
        }
      }
      Map<String, String> uniformDims = Map.of();
      Map<String, String>[] dims = null;
      if (dimensions != null) {
        Map<String, String> first = dimensions[0];
        boolean uniform = true;
        for (int i = 1; i < size && uniform; i++) {
          uniform = first.equals(dimensions[i]);
        }
        if (uniform) {
          uniformDims = first;
        } else {
          dims = new Map[size];
          for (int i = 0; i < size; i++) {
            dims[i] = dimensions[order == null ? i : order[i]];
          }
        }
      }
      long[] prov = null;
      if (provisional != null) {
        prov = new long[(size + 63) >>> 6];
        for (int i = 0; i < size; i++) {
          if (provisional[order == null ? i : order[i]]) {
            prov[i >>> 6] |= 1L << i;
          }
        }
      }
      return new MeasurementSeries(indicator, s, e, v, uniformReporter, rep, at, uniformDims,
          dims, prov);
    }
  }

  /**
   * Shares equal period columns among the series of one model. Most indicators report on the
   * same calendar (every month, every quarter), so their period-start and period-end columns
   * are equal and one array can serve them all: the columns are never changed nor handed out.
   * At most {@value #MAX_DISTINCT} distinct columns are remembered, so a model whose
   * indicators all report on different days costs one bounded map during {@code build()}.
   * Not thread-safe; used by one {@code OutcomeModel} construction at a time.
   */
  static final class Columns {
    static final int MAX_DISTINCT = 4096;
    private final Map<IntColumn, int[]> seen = new java.util.HashMap<>();
    /** The column shared last: the next series most often has the same. */
    private int @Nullable [] last;

    /**
     * The column equal to {@code column[0..size)}: one seen before, or else {@code column}
     * itself if {@code owned} (a fresh array exactly {@code size} long), else a copy; kept while
     * fewer than {@value #MAX_DISTINCT} are.
     */
    int[] share(int[] column, int size, boolean owned) {
      int[] l = last;
      if (l != null && Arrays.equals(l, 0, l.length, column, 0, size)) {
        return l;
      }
      // looked up through a view of the column's first size entries: a column equal to one
      // seen before (most of them, at a million indicators) costs no copy and no key
      IntColumn view = new IntColumn(column, size);
      int[] old = seen.get(view);
      if (old == null) {
        old = owned ? column : Arrays.copyOf(column, size);
        if (seen.size() < MAX_DISTINCT) {
          seen.put(new IntColumn(old, size), old);
        }
      }
      last = old;
      return old;
    }
  }

  /** The first {@code size} entries of an int array, compared by content, as a map key. */
  private static final class IntColumn {
    private final int[] values;
    private final int size;
    private final int hash;

    IntColumn(int[] values, int size) {
      this.values = values;
      this.size = size;
      int h = 1;
      for (int i = 0; i < size; i++) {
        h = 31 * h + values[i];
      }
      this.hash = h;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof IntColumn c && hash == c.hash
          && Arrays.equals(values, 0, size, c.values, 0, c.size);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
