package org.sharedoutcomes.core.progress;

import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.internal.Checks;

/**
 * The rolled-up progress of an outcome at a date, from the commitments serving it, its child
 * outcomes and the indicators measuring it directly. Immutable and thread-safe.
 *
 * <p>Roll-up rules (see {@code docs/progress.md}): the status is the weighted mean of the
 * children's badness (achieved and on track 0, at risk 1, off track 2) over children with
 * data: below 0.5 on track, below 1.5 at risk, else off track; achieved only if every child
 * is achieved, each ordinal indicator counted (a child with no data or not yet due keeps it
 * from being achieved: it is judged on the others); no data if no child has a verdict, not yet
 * due if none has one and some are not yet due. Ordinal, qualitative, nominal and
 * non-aggregable indicators join the badness as one child whose status is their worst or
 * median ({@link OrdinalRollup}). The score is the weighted mean of the children's scores (gap closed)
 * and never includes those indicators.
 *
 * @param outcome the outcome
 * @param asOf the date of the assessment
 * @param status the rolled-up status
 * @param score the weighted mean score of its children, if any has one
 * @param children how many children it has
 * @param childrenWithData how many of them have a verdict: a status other than no data and
 *     not yet due
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record OutcomeProgress(
    OutcomeId outcome,
    LocalDate asOf,
    ProgressStatus status,
    OptionalDouble score,
    int children,
    int childrenWithData) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the counts are negative or inconsistent
   */
  public OutcomeProgress {
    Checks.notNull(outcome, "outcome progress outcome");
    // the context is built only if a check fails
    Supplier<String> where = () -> "progress of outcome '" + outcome + "' ";
    Checks.notNull(asOf, where, "asOf");
    Checks.notNull(status, where, "status");
    Checks.notNull(score, where, "score");
    if (children < 0 || childrenWithData < 0 || childrenWithData > children) {
      throw new IllegalArgumentException("progress of outcome '" + outcome
          + "' has inconsistent counts: " + childrenWithData + " with data of " + children);
    }
  }
}
