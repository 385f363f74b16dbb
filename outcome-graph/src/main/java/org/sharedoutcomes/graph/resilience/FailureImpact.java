package org.sharedoutcomes.graph.resilience;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.RoleTarget;
import org.sharedoutcomes.graph.delivery.DeliveryChain;

/**
 * What is at risk if one agency fails, directly and transitively. Made by
 * {@link SinglePointsOfFailure#impactOf}; immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FailureImpact {
  private final AgencyId agency;
  private final Set<RoleTarget> orphaned;
  private final Set<RoleTarget> losingContributor;
  private final Map<CommitmentId, List<CommitmentId>> dependents;
  private final Set<OutcomeId> unservedOutcomes;
  private final Set<IndicatorId> ownerlessIndicators;
  private final List<DeliveryChain> brokenChains;

  FailureImpact(AgencyId agency, Set<RoleTarget> orphaned, Set<RoleTarget> losingContributor,
      Map<CommitmentId, List<CommitmentId>> dependents, Set<OutcomeId> unservedOutcomes,
      Set<IndicatorId> ownerlessIndicators, List<DeliveryChain> brokenChains) {
    this.agency = Objects.requireNonNull(agency, "failure impact agency must not be null");
    this.orphaned = Collections.unmodifiableSet(new LinkedHashSet<>(orphaned));
    this.losingContributor = Collections.unmodifiableSet(new LinkedHashSet<>(losingContributor));
    Map<CommitmentId, List<CommitmentId>> d = new LinkedHashMap<>();
    dependents.forEach((k, v) -> d.put(k, List.copyOf(v)));
    this.dependents = Collections.unmodifiableMap(d);
    this.unservedOutcomes = Collections.unmodifiableSet(new LinkedHashSet<>(unservedOutcomes));
    this.ownerlessIndicators =
        Collections.unmodifiableSet(new LinkedHashSet<>(ownerlessIndicators));
    this.brokenChains = List.copyOf(brokenChains);
  }

  /**
   * The failing agency.
   *
   * @return the agency
   */
  public AgencyId agency() {
    return agency;
  }

  /**
   * Commitments and outcomes on which every ACCOUNTABLE or RESPONSIBLE party is the agency or
   * one of its people, so none would be left.
   *
   * @return unmodifiable set, in id order
   */
  public Set<RoleTarget> orphaned() {
    return orphaned;
  }

  /**
   * Commitments and outcomes not orphaned on which the agency or one of its people holds a
   * contributing role ({@link org.sharedoutcomes.core.Role#isContributing()}) or ACCOUNTABLE.
   *
   * @return unmodifiable set, in id order
   */
  public Set<RoleTarget> losingContributor() {
    return losingContributor;
  }

  /**
   * Commitments that depend, directly or transitively, on an orphaned commitment, and are not
   * orphaned themselves; each with a shortest dependency path from it to an orphaned commitment
   * (the dependent first, the orphaned commitment last; every step is a DEPENDS_ON).
   *
   * @return unmodifiable map, nearest first (breadth-first order)
   */
  public Map<CommitmentId, List<CommitmentId>> dependents() {
    return dependents;
  }

  /**
   * Outcomes served by at least one commitment, every one of which is orphaned or a dependent.
   *
   * @return unmodifiable set, in the model's outcome order
   */
  public Set<OutcomeId> unservedOutcomes() {
    return unservedOutcomes;
  }

  /**
   * Indicators whose data owner is the agency, left without one.
   *
   * @return unmodifiable set, in the model's indicator order
   */
  public Set<IndicatorId> ownerlessIndicators() {
    return ownerlessIndicators;
  }

  /**
   * The delivery chains ({@link org.sharedoutcomes.graph.delivery.DeliveryChains}) with a step
   * in the agency or one of its people.
   *
   * @return unmodifiable list, in the chains' order
   */
  public List<DeliveryChain> brokenChains() {
    return brokenChains;
  }

  /**
   * Whether the failure puts nothing at risk.
   *
   * @return true if every part of the impact is empty
   */
  public boolean isHarmless() {
    return orphaned.isEmpty() && losingContributor.isEmpty() && dependents.isEmpty()
        && unservedOutcomes.isEmpty() && ownerlessIndicators.isEmpty() && brokenChains.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FailureImpact f && agency.equals(f.agency) && orphaned.equals(f.orphaned)
        && losingContributor.equals(f.losingContributor) && dependents.equals(f.dependents)
        && unservedOutcomes.equals(f.unservedOutcomes)
        && ownerlessIndicators.equals(f.ownerlessIndicators)
        && brokenChains.equals(f.brokenChains);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agency, orphaned, losingContributor, dependents, unservedOutcomes,
        ownerlessIndicators, brokenChains);
  }

  @Override
  public String toString() {
    return "FailureImpact[" + agency + ": orphaned=" + orphaned + ", losingContributor="
        + losingContributor + ", dependents=" + dependents.keySet() + ", unservedOutcomes="
        + unservedOutcomes + ", ownerlessIndicators=" + ownerlessIndicators + ", brokenChains="
        + brokenChains.size() + "]";
  }
}
