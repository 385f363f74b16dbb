package org.sharedoutcomes.graph.delivery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.internal.Lazy;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.delivery.DeliveryChain.Stage;
import org.sharedoutcomes.graph.delivery.DeliveryChain.Step;

/**
 * Every delivery chain of every commitment, following the roles the model declares on it, and
 * the commitments no chain reaches, with the reason.
 *
 * <p>Each party holding a role on a commitment (directly; a person is a party of its own) is
 * put in at most one {@link Stage stage}: FRONT_LINE if it is a person holding a contributing
 * role ({@link Role#isContributing()}), a CLIENT_GROUP agency holding one, or a CO_PRODUCER
 * holder; otherwise the first of DELIVERY_UNIT (holds DELIVERY_UNIT), ACCOUNTABLE, RESPONSIBLE,
 * DELIVERY_PARTNER (holds IMPLEMENTER, CONTRIBUTOR or LEAD) that fits; parties with other roles
 * only (CONSULTED, INFORMED, FUNDER, the trio, custom roles) are in no stage. A chain takes one
 * party from every stage that has parties, in stage order, starting at a delivery unit; every
 * such combination is a chain, so a commitment with one delivery unit, one accountable party,
 * two responsible parties and three front-line persons has six chains.
 *
 * <p>A commitment is <em>unreached</em> when it has no chain: {@link #unreached()} says why (no
 * delivery unit is declared on it, or the delivery unit is the only party in a stage). Nothing
 * is assumed: a delivery unit declared elsewhere in the model does not steward a commitment
 * that does not name it. The notion of a delivery chain follows Barber's "Instruction to
 * Deliver" (2007).
 *
 * <p>{@code O(R + P)} for {@code R} role assignments and {@code P} chains. Validates in the
 * constructor, computes on first use; results are unmodifiable. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DeliveryChains {
  /** The reason of a commitment with no delivery unit. */
  public static final String NO_DELIVERY_UNIT = "no delivery unit is declared on it";
  /** The reason of a commitment on which only the delivery unit holds a stage. */
  public static final String ONLY_DELIVERY_UNIT =
      "no party other than its delivery unit holds an accountable, responsible, delivery-partner"
          + " or front-line role on it";

  private final AccountabilityGraph graph;
  private final Lazy<Result> result = Lazy.of(this::compute);

  private record Result(List<DeliveryChain> chains, Map<CommitmentId, List<DeliveryChain>> byId,
      Map<CommitmentId, String> unreached, Optional<String> reason) {}

  /**
   * The delivery chains of a graph's model.
   *
   * @param graph the accountability graph
   * @throws NullPointerException if {@code graph} is null
   */
  public DeliveryChains(AccountabilityGraph graph) {
    this.graph = Objects.requireNonNull(graph, "graph must not be null");
  }

  /**
   * The stage a role puts a party in, or empty.
   *
   * @param model the model, for the party's agency kind
   * @param party the party
   * @param role the role it holds
   * @return the stage, or empty for a role outside every stage
   */
  static Optional<Stage> stageOf(OutcomeModel model, PartyId party, Role role) {
    if (role.equals(Role.CO_PRODUCER)) {
      return Optional.of(Stage.FRONT_LINE);
    }
    if (role.isContributing() && (party instanceof PersonId || model.agency(model.agencyOf(party))
        .map(a -> a.kind() == AgencyKind.CLIENT_GROUP && a.id().equals(party)).orElse(false))) {
      return Optional.of(Stage.FRONT_LINE);
    }
    if (role.equals(Role.DELIVERY_UNIT)) {
      return Optional.of(Stage.DELIVERY_UNIT);
    }
    if (role.equals(Role.ACCOUNTABLE)) {
      return Optional.of(Stage.ACCOUNTABLE);
    }
    if (role.equals(Role.RESPONSIBLE)) {
      return Optional.of(Stage.RESPONSIBLE);
    }
    if (role.equals(Role.IMPLEMENTER) || role.equals(Role.CONTRIBUTOR) || role.equals(Role.LEAD)) {
      return Optional.of(Stage.DELIVERY_PARTNER);
    }
    return Optional.empty();
  }

  private Result compute() {
    OutcomeModel model = graph.model();
    if (model.commitments().isEmpty()) {
      return new Result(List.of(), Map.of(), Map.of(),
          Optional.of("the model has no commitments"));
    }
    List<DeliveryChain> chains = new ArrayList<>();
    Map<CommitmentId, List<DeliveryChain>> byId = new LinkedHashMap<>();
    Map<CommitmentId, String> unreached = new LinkedHashMap<>();
    for (Commitment c : model.commitments()) {
      // each party's stage: the earliest stage among its roles, FRONT_LINE winning
      Map<PartyId, Step> stepOf = new TreeMap<>(EntityId.ORDER);
      for (RoleAssignment r : model.rolesOn(c.id())) {
        Optional<Stage> s = stageOf(model, r.party(), r.role());
        if (s.isEmpty()) {
          continue;
        }
        Step old = stepOf.get(r.party());
        boolean better = old == null || (s.get() == Stage.FRONT_LINE
            ? old.stage() != Stage.FRONT_LINE
            : old.stage() != Stage.FRONT_LINE && s.get().compareTo(old.stage()) < 0);
        if (better) {
          stepOf.put(r.party(), new Step(r.party(), model.agencyOf(r.party()), s.get(), r.role()));
        }
      }
      Map<Stage, List<Step>> stages = new EnumMap<>(Stage.class);
      for (Step s : stepOf.values()) {
        stages.computeIfAbsent(s.stage(), k -> new ArrayList<>()).add(s);
      }
      if (!stages.containsKey(Stage.DELIVERY_UNIT)) {
        unreached.put(c.id(), NO_DELIVERY_UNIT);
        continue;
      }
      if (stages.size() == 1) {
        unreached.put(c.id(), ONLY_DELIVERY_UNIT);
        continue;
      }
      List<List<Step>> levels = new ArrayList<>(stages.values());
      List<DeliveryChain> mine = new ArrayList<>();
      combine(c.id(), levels, 0, new ArrayList<>(), mine);
      chains.addAll(mine);
      byId.put(c.id(), List.copyOf(mine));
    }
    Optional<String> reason = chains.isEmpty()
        ? Optional.of("no commitment declares a delivery unit and a party in a later stage")
        : Optional.empty();
    return new Result(List.copyOf(chains), Collections.unmodifiableMap(byId),
        Collections.unmodifiableMap(unreached), reason);
  }

  private static void combine(CommitmentId c, List<List<Step>> levels, int at, List<Step> path,
      List<DeliveryChain> out) {
    if (at == levels.size()) {
      out.add(new DeliveryChain(c, path));
      return;
    }
    for (Step s : levels.get(at)) {
      path.add(s);
      combine(c, levels, at + 1, path, out);
      path.remove(path.size() - 1);
    }
  }

  /**
   * Every delivery chain, by commitment in model order, then by the parties' ids stage by stage.
   *
   * @return unmodifiable list
   */
  public List<DeliveryChain> chains() {
    return result.get().chains();
  }

  /**
   * The delivery chains of one commitment.
   *
   * @param commitment the commitment
   * @return unmodifiable list, empty if no chain reaches it
   */
  public List<DeliveryChain> chainsOf(CommitmentId commitment) {
    Objects.requireNonNull(commitment, "commitment must not be null");
    return result.get().byId().getOrDefault(commitment, List.of());
  }

  /**
   * The commitments no chain reaches, each with the reason ({@link #NO_DELIVERY_UNIT} or
   * {@link #ONLY_DELIVERY_UNIT}).
   *
   * @return unmodifiable map in the model's commitment order
   */
  public Map<CommitmentId, String> unreached() {
    return result.get().unreached();
  }

  /**
   * Why there are no chains, if there are none.
   *
   * @return the reason, or empty if there are chains
   */
  public Optional<String> reason() {
    return result.get().reason();
  }
}
