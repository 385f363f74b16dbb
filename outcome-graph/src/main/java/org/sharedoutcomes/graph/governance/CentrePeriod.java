package org.sharedoutcomes.graph.governance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The centre's share of one period. Immutable and thread-safe.
 *
 * @param start the first day of the period
 * @param end the last day of the period
 * @param roleEdges role edges (accountable-for, responsible-for, contributes-to) active in the
 *     period
 * @param centreRoleEdges of those, the ones held by the centre or its people
 * @param interventions interventions dated in the period
 * @param centreInterventions of those, the ones made by the centre
 * @param directive directive interventions in the period
 * @param supportive supportive interventions in the period
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CentrePeriod(LocalDate start, LocalDate end, int roleEdges, int centreRoleEdges,
    int interventions, int centreInterventions, int directive, int supportive) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a date is null
   * @throws IllegalArgumentException if {@code end} is before {@code start} or a count is
   *     negative or larger than its total
   */
  public CentrePeriod {
    Objects.requireNonNull(start, "period start must not be null");
    Objects.requireNonNull(end, "period end must not be null");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period end " + end + " is before its start " + start);
    }
    if (roleEdges < 0 || centreRoleEdges < 0 || centreRoleEdges > roleEdges || interventions < 0
        || centreInterventions < 0 || centreInterventions > interventions || directive < 0
        || supportive < 0 || directive + supportive > interventions) {
      throw new IllegalArgumentException("period " + start + ".." + end
          + " counts are inconsistent: roleEdges " + roleEdges + ", centreRoleEdges "
          + centreRoleEdges + ", interventions " + interventions + ", centreInterventions "
          + centreInterventions + ", directive " + directive + ", supportive " + supportive);
    }
  }

  /**
   * The centre's share of the role edges active in the period.
   *
   * @return a share in [0, 1], or empty if no role edge was active
   */
  public Optional<Double> edgeShare() {
    return roleEdges == 0 ? Optional.empty() : Optional.of((double) centreRoleEdges / roleEdges);
  }

  /**
   * The centre's share of the interventions of the period.
   *
   * @return a share in [0, 1], or empty if there were none
   */
  public Optional<Double> interventionShare() {
    return interventions == 0 ? Optional.empty()
        : Optional.of((double) centreInterventions / interventions);
  }

  /**
   * The share of directives among directive and supportive acts: 1 is pure control, 0 pure
   * "Can we help?".
   *
   * @return a share in [0, 1], or empty if there were neither
   */
  public Optional<Double> directiveShare() {
    int both = directive + supportive;
    return both == 0 ? Optional.empty() : Optional.of((double) directive / both);
  }
}
