package org.sharedoutcomes.graph.delivery;

import org.sharedoutcomes.core.internal.Lazy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.graph.AccountabilityGraph;

/**
 * Every delivery chain of every commitment: each path from the centre to the front line.
 *
 * <p>For a commitment, the <em>delivery units</em> are the agencies holding
 * {@link Role#DELIVERY_UNIT} on it (directly or through one of their people); if none do, every
 * agency holding DELIVERY_UNIT anywhere in the model. Its <em>front-line agencies</em> are those
 * holding a contributing role on it ({@link Role#isContributing()}: RESPONSIBLE, LEAD,
 * CONTRIBUTOR, FUNDER, IMPLEMENTER, CO_PRODUCER), directly or through one of their people. A
 * chain is a simple path {@code d = a0, a1, ..., ak = f} in which each {@code a(i+1)} reports to
 * {@code a(i)} in the reporting network of {@link AccountabilityGraph} (parents, or the heads of
 * the centre for root agencies). Every such path is listed; front-line agencies with no path
 * from any delivery unit are listed as {@linkplain #unreached() unreached}.
 *
 * <p>Paths are searched upwards from each front-line agency along its reports-to edges, which
 * branch only at root agencies (one edge per head of the centre), so the search costs
 * {@code O(h · p)} per front-line agency for hierarchy depth {@code h} and {@code p} paths.
 * A model without a DELIVERY_UNIT holder, or without commitments, gives no chains and a
 * {@link #reason()}. The notion of a delivery chain follows Barber's "Instruction to Deliver"
 * (2007) and the delivery-unit practice described in the project's domain notes.
 *
 * <p>Validates in the constructor, computes on first use; results are unmodifiable. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DeliveryChains {
  private final AccountabilityGraph graph;
  private final Lazy<Result> result = Lazy.of(() -> compute());

  private record Result(List<DeliveryChain> chains, Map<CommitmentId, Set<AgencyId>> unreached,
      Optional<String> reason) {}

  /**
   * The delivery chains of a graph's model.
   *
   * @param graph the accountability graph
   * @throws NullPointerException if {@code graph} is null
   */
  public DeliveryChains(AccountabilityGraph graph) {
    this.graph = Objects.requireNonNull(graph, "graph must not be null");
  }

  private Result result() {
    return result.get();
  }

  private Result compute() {
    OutcomeModel model = graph.model();
    if (model.commitments().isEmpty()) {
      return new Result(List.of(), Map.of(), Optional.of("the model has no commitments"));
    }
    Set<AgencyId> allUnits = new TreeSet<>();
    for (RoleAssignment r : model.roles()) {
      if (r.role().equals(Role.DELIVERY_UNIT)) {
        allUnits.add(model.agencyOf(r.party()));
      }
    }
    if (allUnits.isEmpty()) {
      return new Result(List.of(), Map.of(),
          Optional.of("the model has no DELIVERY_UNIT holder, so there is no centre to start a"
              + " delivery chain from"));
    }
    Graph<AgencyId, DefaultEdge> rep = graph.reporting();
    List<DeliveryChain> chains = new ArrayList<>();
    Map<CommitmentId, Set<AgencyId>> unreached = new LinkedHashMap<>();
    for (Commitment c : model.commitments()) {
      Set<AgencyId> units = new TreeSet<>();
      Set<AgencyId> front = new TreeSet<>();
      for (RoleAssignment r : model.rolesOn(c.id())) {
        AgencyId a = model.agencyOf(r.party());
        if (r.role().equals(Role.DELIVERY_UNIT)) {
          units.add(a);
        }
        if (r.role().isContributing()) {
          front.add(a);
        }
      }
      if (units.isEmpty()) {
        units = allUnits;
      }
      Set<AgencyId> missed = new LinkedHashSet<>();
      for (AgencyId f : front) {
        int before = chains.size();
        List<AgencyId> path = new ArrayList<>();
        Set<AgencyId> onPath = new LinkedHashSet<>();
        path.add(f);
        onPath.add(f);
        up(rep, c.id(), units, path, onPath, chains);
        if (chains.size() == before) {
          missed.add(f);
        }
      }
      if (!missed.isEmpty()) {
        unreached.put(c.id(), Collections.unmodifiableSet(missed));
      }
    }
    Optional<String> reason = chains.isEmpty()
        ? Optional.of("no front-line agency of any commitment reports, directly or through its"
            + " hierarchy, to a delivery unit")
        : Optional.empty();
    return new Result(List.copyOf(chains), Collections.unmodifiableMap(unreached), reason);
  }

  /** Depth-first search upwards; records reversed paths that reach a delivery unit. */
  private static void up(Graph<AgencyId, DefaultEdge> rep, CommitmentId c, Set<AgencyId> units,
      List<AgencyId> path, Set<AgencyId> onPath, List<DeliveryChain> out) {
    AgencyId u = path.get(path.size() - 1);
    if (units.contains(u)) {
      List<AgencyId> chain = new ArrayList<>(path);
      Collections.reverse(chain);
      out.add(new DeliveryChain(c, chain));
    }
    List<AgencyId> next = new ArrayList<>();
    for (DefaultEdge e : rep.outgoingEdgesOf(u)) {
      next.add(rep.getEdgeTarget(e));
    }
    Collections.sort(next);
    for (AgencyId v : next) {
      if (onPath.add(v)) {
        path.add(v);
        up(rep, c, units, path, onPath, out);
        path.remove(path.size() - 1);
        onPath.remove(v);
      }
    }
  }

  /**
   * Every delivery chain, by commitment id, then front-line agency id, then path.
   *
   * @return unmodifiable list
   */
  public List<DeliveryChain> chains() {
    return result().chains();
  }

  /**
   * The delivery chains of one commitment.
   *
   * @param commitment the commitment
   * @return unmodifiable list, possibly empty
   */
  public List<DeliveryChain> chainsOf(CommitmentId commitment) {
    Objects.requireNonNull(commitment, "commitment must not be null");
    List<DeliveryChain> out = new ArrayList<>();
    for (DeliveryChain ch : chains()) {
      if (ch.commitment().equals(commitment)) {
        out.add(ch);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Front-line agencies that no delivery unit reaches through the reporting lines, by
   * commitment.
   *
   * @return unmodifiable map of commitments to agencies, in id order
   */
  public Map<CommitmentId, Set<AgencyId>> unreached() {
    return result().unreached();
  }

  /**
   * Why there are no chains, if there are none.
   *
   * @return the reason, or empty if there are chains
   */
  public Optional<String> reason() {
    return result().reason();
  }
}
