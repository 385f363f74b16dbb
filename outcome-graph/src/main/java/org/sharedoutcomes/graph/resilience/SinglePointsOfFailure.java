package org.sharedoutcomes.graph.resilience;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.RoleTarget;
import org.sharedoutcomes.graph.AccountabilityGraph;

/**
 * Single points of failure of a model: the articulation points and bridges of its collaboration
 * network ({@link Connectivity}), and for any failing agency what it would leave without an
 * accountable or responsible party and what would lose a contributor ({@link FailureImpact}).
 *
 * <p>Connectivity is {@code O(V + E)} on the collaboration network; the impact of one agency is
 * {@code O(r)} for the {@code r} role assignments on the commitments and outcomes it holds roles
 * on; {@link #impacts()} is {@code O(A · r)} overall. Role date spans are ignored: a role is
 * counted if the model holds it. Validates in the constructor, computes on first use; results
 * are unmodifiable. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SinglePointsOfFailure {
  private final AccountabilityGraph graph;
  private final Connectivity<AgencyId> connectivity;
  private volatile @Nullable Map<AgencyId, List<PartyId>> people;
  private volatile @Nullable Map<AgencyId, FailureImpact> impacts;

  /**
   * The single points of failure of a graph's model.
   *
   * @param graph the accountability graph
   * @throws NullPointerException if {@code graph} is null
   */
  public SinglePointsOfFailure(AccountabilityGraph graph) {
    this.graph = Objects.requireNonNull(graph, "graph must not be null");
    this.connectivity = new Connectivity<>(graph.collaboration());
  }

  /**
   * The agencies whose failure would split the collaboration network.
   *
   * @return unmodifiable set, in id order
   */
  public Set<AgencyId> articulationPoints() {
    return connectivity.articulationPoints();
  }

  /**
   * The collaborations whose end would split the collaboration network.
   *
   * @return unmodifiable list
   */
  public List<Bridge<AgencyId>> bridges() {
    return connectivity.bridges();
  }

  private Map<AgencyId, List<PartyId>> people() {
    Map<AgencyId, List<PartyId>> p = people;
    if (p == null) {
      Map<AgencyId, List<PartyId>> m = new HashMap<>();
      for (Person person : graph.model().persons()) {
        m.computeIfAbsent(person.agency(), k -> new ArrayList<>())
            .add(person.id());
      }
      p = m;
      people = p;
    }
    return p;
  }

  /**
   * What is at risk if an agency fails.
   *
   * @param agency the failing agency
   * @return its impact
   * @throws NullPointerException if {@code agency} is null
   * @throws IllegalArgumentException if the model has no such agency
   */
  public FailureImpact impactOf(AgencyId agency) {
    Objects.requireNonNull(agency, "agency must not be null");
    OutcomeModel model = graph.model();
    if (model.agency(agency).isEmpty()) {
      throw new IllegalArgumentException("the model has no agency '" + agency + "'");
    }
    List<PartyId> parties = new ArrayList<>();
    parties.add(agency);
    parties.addAll(people().getOrDefault(agency, List.of()));
    Set<RoleTarget> targets = new TreeSet<>(EntityId.ORDER);
    for (PartyId party : parties) {
      for (RoleAssignment r : model.rolesHeldBy(party)) {
        targets.add(r.target());
      }
    }
    Set<RoleTarget> orphaned = new LinkedHashSet<>();
    Set<RoleTarget> losing = new LinkedHashSet<>();
    for (RoleTarget t : targets) {
      boolean keyHere = false;
      boolean keyElsewhere = false;
      boolean contributes = false;
      for (RoleAssignment r : model.rolesOn(t)) {
        boolean mine = model.agencyOf(r.party()).equals(agency);
        boolean key = r.role().equals(Role.ACCOUNTABLE) || r.role().equals(Role.RESPONSIBLE);
        if (key) {
          if (mine) {
            keyHere = true;
          } else {
            keyElsewhere = true;
          }
        }
        if (mine && (r.role().isContributing() || r.role().equals(Role.ACCOUNTABLE))) {
          contributes = true;
        }
      }
      if (keyHere && !keyElsewhere) {
        orphaned.add(t);
      } else if (contributes) {
        losing.add(t);
      }
    }
    return new FailureImpact(agency, orphaned, losing);
  }

  /**
   * The impact of every agency whose failure is not harmless.
   *
   * @return unmodifiable map in the model's agency order
   */
  public Map<AgencyId, FailureImpact> impacts() {
    Map<AgencyId, FailureImpact> r = impacts;
    if (r == null) {
      Map<AgencyId, FailureImpact> m = new LinkedHashMap<>();
      for (org.sharedoutcomes.core.Agency a : graph.model().agencies()) {
        FailureImpact i = impactOf(a.id());
        if (!i.isHarmless()) {
          m.put(a.id(), i);
        }
      }
      r = Collections.unmodifiableMap(m);
      impacts = r;
    }
    return r;
  }
}
