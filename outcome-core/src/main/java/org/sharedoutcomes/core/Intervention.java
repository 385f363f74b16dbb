package org.sharedoutcomes.core;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * An act of the centre towards an agency, possibly on a commitment: support ("Can we help?"),
 * challenge, a directive, or monitoring. The ratio of directive to supportive acts is a
 * centralization signal. Immutable and thread-safe.
 *
 * @param from the agency acting (usually the centre)
 * @param to the agency acted upon
 * @param commitment the commitment concerned, if any
 * @param kind the kind of act
 * @param date its date
 * @param note what was done, possibly empty
 * @param attributes free string attributes for integrators, sorted by key
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Intervention(
    AgencyId from,
    AgencyId to,
    Optional<CommitmentId> commitment,
    InterventionKind kind,
    LocalDate date,
    String note,
    Map<String, String> attributes) {

  /**
   * The canonical order in a model: by date, then from, to, commitment, kind, note and
   * attributes, so that a model's list of interventions does not depend on the order they were
   * added in.
   */
  public static final Comparator<Intervention> ORDER =
      Comparator.comparing(Intervention::date)
          .thenComparing(Intervention::from)
          .thenComparing(Intervention::to)
          .thenComparing(i -> i.commitment().map(CommitmentId::value).orElse(""))
          .thenComparing(Intervention::kind)
          .thenComparing(Intervention::note)
          .thenComparing(Intervention::attributes, Checks.ATTRIBUTE_ORDER);

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if the agency intervenes on itself
   */
  public Intervention {
    Checks.notNull(from, "intervention from");
    Checks.notNull(to, "intervention to");
    String where = "intervention from '" + from + "' to '" + to + "' ";
    if (from.equals(to)) {
      throw new IllegalArgumentException(where + "must be between two different agencies");
    }
    Checks.optional(commitment, where + "commitment");
    Checks.notNull(kind, where + "kind");
    Checks.notNull(date, where + "date");
    Checks.notNull(note, where + "note");
    attributes = Checks.attributes(attributes, where + "attributes");
  }

  /**
   * An intervention on a commitment, with no attributes.
   *
   * @param from the acting agency
   * @param to the agency acted upon
   * @param commitment the commitment concerned
   * @param kind the kind of act
   * @param date the date
   * @param note what was done
   * @return the intervention
   */
  public static Intervention of(AgencyId from, AgencyId to, CommitmentId commitment,
      InterventionKind kind, LocalDate date, String note) {
    return new Intervention(from, to,
        Optional.of(Checks.notNull(commitment, "intervention commitment")), kind, date, note,
        Map.of());
  }

  /**
   * Whether this act is supportive ({@link InterventionKind#SUPPORT}).
   *
   * @return true if supportive
   */
  public boolean isSupportive() {
    return kind == InterventionKind.SUPPORT;
  }

  /**
   * Whether this act is a directive ({@link InterventionKind#DIRECTIVE}).
   *
   * @return true if directive
   */
  public boolean isDirective() {
    return kind == InterventionKind.DIRECTIVE;
  }
}
