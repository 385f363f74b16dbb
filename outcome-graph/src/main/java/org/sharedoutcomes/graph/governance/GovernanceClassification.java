package org.sharedoutcomes.graph.governance;

import org.sharedoutcomes.core.internal.Lazy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.centrality.DegreeCentralization;

/**
 * Which of Provan and Kenis's forms of network governance a model has (Provan and Kenis 2008,
 * "Modes of network governance: structure, management, and effectiveness", J. Public Adm.
 * Research and Theory 18(2)), with the evidence.
 *
 * <p>Measured over the commitments: the <em>steward share</em> of an agency is the share of
 * commitments on which it (or its people) holds {@link Role#DELIVERY_UNIT}; its <em>delivery
 * share</em> the share on which it holds ACCOUNTABLE, LEAD or RESPONSIBLE. The rules, in order:
 * <ol>
 *   <li>fewer than two agencies, or no commitments: UNDETERMINED;</li>
 *   <li>some agency has a steward share of at least {@value #STEWARD_THRESHOLD} and a delivery
 *       share below {@value #DELIVERY_THRESHOLD}: NETWORK_ADMINISTRATIVE_ORGANIZATION (a
 *       separate entity governs without delivering);</li>
 *   <li>some agency has a delivery share of at least {@value #DELIVERY_THRESHOLD}, or the
 *       collaboration network's degree centralization is at least
 *       {@value #CENTRALIZATION_THRESHOLD}: LEAD_ORGANIZATION (one member dominates);</li>
 *   <li>otherwise PARTICIPANT_GOVERNED.</li>
 * </ol>
 * The thresholds operationalise Provan and Kenis's qualitative descriptions ("highly
 * centralized, brokered" against "highly decentralized, dense"); they are this library's
 * choice, stated in the evidence. {@code O(R + V + E)}. Validates in the constructor, computes
 * on first use; results are unmodifiable. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GovernanceClassification {
  /** The steward share from which a delivery unit governs the network. */
  public static final double STEWARD_THRESHOLD = 0.5;
  /** The delivery share from which one member leads the network. */
  public static final double DELIVERY_THRESHOLD = 0.5;
  /** The collaboration centralization from which one member leads the network. */
  public static final double CENTRALIZATION_THRESHOLD = 0.5;

  private final AccountabilityGraph graph;
  private final Lazy<Result> result = Lazy.of(() -> compute());

  private record Result(GovernanceForm form, List<String> evidence, Optional<AgencyId> governor,
      double centralization) {}

  /**
   * The governance form of a graph's model.
   *
   * @param graph the accountability graph
   * @throws NullPointerException if {@code graph} is null
   */
  public GovernanceClassification(AccountabilityGraph graph) {
    this.graph = Objects.requireNonNull(graph, "graph must not be null");
  }

  private Result result() {
    return result.get();
  }

  private Result compute() {
    OutcomeModel model = graph.model();
    List<String> evidence = new ArrayList<>();
    int agencies = model.agencies().size();
    int commitments = model.commitments().size();
    if (agencies < 2 || commitments == 0) {
      evidence.add("the model has " + agencies + " agencies and " + commitments
          + " commitments; at least 2 agencies and 1 commitment are needed");
      return new Result(GovernanceForm.UNDETERMINED, List.copyOf(evidence), Optional.empty(), 0);
    }
    Map<AgencyId, Set<Object>> steward = new HashMap<>();
    Map<AgencyId, Set<Object>> deliver = new HashMap<>();
    for (Commitment c : model.commitments()) {
      for (RoleAssignment r : model.rolesOn(c.id())) {
        AgencyId a = model.agencyOf(r.party());
        if (r.role().equals(Role.DELIVERY_UNIT)) {
          steward.computeIfAbsent(a, k -> new HashSet<>()).add(c.id());
        }
        if (r.role().equals(Role.ACCOUNTABLE) || r.role().equals(Role.LEAD)
            || r.role().equals(Role.RESPONSIBLE)) {
          deliver.computeIfAbsent(a, k -> new HashSet<>()).add(c.id());
        }
      }
    }
    double centralization = new DegreeCentralization<>(graph.collaboration()).all();
    evidence.add(String.format(java.util.Locale.ROOT,
        "collaboration network degree centralization %.3f (threshold %.2f)", centralization,
        CENTRALIZATION_THRESHOLD));
    AgencyId topSteward = top(model, steward);
    AgencyId topDeliverer = top(model, deliver);
    double stewardShare = share(steward, topSteward, commitments);
    double deliveryShare = share(deliver, topDeliverer, commitments);
    if (topSteward != null) {
      double itsDelivery = share(deliver, topSteward, commitments);
      evidence.add(String.format(java.util.Locale.ROOT,
          "'%s' is delivery unit on %.3f of commitments (threshold %.2f) and accountable, lead"
              + " or responsible on %.3f (threshold %.2f)", topSteward.value(), stewardShare,
          STEWARD_THRESHOLD, itsDelivery, DELIVERY_THRESHOLD));
      if (stewardShare >= STEWARD_THRESHOLD && itsDelivery < DELIVERY_THRESHOLD) {
        return new Result(GovernanceForm.NETWORK_ADMINISTRATIVE_ORGANIZATION,
            List.copyOf(evidence), Optional.of(topSteward), centralization);
      }
    } else {
      evidence.add("no agency holds DELIVERY_UNIT on any commitment");
    }
    if (topDeliverer != null) {
      evidence.add(String.format(java.util.Locale.ROOT,
          "'%s' is accountable, lead or responsible on %.3f of commitments (threshold %.2f)",
          topDeliverer.value(), deliveryShare, DELIVERY_THRESHOLD));
    }
    if (topDeliverer != null && deliveryShare >= DELIVERY_THRESHOLD) {
      return new Result(GovernanceForm.LEAD_ORGANIZATION, List.copyOf(evidence),
          Optional.of(topDeliverer), centralization);
    }
    if (centralization >= CENTRALIZATION_THRESHOLD) {
      AgencyId hub = hub();
      return new Result(GovernanceForm.LEAD_ORGANIZATION, List.copyOf(evidence),
          Optional.ofNullable(hub), centralization);
    }
    return new Result(GovernanceForm.PARTICIPANT_GOVERNED, List.copyOf(evidence),
        Optional.empty(), centralization);
  }

  private @Nullable AgencyId hub() {
    AgencyId best = null;
    int bestDegree = -1;
    for (AgencyId a : graph.collaboration().vertexSet()) {
      int d = graph.collaboration().degreeOf(a);
      if (d > bestDegree) {
        best = a;
        bestDegree = d;
      }
    }
    return best;
  }

  private static @Nullable AgencyId top(OutcomeModel model, Map<AgencyId, Set<Object>> counts) {
    AgencyId best = null;
    int bestCount = 0;
    for (org.sharedoutcomes.core.Agency a : model.agencies()) {
      int n = counts.getOrDefault(a.id(), Set.of()).size();
      if (n > bestCount) {
        best = a.id();
        bestCount = n;
      }
    }
    return best;
  }

  private static double share(Map<AgencyId, Set<Object>> counts, @Nullable AgencyId a,
      int total) {
    return a == null ? 0.0 : (double) counts.getOrDefault(a, Set.of()).size() / total;
  }

  /**
   * The governance form.
   *
   * @return the form; UNDETERMINED for a model too small to tell
   */
  public GovernanceForm form() {
    return result().form();
  }

  /**
   * The evidence for the form: the measures and thresholds compared, in order.
   *
   * @return unmodifiable list of sentences
   */
  public List<String> evidence() {
    return result().evidence();
  }

  /**
   * The governing agency: the network administrative organization or the lead organization.
   *
   * @return the agency, or empty for a participant-governed or undetermined network
   */
  public Optional<AgencyId> governor() {
    return result().governor();
  }

  /**
   * The degree centralization of the collaboration network used as evidence.
   *
   * @return a value in [0, 1]
   */
  public double centralization() {
    return result().centralization();
  }
}
