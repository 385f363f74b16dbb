package org.sharedoutcomes.graph;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The kinds of model element that give edges of an {@link AccountabilityGraph}, each with the
 * model list an {@link Origin}'s index points into. outcome-core's {@code EntityKind} has no
 * constant for a contribution, so the graph names its facts with this enum.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum FactKind {
  /** An agency ({@code model.agencies()}): REPORTS_TO, ASSUMED_REPORTS_TO. */
  AGENCY,
  /** A person ({@code model.persons()}): MEMBER_OF. */
  PERSON,
  /** An outcome ({@code model.outcomes()}): PART_OF. */
  OUTCOME,
  /** A commitment ({@code model.commitments()}): SERVES, DEPENDS_ON. */
  COMMITMENT,
  /** An indicator ({@code model.indicators()}): MEASURES, OWNS_DATA. */
  INDICATOR,
  /** A data-sharing agreement ({@code model.agreements()}): SHARES_DATA. */
  AGREEMENT,
  /** A role assignment ({@code model.roles()}): the role relations. */
  ROLE_ASSIGNMENT,
  /** An intervention ({@code model.interventions()}): SUPPORTS, CHALLENGES, DIRECTS, MONITORS. */
  INTERVENTION,
  /** A contribution ({@code model.contributions()}): PROVIDES. */
  CONTRIBUTION;

  /**
   * The kind in lower case with spaces ({@code "role assignment"}).
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
