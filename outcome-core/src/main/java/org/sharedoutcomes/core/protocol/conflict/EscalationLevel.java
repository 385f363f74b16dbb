package org.sharedoutcomes.core.protocol.conflict;

import java.time.Duration;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * One rung of an escalation ladder: a named level with its own time box, and whether the
 * centre (delivery unit) decides there. Immutable and thread-safe.
 *
 * @param name the level's name, such as {@code "deputy heads"}, not blank
 * @param timeBox how long the level has to decide, positive
 * @param centre whether the centre decides at this level
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EscalationLevel(String name, Duration timeBox, boolean centre) {
  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if the name is blank or the time box not positive
   */
  public EscalationLevel {
    Checks.text(name, "escalation level name");
    Checks.notNull(timeBox, "escalation level '" + name + "' timeBox");
    if (timeBox.isNegative() || timeBox.isZero()) {
      throw new IllegalArgumentException(
          "escalation level '" + name + "' time box is " + timeBox + "; it must be positive");
    }
  }

  /**
   * A level outside the centre.
   *
   * @param name the name
   * @param timeBox the time box
   * @return the level
   */
  public static EscalationLevel of(String name, Duration timeBox) {
    return new EscalationLevel(name, timeBox, false);
  }

  /**
   * A level where the centre decides.
   *
   * @param name the name
   * @param timeBox the time box
   * @return the level
   */
  public static EscalationLevel centre(String name, Duration timeBox) {
    return new EscalationLevel(name, timeBox, true);
  }
}
