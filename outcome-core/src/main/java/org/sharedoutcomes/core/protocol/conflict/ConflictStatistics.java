package org.sharedoutcomes.core.protocol.conflict;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.ConflictId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.internal.Checks;

/**
 * Statistics over conflict processes: how many ended how, time to resolution, the share
 * decided by the centre and the share escalated.
 *
 * <ul>
 *   <li><b>time to resolution</b>: from the conflict being raised to its decision or
 *       withdrawal, over closed processes (mean, median, maximum);
 *   <li><b>share decided by the centre</b>: decided processes whose final ruling was made by a
 *       member of the setting's centre, over all decided processes;
 *   <li><b>share escalated</b>: closed processes escalated at least once, over all closed
 *       processes.
 * </ul>
 *
 * <p>Computed when created; immutable and thread-safe. Time {@code O(total trail length)}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ConflictStatistics {
  private final int processes;
  private final int decided;
  private final int withdrawn;
  private final int open;
  private final int decidedByCentre;
  private final int escalated;
  private final List<Duration> times;
  private final Map<DecisionBasis, Integer> byBasis;
  private final List<ConflictId> unprocessed;

  private ConflictStatistics(Collection<ConflictProcess> all, List<ConflictId> unprocessed) {
    int d = 0;
    int w = 0;
    int o = 0;
    int centre = 0;
    int esc = 0;
    List<Duration> t = new ArrayList<>();
    Map<DecisionBasis, Integer> basis = new EnumMap<>(DecisionBasis.class);
    for (ConflictProcess p : all) {
      Checks.notNull(p, "process");
      switch (p.status()) {
        case OPEN -> o++;
        case WITHDRAWN -> w++;
        case DECIDED -> {
          d++;
          Decision dec = p.decision().orElseThrow();
          basis.merge(dec.basis(), 1, Integer::sum);
          if (dec.basis().isRuling() && p.setting().isCentre(dec.decidedBy().orElseThrow())) {
            centre++;
          }
        }
        default -> throw new IllegalStateException("unknown status " + p.status());
      }
      if (!p.isOpen()) {
        t.add(Duration.between(p.startedAt(), p.closedAt().orElseThrow()));
        if (p.state().escalationLevel() > 0) {
          esc++;
        }
      }
    }
    Collections.sort(t);
    this.processes = all.size();
    this.decided = d;
    this.withdrawn = w;
    this.open = o;
    this.decidedByCentre = centre;
    this.escalated = esc;
    this.times = List.copyOf(t);
    this.byBasis = Collections.unmodifiableMap(basis);
    this.unprocessed = List.copyOf(unprocessed);
  }

  /**
   * Statistics over processes.
   *
   * @param processes the processes
   * @return the statistics
   */
  public static ConflictStatistics of(Collection<ConflictProcess> processes) {
    Checks.notNull(processes, "processes");
    return new ConflictStatistics(processes, List.of());
  }

  /**
   * Statistics over the conflicts of a model, given their processes (which live outside the
   * model). Conflicts without a process are listed in {@link #unprocessed()}.
   *
   * @param model the model
   * @param processes processes by conflict id
   * @return the statistics
   * @throws IllegalArgumentException if a process belongs to a conflict the model does not
   *     hold
   */
  public static ConflictStatistics of(OutcomeModel model,
      Map<ConflictId, ConflictProcess> processes) {
    Checks.notNull(model, "model");
    Checks.notNull(processes, "processes");
    for (ConflictId id : processes.keySet()) {
      if (model.conflict(id).isEmpty()) {
        throw new IllegalArgumentException("there is a process for conflict '" + id
            + "', which the model does not hold");
      }
    }
    List<ConflictProcess> found = new ArrayList<>();
    List<ConflictId> missing = new ArrayList<>();
    for (Conflict c : model.conflicts()) {
      ConflictProcess p = processes.get(c.id());
      if (p == null) {
        missing.add(c.id());
      } else {
        found.add(p);
      }
    }
    return new ConflictStatistics(found, missing);
  }

  /**
   * The number of processes.
   *
   * @return the count
   */
  public int processes() {
    return processes;
  }

  /**
   * The number decided.
   *
   * @return the count
   */
  public int decided() {
    return decided;
  }

  /**
   * The number withdrawn.
   *
   * @return the count
   */
  public int withdrawn() {
    return withdrawn;
  }

  /**
   * The number still open.
   *
   * @return the count
   */
  public int open() {
    return open;
  }

  /**
   * Decided processes by decision basis.
   *
   * @return counts by basis
   */
  public Map<DecisionBasis, Integer> byBasis() {
    return byBasis;
  }

  /**
   * The mean time to resolution over closed processes.
   *
   * @return the mean, empty if none is closed
   */
  public Optional<Duration> meanTimeToResolution() {
    if (times.isEmpty()) {
      return Optional.empty();
    }
    Duration sum = Duration.ZERO;
    for (Duration d : times) {
      sum = sum.plus(d);
    }
    return Optional.of(sum.dividedBy(times.size()));
  }

  /**
   * The median time to resolution over closed processes (the lower middle for an even count).
   *
   * @return the median, empty if none is closed
   */
  public Optional<Duration> medianTimeToResolution() {
    return times.isEmpty() ? Optional.empty() : Optional.of(times.get((times.size() - 1) / 2));
  }

  /**
   * The longest time to resolution.
   *
   * @return the maximum, empty if none is closed
   */
  public Optional<Duration> maximumTimeToResolution() {
    return times.isEmpty() ? Optional.empty() : Optional.of(times.get(times.size() - 1));
  }

  /**
   * The share of decided processes ruled by the centre.
   *
   * @return 0 to 1, or empty if none is decided (a share of nothing is not 0)
   */
  public OptionalDouble shareDecidedByCentre() {
    return decided == 0 ? OptionalDouble.empty()
        : OptionalDouble.of((double) decidedByCentre / decided);
  }

  /**
   * The share of closed processes that were escalated at least once.
   *
   * @return 0 to 1, or empty if none is closed (a share of nothing is not 0)
   */
  public OptionalDouble shareEscalated() {
    int closed = decided + withdrawn;
    return closed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) escalated / closed);
  }

  /**
   * The model's conflicts for which no process was given.
   *
   * @return their ids
   */
  public List<ConflictId> unprocessed() {
    return unprocessed;
  }

  @Override
  public String toString() {
    return "ConflictStatistics[processes=" + processes + ", decided=" + decided + ", withdrawn="
        + withdrawn + ", open=" + open + ", median=" + medianTimeToResolution().orElse(null)
        + ", centre=" + shareDecidedByCentre() + ", escalated=" + shareEscalated() + "]";
  }
}
