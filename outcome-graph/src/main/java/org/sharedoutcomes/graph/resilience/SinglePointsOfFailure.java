package org.sharedoutcomes.graph.resilience;

import java.util.ArrayDeque;
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
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.RoleTarget;
import org.sharedoutcomes.core.internal.Lazy;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.delivery.DeliveryChain;
import org.sharedoutcomes.graph.delivery.DeliveryChains;

/**
 * Single points of failure of a model: the articulation points and bridges of its collaboration
 * network ({@link Connectivity}), and for any failing agency what is at risk
 * ({@link FailureImpact}): the commitments and outcomes it would leave without an accountable
 * or responsible party (orphaned) and those that would lose a contributor; the commitments that
 * depend on an orphaned one, transitively, each with a shortest dependency path (one
 * breadth-first search backwards along DEPENDS_ON from all orphaned commitments at once); the
 * outcomes whose every serving commitment is orphaned or such a dependent; the indicators whose
 * data owner it is; and the {@link DeliveryChains delivery chains} with a step in it.
 *
 * <p>Connectivity is {@code O(V + E)} on the collaboration network; the impact of one agency is
 * {@code O(r + C + D + S)} for the {@code r} role assignments on the commitments and outcomes it
 * holds roles on, and the commitments, dependencies and SERVES links reached;
 * {@link #impacts()} repeats it for every agency. Role date spans are ignored: a role is
 * counted if the model holds it. Validates in the constructor, computes on first use; results
 * are unmodifiable. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SinglePointsOfFailure {
  private final AccountabilityGraph graph;
  private final Connectivity<AgencyId> connectivity;
  private final Lazy<Map<AgencyId, List<PartyId>>> people = Lazy.of(this::groupPeople);
  private final Lazy<Map<AgencyId, List<DeliveryChain>>> chains = Lazy.of(this::groupChains);
  private final Lazy<Map<AgencyId, List<IndicatorId>>> owned = Lazy.of(this::groupOwned);
  private final Lazy<Map<AgencyId, FailureImpact>> impacts = Lazy.of(this::computeImpacts);

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

  private Map<AgencyId, List<PartyId>> groupPeople() {
    Map<AgencyId, List<PartyId>> m = new HashMap<>();
    for (Person person : graph.model().persons()) {
      m.computeIfAbsent(person.agency(), k -> new ArrayList<>()).add(person.id());
    }
    return m;
  }

  private Map<AgencyId, List<DeliveryChain>> groupChains() {
    Map<AgencyId, List<DeliveryChain>> m = new HashMap<>();
    for (DeliveryChain ch : new DeliveryChains(graph).chains()) {
      Set<AgencyId> seen = new java.util.HashSet<>();
      for (DeliveryChain.Step s : ch.steps()) {
        if (seen.add(s.agency())) {
          m.computeIfAbsent(s.agency(), k -> new ArrayList<>()).add(ch);
        }
      }
    }
    return m;
  }

  private Map<AgencyId, List<IndicatorId>> groupOwned() {
    Map<AgencyId, List<IndicatorId>> m = new HashMap<>();
    for (Indicator i : graph.model().indicators()) {
      i.dataOwner().ifPresent(a -> m.computeIfAbsent(a, k -> new ArrayList<>()).add(i.id()));
    }
    return m;
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
    parties.addAll(people.get().getOrDefault(agency, List.of()));
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
    Map<CommitmentId, List<CommitmentId>> dependents = dependents(model, orphaned);
    Set<OutcomeId> unserved = unserved(model, orphaned, dependents.keySet());
    return new FailureImpact(agency, orphaned, losing, dependents, unserved,
        new LinkedHashSet<>(owned.get().getOrDefault(agency, List.of())),
        chains.get().getOrDefault(agency, List.of()));
  }

  /** Multi-source BFS backwards along DEPENDS_ON from the orphaned commitments. */
  private static Map<CommitmentId, List<CommitmentId>> dependents(OutcomeModel model,
      Set<RoleTarget> orphaned) {
    Map<CommitmentId, CommitmentId> via = new HashMap<>();
    Set<CommitmentId> seen = new java.util.HashSet<>();
    ArrayDeque<CommitmentId> queue = new ArrayDeque<>();
    for (RoleTarget t : orphaned) {
      if (t instanceof CommitmentId c) {
        seen.add(c);
        queue.add(c);
      }
    }
    Map<CommitmentId, List<CommitmentId>> out = new LinkedHashMap<>();
    while (!queue.isEmpty()) {
      CommitmentId c = queue.poll();
      for (Commitment d : model.dependentsOf(c)) {
        if (seen.add(d.id())) {
          via.put(d.id(), c);
          queue.add(d.id());
          List<CommitmentId> path = new ArrayList<>();
          for (CommitmentId x = d.id(); x != null; x = via.get(x)) {
            path.add(x);
          }
          out.put(d.id(), path);
        }
      }
    }
    return out;
  }

  private static Set<OutcomeId> unserved(OutcomeModel model, Set<RoleTarget> orphaned,
      Set<CommitmentId> dependents) {
    Set<OutcomeId> candidates = new java.util.HashSet<>();
    for (RoleTarget t : orphaned) {
      if (t instanceof CommitmentId c) {
        model.commitment(c).ifPresent(x -> candidates.addAll(x.outcomes()));
      }
    }
    for (CommitmentId c : dependents) {
      model.commitment(c).ifPresent(x -> candidates.addAll(x.outcomes()));
    }
    Set<OutcomeId> out = new LinkedHashSet<>();
    if (candidates.isEmpty()) {
      return out;
    }
    for (Outcome o : model.outcomes()) {
      if (!candidates.contains(o.id())) {
        continue;
      }
      List<Commitment> serving = model.commitmentsServing(o.id());
      boolean all = !serving.isEmpty();
      for (Commitment c : serving) {
        if (!orphaned.contains(c.id()) && !dependents.contains(c.id())) {
          all = false;
          break;
        }
      }
      if (all) {
        out.add(o.id());
      }
    }
    return out;
  }

  /**
   * The impact of every agency whose failure is not harmless.
   *
   * @return unmodifiable map in the model's agency order
   */
  public Map<AgencyId, FailureImpact> impacts() {
    return impacts.get();
  }

  private Map<AgencyId, FailureImpact> computeImpacts() {
    Map<AgencyId, FailureImpact> m = new LinkedHashMap<>();
    for (org.sharedoutcomes.core.Agency a : graph.model().agencies()) {
      FailureImpact i = impactOf(a.id());
      if (!i.isHarmless()) {
        m.put(a.id(), i);
      }
    }
    return Collections.unmodifiableMap(m);
  }
}
