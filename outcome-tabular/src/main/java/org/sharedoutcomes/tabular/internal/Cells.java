package org.sharedoutcomes.tabular.internal;

import org.apiguardian.api.API;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.Direction;

/** Reads typed values from cell text. Stateless and thread-safe. */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class Cells {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Map<String, CommitmentStatus> STATUSES = new LinkedHashMap<>();
  private static final Map<String, Direction> DIRECTIONS = new LinkedHashMap<>();

  static {
    STATUSES.put("completed fully met", CommitmentStatus.COMPLETED_FULLY_MET);
    STATUSES.put("completed modified", CommitmentStatus.COMPLETED_MODIFIED);
    STATUSES.put("underway on track", CommitmentStatus.UNDERWAY_ON_TRACK);
    STATUSES.put("underway with challenges", CommitmentStatus.UNDERWAY_WITH_CHALLENGES);
    STATUSES.put("not being pursued", CommitmentStatus.NOT_BEING_PURSUED);
    STATUSES.put("ongoing", CommitmentStatus.ONGOING);
    STATUSES.put("on going", CommitmentStatus.ONGOING);
    STATUSES.put("not started", CommitmentStatus.NOT_STARTED);
    STATUSES.put("superseded", CommitmentStatus.SUPERSEDED);
    for (CommitmentStatus s : CommitmentStatus.values()) {
      STATUSES.putIfAbsent(s.name().toLowerCase(Locale.ROOT).replace('_', ' '), s);
    }
    for (String a : new String[] {"ascending", "up", "higher", "higher is better", "1",
        "true", "increase"}) {
      DIRECTIONS.put(a, Direction.ASCENDING);
    }
    for (String d : new String[] {"descending", "down", "lower", "lower is better", "0",
        "false", "decrease"}) {
      DIRECTIONS.put(d, Direction.DESCENDING);
    }
  }

  private Cells() {}

  private static String letters(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  /**
   * A status from a tracker label or a status name.
   *
   * @param text the cell
   * @return the status, if known
   */
  public static Optional<CommitmentStatus> status(String text) {
    return Optional.ofNullable(STATUSES.get(letters(text)));
  }

  /**
   * The labels {@link #status(String)} knows, for messages.
   *
   * @return the labels
   */
  public static String statusLabels() {
    return "Completed - fully met, Completed - modified, Underway - on track, Underway - with "
        + "challenges, Not being pursued, On-going, Not started, Superseded (or a status name)";
  }

  /**
   * A direction.
   *
   * @param text the cell
   * @return the direction, if known
   */
  public static Optional<Direction> direction(String text) {
    return Optional.ofNullable(DIRECTIONS.get(letters(text)));
  }

  /**
   * A number, or empty if the text is not a plain decimal number.
   *
   * @param text the stripped cell
   * @return the number
   */
  public static Optional<Double> number(String text) {
    String t = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
    if (t.length() > 100 || !NUMBER.matcher(t).matches()) {
      return Optional.empty();
    }
    double v = Double.parseDouble(t);
    return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
  }

  /**
   * A date: ISO, or a year read as its last (or first) day.
   *
   * @param text the stripped cell
   * @param firstDay whether a year means its first day rather than its last
   * @return the date, or empty if the text is neither
   */
  public static Optional<LocalDate> date(String text, boolean firstDay) {
    try {
      if (YEAR.matcher(text).matches()) {
        int y = Integer.parseInt(text);
        return Optional.of(firstDay ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31));
      }
      if (text.length() > 20) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
