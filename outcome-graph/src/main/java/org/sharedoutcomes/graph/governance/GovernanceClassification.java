package org.sharedoutcomes.graph.governance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.internal.Lazy;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.centrality.DegreeCentralization;

/**
 * Which of Provan and Kenis's forms of network governance a model has (Provan and Kenis 2008,
 * "Modes of network governance: structure, management, and effectiveness", J. Public Adm.
 * Research and Theory 18(2)), with the evidence, its figures and the confidence.
 *
 * <p>Measured over the commitments: the <em>steward share</em> of an agency is the share of
 * commitments on which it (or its people) holds {@link Role#DELIVERY_UNIT}; its <em>delivery
 * share</em> the share on which it holds ACCOUNTABLE, LEAD or RESPONSIBLE. With thresholds
 * {@link GovernanceThresholds} (defaults 0.5, 0.5, 0.5), the rules, in order:
 * <ol>
 *   <li>fewer than two agencies, or no commitments: UNDETERMINED;</li>
 *   <li>the top steward has a steward share of at least {@code steward} and a delivery share
 *       below {@code delivery}: NETWORK_ADMINISTRATIVE_ORGANIZATION (a separate entity governs
 *       without delivering);</li>
 *   <li>the top deliverer has a delivery share of at least {@code delivery}, or the
 *       collaboration network's degree centralization is at least {@code centralization} (the
 *       governor is then the agency of highest degree): LEAD_ORGANIZATION;</li>
 *   <li>no rule above holds and the collaboration network has no edges (no two agencies share
 *       a commitment, so its centralization is not measured): UNDETERMINED, since agencies
 *       that do not work together show no participant governance (since 0.2; 0.1 read the
 *       formula's 0 as a fully decentralised network);</li>
 *   <li>no rule above holds and the model has no centre ({@link OutcomeModel#centre()} empty):
 *       UNDETERMINED, since a missing centre in the data cannot be told from shared
 *       governance;</li>
 *   <li>otherwise PARTICIPANT_GOVERNED.</li>
 * </ol>
 * A rule that names a governor needs a unique one: when two or more agencies tie for the top
 * share (or the top degree) that decides, the form is UNDETERMINED and the reason names them.
 * The <em>margin</em> is how far the deciding figure lies from its threshold (for
 * PARTICIPANT_GOVERNED, the smallest distance below any threshold); the {@link #confidence()} is
 * HIGH when the margin is at least {@link GovernanceThresholds#margin()}, LOW otherwise, NONE
 * for UNDETERMINED. The thresholds operationalise Provan and Kenis's qualitative descriptions;
 * they are this library's choice, stated in the evidence. {@code O(R + V + E)}. Validates in the
 * constructor, computes on first use; results are unmodifiable. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GovernanceClassification {
  /** The default steward share from which a delivery unit governs the network. */
  public static final double STEWARD_THRESHOLD = 0.5;
  /** The default delivery share from which one member leads the network. */
  public static final double DELIVERY_THRESHOLD = 0.5;
  /** The default collaboration centralization from which one member leads the network. */
  public static final double CENTRALIZATION_THRESHOLD = 0.5;

  private final AccountabilityGraph graph;
  private final GovernanceThresholds thresholds;
  private final Lazy<Result> result = Lazy.of(this::compute);

  private record Result(GovernanceForm form, List<String> evidence, Optional<AgencyId> governor,
      OptionalDouble centralization, Map<String, Double> figures, OptionalDouble margin,
      Confidence confidence, Optional<String> reason) {}

  /**
   * The governance form of a graph's model, with the default thresholds.
   *
   * @param graph the accountability graph
   * @throws NullPointerException if {@code graph} is null
   */
  public GovernanceClassification(AccountabilityGraph graph) {
    this(graph, GovernanceThresholds.defaults());
  }

  /**
   * The governance form of a graph's model.
   *
   * @param graph the accountability graph
   * @param thresholds the thresholds
   * @throws NullPointerException if an argument is null
   */
  public GovernanceClassification(AccountabilityGraph graph, GovernanceThresholds thresholds) {
    this.graph = Objects.requireNonNull(graph, "graph must not be null");
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds must not be null");
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private final class Work {
    final List<String> evidence = new ArrayList<>();
    final Map<String, Double> figures = new LinkedHashMap<>();
    /** The collaboration centralization, empty while not measured. */
    OptionalDouble centralization = OptionalDouble.empty();

    Result undetermined(String reason) {
      evidence.add(reason);
      return new Result(GovernanceForm.UNDETERMINED, List.copyOf(evidence), Optional.empty(),
          centralization, Collections.unmodifiableMap(figures), OptionalDouble.empty(),
          Confidence.NONE, Optional.of(reason));
    }

    Result decided(GovernanceForm form, Optional<AgencyId> governor, double margin) {
      figures.put("margin", margin);
      Confidence c = margin >= thresholds.margin() ? Confidence.HIGH : Confidence.LOW;
      evidence.add(f("%s with %s confidence: the deciding figure lies %.3f from its threshold"
          + " (margin for high confidence %.2f)", form, c, margin, thresholds.margin()));
      return new Result(form, List.copyOf(evidence), governor, centralization,
          Collections.unmodifiableMap(figures), OptionalDouble.of(margin), c, Optional.empty());
    }
  }

  private Result compute() {
    OutcomeModel model = graph.model();
    GovernanceThresholds t = thresholds;
    Work w = new Work();
    int agencies = model.agencies().size();
    int commitments = model.commitments().size();
    w.figures.put("agencies", (double) agencies);
    w.figures.put("commitments", (double) commitments);
    if (agencies < 2 || commitments == 0) {
      return w.undetermined("the model has " + agencies + " agencies and " + commitments
          + " commitments; at least 2 agencies and 1 commitment are needed");
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
    DegreeCentralization<AgencyId> collaboration =
        new DegreeCentralization<>(graph.collaboration());
    Optional<String> unmeasured = collaboration.reason();
    if (unmeasured.isPresent()) {
      w.evidence.add("collaboration network degree centralization not measured: "
          + unmeasured.get());
    } else {
      w.centralization = OptionalDouble.of(collaboration.all());
      w.figures.put("centralization", collaboration.all());
      w.evidence.add(f("collaboration network degree centralization %.3f (threshold %.2f)",
          collaboration.all(), t.centralization()));
    }
    if (model.centre().isEmpty()) {
      w.evidence.add("the model has no centre agency (no CENTRAL_AGENCY and no DELIVERY_UNIT"
          + " holder)");
    } else {
      List<String> idle = new ArrayList<>();
      for (AgencyId a : model.centre()) {
        if (model.commitmentsOf(a).isEmpty()) {
          idle.add(a.value());
        }
      }
      if (!idle.isEmpty()) {
        w.evidence.add("centre agencies " + idle + " hold no role on any commitment");
      }
    }
    List<AgencyId> stewards = top(model, steward);
    List<AgencyId> deliverers = top(model, deliver);
    double stewardShare = share(steward, stewards, commitments);
    double deliveryShare = share(deliver, deliverers, commitments);
    w.figures.put("stewardShare", stewardShare);
    w.figures.put("deliveryShare", deliveryShare);
    if (!stewards.isEmpty()) {
      double itsDelivery = share(deliver, stewards, commitments);
      w.figures.put("stewardDeliveryShare", itsDelivery);
      w.evidence.add(f("%s delivery unit on %.3f of commitments (threshold %.2f) and accountable,"
          + " lead or responsible on %.3f (threshold %.2f)", names(stewards), stewardShare,
          t.steward(), itsDelivery, t.delivery()));
      if (stewardShare >= t.steward() && itsDelivery < t.delivery()) {
        if (stewards.size() > 1) {
          return w.undetermined(f("agencies %s tie as delivery unit on %.3f of commitments, so"
              + " no single administrative organization governs", names(stewards),
              stewardShare));
        }
        return w.decided(GovernanceForm.NETWORK_ADMINISTRATIVE_ORGANIZATION,
            Optional.of(stewards.get(0)),
            Math.min(stewardShare - t.steward(), t.delivery() - itsDelivery));
      }
    } else {
      w.evidence.add("no agency holds DELIVERY_UNIT on any commitment");
    }
    if (!deliverers.isEmpty()) {
      w.evidence.add(f("%s accountable, lead or responsible on %.3f of commitments"
          + " (threshold %.2f)", names(deliverers), deliveryShare, t.delivery()));
    }
    if (deliveryShare >= t.delivery()) {
      if (deliverers.size() > 1) {
        return w.undetermined(f("agencies %s tie as accountable, lead or responsible on %.3f of"
            + " commitments, so no single lead organization", names(deliverers),
            deliveryShare));
      }
      return w.decided(GovernanceForm.LEAD_ORGANIZATION, Optional.of(deliverers.get(0)),
          deliveryShare - t.delivery());
    }
    if (w.centralization.isEmpty()) {
      return w.undetermined("no member leads, and the collaboration network's centralization"
          + " is not measured (" + unmeasured.orElse("") + "): participant governance needs"
          + " members that work together, which the data does not show");
    }
    double centralization = w.centralization.getAsDouble();
    if (centralization >= t.centralization()) {
      List<AgencyId> hubs = hubs();
      if (hubs.size() != 1) {
        return w.undetermined(f("the collaboration network is centralized (%.3f) but agencies"
            + " %s tie for the highest degree", centralization, names(hubs)));
      }
      return w.decided(GovernanceForm.LEAD_ORGANIZATION, Optional.of(hubs.get(0)),
          centralization - t.centralization());
    }
    if (model.centre().isEmpty()) {
      return w.undetermined("the model has no centre agency, and no member leads: a centre"
          + " missing from the data cannot be told from participant governance");
    }
    double margin = Math.min(t.steward() - (stewardShare >= t.steward() ? 0 : stewardShare),
        Math.min(t.delivery() - deliveryShare, t.centralization() - centralization));
    return w.decided(GovernanceForm.PARTICIPANT_GOVERNED, Optional.empty(), margin);
  }

  private static String names(List<AgencyId> agencies) {
    List<String> out = new ArrayList<>();
    for (AgencyId a : agencies) {
      out.add("'" + a.value() + "'");
    }
    return String.join(", ", out) + (agencies.size() == 1 ? " is" : " are each");
  }

  private List<AgencyId> hubs() {
    List<AgencyId> best = new ArrayList<>();
    int bestDegree = 0;
    for (AgencyId a : graph.collaboration().vertexSet()) {
      int d = graph.collaboration().degreeOf(a);
      if (d > bestDegree) {
        best.clear();
        bestDegree = d;
      }
      if (d == bestDegree && d > 0) {
        best.add(a);
      }
    }
    return best;
  }

  /** The agencies with the highest positive count, in model order. */
  private static List<AgencyId> top(OutcomeModel model, Map<AgencyId, Set<Object>> counts) {
    List<AgencyId> best = new ArrayList<>();
    int bestCount = 1;
    for (Agency a : model.agencies()) {
      int n = counts.getOrDefault(a.id(), Set.of()).size();
      if (n > bestCount) {
        best.clear();
        bestCount = n;
      }
      if (n == bestCount) {
        best.add(a.id());
      }
    }
    return best;
  }

  private static double share(Map<AgencyId, Set<Object>> counts, List<AgencyId> top,
      int total) {
    return top.isEmpty() ? 0.0 : (double) counts.getOrDefault(top.get(0), Set.of()).size() / total;
  }

  /**
   * The governance form.
   *
   * @return the form; UNDETERMINED, with a {@link #reason()}, when the evidence cannot decide
   */
  public GovernanceForm form() {
    return result.get().form();
  }

  /**
   * The evidence for the form: the measures and thresholds compared, in order, in words.
   *
   * @return unmodifiable list of sentences
   */
  public List<String> evidence() {
    return result.get().evidence();
  }

  /**
   * The figures of the evidence: {@code agencies}, {@code commitments}, and when measured
   * {@code centralization}, {@code stewardShare}, {@code stewardDeliveryShare},
   * {@code deliveryShare} and {@code margin}.
   *
   * @return unmodifiable map, in that order
   */
  public Map<String, Double> figures() {
    return result.get().figures();
  }

  /**
   * How firmly the evidence supports the form.
   *
   * @return HIGH, LOW, or NONE when UNDETERMINED
   */
  public Confidence confidence() {
    return result.get().confidence();
  }

  /**
   * How far the deciding figure lies from its threshold.
   *
   * @return a value in [0, 1], or empty when UNDETERMINED (nothing was decided)
   */
  public OptionalDouble margin() {
    return result.get().margin();
  }

  /**
   * Why the form is UNDETERMINED, if it is.
   *
   * @return the reason, or empty for a decided form
   */
  public Optional<String> reason() {
    return result.get().reason();
  }

  /**
   * The thresholds used.
   *
   * @return the thresholds
   */
  public GovernanceThresholds thresholds() {
    return thresholds;
  }

  /**
   * The governing agency: the network administrative organization or the lead organization.
   *
   * @return the agency, or empty for a participant-governed or undetermined network
   */
  public Optional<AgencyId> governor() {
    return result.get().governor();
  }

  /**
   * The degree centralization of the collaboration network used as evidence.
   *
   * @return a value in [0, 1], or empty when not measured: fewer than 2 agencies or no
   *     commitment, or a collaboration network without edges (no two agencies share a
   *     commitment; {@link DegreeCentralization#reason()} says why), when the figure would be 0
   *     by the formula only
   */
  public OptionalDouble centralization() {
    return result.get().centralization();
  }
}
