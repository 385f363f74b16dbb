package org.sharedoutcomes.core.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.DeliveryAssessment;
import org.sharedoutcomes.core.Rating;
import org.sharedoutcomes.core.internal.Checks;

/**
 * The derived status and likelihood of delivery of a commitment at a date, beside the latest
 * human {@link DeliveryAssessment}, which is never overwritten. Immutable and thread-safe.
 *
 * @param commitment the commitment
 * @param asOf the date of the assessment
 * @param status the status derived from its indicators, milestones and due date
 * @param score the weighted mean gap closed of its numeric, aggregable indicators, if any
 * @param likelihood the derived likelihood of delivery, {@link Rating#GREEN} to
 *     {@link Rating#RED} (never {@link Rating#EXEMPT})
 * @param reasons why: which indicator at which variance, which late milestone, which date
 *     missed
 * @param assessment the latest human assessment on or before the date, if any
 * @param disagreement true if the human rating and the derived one are at least
 *     {@link ProgressOptions#disagreementSteps()} steps apart
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CommitmentProgress(
    CommitmentId commitment,
    LocalDate asOf,
    ProgressStatus status,
    OptionalDouble score,
    Rating likelihood,
    List<String> reasons,
    Optional<DeliveryAssessment> assessment,
    boolean disagreement) {

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public CommitmentProgress {
    Checks.notNull(commitment, "commitment progress commitment");
    // the context is built only when a check fails: a million of these in a model
    Supplier<String> where = () -> "progress of commitment '" + commitment + "' ";
    Checks.notNull(asOf, where, "asOf");
    Checks.notNull(status, where, "status");
    Checks.notNull(score, where, "score");
    Checks.notNull(likelihood, where, "likelihood");
    reasons = Checks.list(reasons, where, "reasons");
    Checks.optional(assessment, where, "assessment");
  }
}
