package org.sharedoutcomes.core;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * A milestone of a {@link Commitment}: due by a date, done on a date once reached. Immutable and
 * thread-safe.
 *
 * @param name what the milestone is, not blank
 * @param due when it is due
 * @param done when it was reached, if it was
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Milestone(String name, LocalDate due, Optional<LocalDate> done) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if the name is blank
   */
  public Milestone {
    Checks.text(name, "milestone name");
    // the context is built only if a check fails
    Supplier<String> where = () -> "milestone '" + name + "' ";
    Checks.notNull(due, where, "due");
    Checks.optional(done, where, "done");
  }

  /**
   * A milestone not yet reached.
   *
   * @param name the name
   * @param due the due date
   * @return the milestone
   */
  public static Milestone due(String name, LocalDate due) {
    return new Milestone(name, due, Optional.empty());
  }

  /**
   * This milestone, reached on the given date.
   *
   * @param on the date it was reached
   * @return a new milestone
   */
  public Milestone doneOn(LocalDate on) {
    return new Milestone(name, due, Optional.of(Checks.notNull(on, "milestone '" + name + "' done")));
  }

  /**
   * Whether the milestone is late at a date: not done and past due, or done after its due date.
   *
   * @param asOf the date of the assessment
   * @return true if late
   */
  public boolean isLate(LocalDate asOf) {
    Checks.notNull(asOf, "asOf");
    return done.map(d -> d.isAfter(due)).orElse(asOf.isAfter(due));
  }
}
