package org.sharedoutcomes.graph.resilience;

import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.RoleTarget;

/**
 * What is at risk if one agency fails. Immutable and thread-safe.
 *
 * @param agency the failing agency
 * @param orphaned commitments and outcomes on which every ACCOUNTABLE or RESPONSIBLE party is the
 *     agency or one of its people (so none would be left), in id order
 * @param losingContributor commitments and outcomes not orphaned on which the agency or one of
 *     its people holds a contributing role ({@link org.sharedoutcomes.core.Role#isContributing()})
 *     or ACCOUNTABLE, in id order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FailureImpact(AgencyId agency, Set<RoleTarget> orphaned,
    Set<RoleTarget> losingContributor) {
  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public FailureImpact {
    Objects.requireNonNull(agency, "failure impact agency must not be null");
    orphaned = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(
        Objects.requireNonNull(orphaned, "failure impact orphaned must not be null")));
    losingContributor = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(
        Objects.requireNonNull(losingContributor,
            "failure impact losingContributor must not be null")));
  }

  /**
   * Whether the failure leaves nothing orphaned and takes no contributor away.
   *
   * @return true if both sets are empty
   */
  public boolean isHarmless() {
    return orphaned.isEmpty() && losingContributor.isEmpty();
  }
}
