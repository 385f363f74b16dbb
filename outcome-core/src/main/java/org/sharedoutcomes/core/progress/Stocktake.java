package org.sharedoutcomes.core.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.internal.Checks;

/**
 * A stocktake of one agency (after Barber's delivery-unit stocktakes): the commitments it is
 * accountable for, directly or through its people, their derived status and likelihood of
 * delivery beside the human assessment, the trend since the previous stocktake, and the
 * commitments where the centre should offer help ("Can we help?"). Immutable and thread-safe.
 *
 * <pre>{@code
 * Stocktake june = Stocktake.of(ProgressTracker.of(model, LocalDate.of(2026, 6, 30)), esdc);
 * Stocktake sept = Stocktake.of(ProgressTracker.of(model, LocalDate.of(2026, 9, 30)), esdc, june);
 * sept.canWeHelp();   // [ccb] ...
 * }</pre>
 *
 * @param agency the agency
 * @param asOf the date of the stocktake
 * @param entries one entry per commitment it is accountable for, by commitment id
 * @param canWeHelp the commitments where the centre should offer help, by id
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Stocktake(
    AgencyId agency,
    LocalDate asOf,
    List<StocktakeEntry> entries,
    List<CommitmentId> canWeHelp) {

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public Stocktake {
    Checks.notNull(agency, "stocktake agency");
    // the context is built only if a check fails
    Supplier<String> where = () -> "stocktake of '" + agency + "' ";
    Checks.notNull(asOf, where, "asOf");
    entries = Checks.list(entries, where, "entries");
    canWeHelp = Checks.list(canWeHelp, where, "canWeHelp");
  }

  /**
   * The first stocktake of an agency: every trend is {@link Trend#UNKNOWN}.
   *
   * @param tracker the progress at the stocktake's date
   * @param agency the agency
   * @return the stocktake
   * @throws IllegalArgumentException if the model has no such agency
   */
  public static Stocktake of(ProgressTracker tracker, AgencyId agency) {
    return build(tracker, agency, Optional.empty());
  }

  /**
   * A stocktake of an agency compared with its previous one.
   *
   * @param tracker the progress at the stocktake's date
   * @param agency the agency
   * @param previous the previous stocktake of the same agency
   * @return the stocktake
   * @throws NullPointerException naming the argument that is null
   * @throws IllegalArgumentException if the model has no such agency, or the previous
   *     stocktake is of another agency or not earlier
   */
  public static Stocktake of(ProgressTracker tracker, AgencyId agency, Stocktake previous) {
    Checks.notNull(tracker, "tracker");
    Checks.notNull(agency, "agency");
    Checks.notNull(previous, "previous stocktake");
    if (!previous.agency().equals(agency)) {
      throw new IllegalArgumentException("previous stocktake is of agency '"
          + previous.agency() + "', not '" + agency + "'");
    }
    if (!previous.asOf().isBefore(tracker.asOf())) {
      throw new IllegalArgumentException("previous stocktake of '" + agency + "' on "
          + previous.asOf() + " is not before " + tracker.asOf());
    }
    return build(tracker, agency, Optional.of(previous));
  }

  private static Stocktake build(
      ProgressTracker tracker, AgencyId agency, Optional<Stocktake> previous) {
    Checks.notNull(tracker, "tracker");
    Checks.notNull(agency, "agency");
    if (tracker.baseModel().agency(agency).isEmpty()) {
      throw new IllegalArgumentException("the model has no agency '" + agency + "'");
    }
    Map<CommitmentId, ProgressStatus> before = new HashMap<>();
    previous.ifPresent(p -> p.entries().forEach(
        e -> before.put(e.progress().commitment(), e.progress().status())));
    List<StocktakeEntry> entries = new ArrayList<>();
    List<CommitmentId> help = new ArrayList<>();
    for (CommitmentId id : tracker.accountableFor(agency)) {
      CommitmentProgress p = tracker.commitment(id);
      Optional<ProgressStatus> was = Optional.ofNullable(before.get(id));
      Trend trend = was.map(w -> trend(w, p.status())).orElse(Trend.UNKNOWN);
      boolean canHelp = StocktakeEntry.needsHelp(p);
      entries.add(new StocktakeEntry(p, was, trend, canHelp));
      if (canHelp) {
        help.add(id);
      }
    }
    return new Stocktake(agency, tracker.asOf(), entries, help);
  }

  private static Trend trend(ProgressStatus was, ProgressStatus now) {
    if (was.rank() < 0 || now.rank() < 0) { // no data, or not yet due: nothing to compare
      return Trend.UNKNOWN;
    }
    int d = Integer.compare(now.rank(), was.rank());
    return d < 0 ? Trend.IMPROVING : d > 0 ? Trend.WORSENING : Trend.STEADY;
  }
}
