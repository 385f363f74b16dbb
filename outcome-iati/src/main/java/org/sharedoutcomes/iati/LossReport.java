package org.sharedoutcomes.iati;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a read did not carry into the model as a first-class field, so that nothing is lost
 * silently: every IATI element or attribute that was kept only as an entity attribute, dropped,
 * or not yet modelled, with counts and the first locations; every malformed activity that was
 * skipped; and every data-quality warning.
 *
 * <p>Immutable and thread-safe. The lists are bounded (see {@link IatiReader.Builder#maxListed})
 * while the counts are exact, so a report on a multi-gigabyte file stays small.
 *
 * @param source the name of the source read (a file name, or several joined by commas)
 * @param activitiesRead how many activities were read and mapped
 * @param losses the losses, sorted by path, disposition and note
 * @param malformed the malformed activities skipped, in input order (at most the first
 *     {@code maxListed})
 * @param malformedCount how many activities were skipped as malformed
 * @param warnings the data-quality warnings, in input order (at most the first
 *     {@code maxListed})
 * @param warningCounts how many warnings of each {@link Warning#code()}, sorted by code
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record LossReport(
    String source,
    long activitiesRead,
    List<Loss> losses,
    List<MalformedActivity> malformed,
    long malformedCount,
    List<Warning> warnings,
    Map<String, Long> warningCounts) {

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public LossReport {
    Objects.requireNonNull(source, "source");
    losses = List.copyOf(losses);
    malformed = List.copyOf(malformed);
    warnings = List.copyOf(warnings);
    warningCounts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(warningCounts));
  }

  /** What became of an element or attribute that is not a first-class field of the model. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public enum Disposition {
    /** Kept, as a string attribute of an entity (the entity and key are in the note). */
    KEPT_AS_ATTRIBUTE,
    /** Not carried into the model at all. */
    DROPPED,
    /**
     * Summarised because the model has no place for it yet. The standard mapping no longer
     * produces it (transactions and budgets are contributions); kept for custom mappings.
     */
    NOT_YET_MODELLED
  }

  /**
   * Where something was found.
   *
   * @param line the line, 1-based
   * @param path an XPath-like path with positions, such as
   *     {@code /iati-activities/iati-activity[2]/result[1]/indicator[1]/baseline[2]}
   * @param activity the iati-identifier of the activity, or {@code ""} when unknown
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Location(int line, String path, String activity) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Location {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(activity, "activity");
    }

    @Override
    public String toString() {
      return "line " + line + " " + path + (activity.isEmpty() ? "" : " (" + activity + ")");
    }
  }

  /**
   * One kind of loss: an element or attribute path and what became of it.
   *
   * @param path the path without positions, such as
   *     {@code /iati-activities/iati-activity/sector/@vocabulary}; {@code text()} for text
   * @param disposition what became of it
   * @param note where it was kept (the attribute key) or why it was dropped
   * @param count how many times it occurred
   * @param first the first few locations, in input order
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Loss(
      String path, Disposition disposition, String note, long count, List<Location> first) {
    /**
     * Checks and copies the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Loss {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(disposition, "disposition");
      Objects.requireNonNull(note, "note");
      first = List.copyOf(first);
    }
  }

  /**
   * An activity skipped because it could not be mapped.
   *
   * @param identifier its iati-identifier, or {@code ""} if it has none
   * @param line the line where the activity starts
   * @param reason what is wrong and where, such as
   *     {@code "bad date '2020-13-01' in activity-date/@iso-date at line 12"}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record MalformedActivity(String identifier, int line, String reason) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public MalformedActivity {
      Objects.requireNonNull(identifier, "identifier");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A data-quality problem the reader could see, with the data read as published.
   *
   * @param code a stable code, such as {@code "descending-count-achieved-at-zero"}
   * @param location where
   * @param message what is suspicious and what it may mean
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Warning(String code, Location location, String message) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Warning {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * The losses of a path with a disposition (one per note).
   *
   * @param path a path without positions
   * @param disposition the disposition
   * @return the losses, possibly none
   */
  public List<Loss> losses(String path, Disposition disposition) {
    return losses.stream()
        .filter(l -> l.path().equals(path) && l.disposition() == disposition)
        .toList();
  }

  /**
   * How many times a path was lost with a disposition, over every note.
   *
   * @param path a path without positions
   * @param disposition the disposition
   * @return the count, 0 if none
   */
  public long count(String path, Disposition disposition) {
    return losses(path, disposition).stream().mapToLong(Loss::count).sum();
  }

  /**
   * How many warnings of a code were raised.
   *
   * @param code the warning code
   * @return the count, 0 if none
   */
  public long warningCount(String code) {
    return warningCounts.getOrDefault(code, 0L);
  }

  /**
   * Whether nothing was lost, skipped or warned about.
   *
   * @return true for a clean read
   */
  public boolean isClean() {
    return losses.isEmpty() && malformedCount == 0 && warningCounts.isEmpty();
  }

  /**
   * A plain-text summary, one line per loss, malformed activity and warning code.
   *
   * @return the summary
   */
  public String summary() {
    StringBuilder b = new StringBuilder();
    b.append(source).append(": ").append(activitiesRead).append(" activities read, ")
        .append(malformedCount).append(" malformed\n");
    for (Loss l : losses) {
      b.append(l.disposition()).append(' ').append(l.path()).append(" x").append(l.count());
      if (!l.note().isEmpty()) {
        b.append(" (").append(l.note()).append(')');
      }
      if (!l.first().isEmpty()) {
        b.append(" first at ").append(l.first().get(0));
      }
      b.append('\n');
    }
    for (MalformedActivity m : malformed) {
      b.append("MALFORMED '").append(m.identifier()).append("' line ").append(m.line())
          .append(": ").append(m.reason()).append('\n');
    }
    warningCounts.forEach((code, n) -> b.append("WARNING ").append(code).append(" x").append(n)
        .append('\n'));
    return b.toString();
  }
}
