package org.sharedoutcomes.graph.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Lazy;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Intervention;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.Edge;
import org.sharedoutcomes.graph.Vertex;

/**
 * How much of the network runs through the centre ({@link OutcomeModel#centre()}), overall and
 * period by period: its share of the accountability graph's edges, of role edges and of
 * interventions, and the balance of directive against supportive interventions — the signal of
 * "coordination turned into control" discussed in the project's domain notes (after Barber's
 * delivery-unit practice).
 *
 * <p>An edge is the centre's when either end is a centre agency or a person working in one.
 * Periods are consecutive runs of {@code months} calendar months covering every date found (an
 * intervention's date or a role's {@code from} or {@code to}). When {@code months} divides 12
 * they are aligned on the calendar year (years, half-years, quarters, months); otherwise the
 * first starts on the first day of the month of the earliest date. A role edge is active in a
 * period when its date span (open ends unbounded) overlaps it; every role assignment gives a
 * role edge ({@link org.sharedoutcomes.graph.Relation#of(org.sharedoutcomes.core.Role)}), so
 * every one is counted. Directive and supportive acts are
 * {@link org.sharedoutcomes.core.InterventionKind#DIRECTIVE} and
 * {@link org.sharedoutcomes.core.InterventionKind#SUPPORT}.
 *
 * <p>{@code O(E + P · (R + I))} for {@code P} periods, {@code R} roles and {@code I}
 * interventions. A share that cannot be computed is absent, never 0: {@link #edgeShare()}
 * without a centre or without edges, {@link #interventionShare()} without a centre or without
 * interventions, each with its reason. A model without a centre or without dated facts gives
 * empty periods and a {@link #reason()}. Validates in the constructor, computes on first use; results are
 * unmodifiable. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CentreShare {
  private final AccountabilityGraph graph;
  private final int months;
  private static final String NO_CENTRE =
      "the model has no centre (no CENTRAL_AGENCY and no DELIVERY_UNIT holder)";
  private final Lazy<List<CentrePeriod>> periods = Lazy.of(this::computePeriods);

  /**
   * The centre's share by calendar year.
   *
   * @param graph the accountability graph
   * @throws NullPointerException if {@code graph} is null
   */
  public CentreShare(AccountabilityGraph graph) {
    this(graph, 12);
  }

  /**
   * The centre's share by periods of some months.
   *
   * @param graph the accountability graph
   * @param months the length of a period in months, 1 to 120
   * @throws NullPointerException if {@code graph} is null
   * @throws IllegalArgumentException if {@code months} is out of range
   */
  public CentreShare(AccountabilityGraph graph, int months) {
    this.graph = Objects.requireNonNull(graph, "graph must not be null");
    if (months < 1 || months > 120) {
      throw new IllegalArgumentException("months must be between 1 and 120, was " + months);
    }
    this.months = months;
  }

  private boolean centre(AgencyId a) {
    return graph.model().isCentre(a);
  }

  private boolean centre(Vertex v) {
    if (v instanceof Vertex.AgencyVertex a) {
      return centre(a.id());
    }
    if (v instanceof Vertex.PersonVertex p) {
      return graph.model().person(p.id()).map(x -> centre(x.agency())).orElse(false);
    }
    return false;
  }

  /**
   * The centre's share of all edges of the accountability graph.
   *
   * @return a share in [0, 1], or empty when it cannot be computed (a model without a centre, a
   *     graph without edges), with the reason in {@link #edgeShareReason()}
   */
  public Optional<Double> edgeShare() {
    if (edgeShareReason().isPresent()) {
      return Optional.empty();
    }
    int all = 0;
    int mine = 0;
    for (Edge e : graph.graph().edgeSet()) {
      all++;
      if (centre(e.source()) || centre(e.target())) {
        mine++;
      }
    }
    return Optional.of((double) mine / all);
  }

  /**
   * Why {@link #edgeShare()} is absent, if it is.
   *
   * @return the reason (the model has no centre, or the graph has no edges), or empty when the
   *     share is computed
   */
  public Optional<String> edgeShareReason() {
    if (graph.model().centre().isEmpty()) {
      return Optional.of(NO_CENTRE + ", so the centre's share of edges is not defined");
    }
    if (graph.graph().edgeSet().isEmpty()) {
      return Optional.of("the accountability graph has no edges, so the centre's share of edges"
          + " is not defined");
    }
    return Optional.empty();
  }

  /**
   * The centre's share of all interventions.
   *
   * @return a share in [0, 1], or empty when it cannot be computed (a model without a centre or
   *     without interventions), with the reason in {@link #interventionShareReason()}
   */
  public Optional<Double> interventionShare() {
    if (interventionShareReason().isPresent()) {
      return Optional.empty();
    }
    List<Intervention> all = graph.model().interventions();
    long mine = all.stream().filter(i -> centre(i.from())).count();
    return Optional.of((double) mine / all.size());
  }

  /**
   * Why {@link #interventionShare()} is absent, if it is.
   *
   * @return the reason (the model has no centre, or no interventions), or empty when the share
   *     is computed
   */
  public Optional<String> interventionShareReason() {
    if (graph.model().centre().isEmpty()) {
      return Optional.of(NO_CENTRE + ", so the centre's share of interventions is not defined");
    }
    if (graph.model().interventions().isEmpty()) {
      return Optional.of("the model has no interventions, so the centre's share of them is not"
          + " defined");
    }
    return Optional.empty();
  }

  /**
   * The share of directives among all directive and supportive interventions.
   *
   * @return a share in [0, 1], or empty if there are neither
   */
  public Optional<Double> directiveShare() {
    int d = 0;
    int s = 0;
    for (Intervention i : graph.model().interventions()) {
      d += i.isDirective() ? 1 : 0;
      s += i.isSupportive() ? 1 : 0;
    }
    return d + s == 0 ? Optional.empty() : Optional.of((double) d / (d + s));
  }

  /**
   * The periods, earliest first.
   *
   * @return unmodifiable list; empty with a {@link #reason()} when there is nothing dated
   */
  public List<CentrePeriod> periods() {
    return periods.get();
  }

  private List<CentrePeriod> computePeriods() {
    OutcomeModel model = graph.model();
    LocalDate first = null;
    LocalDate last = null;
    List<LocalDate> dates = new ArrayList<>();
    for (Intervention i : model.interventions()) {
      dates.add(i.date());
    }
    for (RoleAssignment r : model.roles()) {
      r.from().ifPresent(dates::add);
      r.to().ifPresent(dates::add);
    }
    for (LocalDate d : dates) {
      first = first == null || d.isBefore(first) ? d : first;
      last = last == null || d.isAfter(last) ? d : last;
    }
    if (first == null) {
      return List.of();
    }
    List<CentrePeriod> out = new ArrayList<>();
    LocalDate start = 12 % months == 0
        ? first.withDayOfYear(1).plusMonths((first.getMonthValue() - 1) / months * months)
        : first.withDayOfMonth(1);
    while (!start.isAfter(last)) {
      LocalDate end = start.plusMonths(months).minusDays(1);
      int roleEdges = 0;
      int centreRoles = 0;
      for (RoleAssignment r : model.roles()) {
        boolean overlaps = (r.from().isEmpty() || !r.from().get().isAfter(end))
            && (r.to().isEmpty() || !r.to().get().isBefore(start));
        if (overlaps) {
          roleEdges++;
          if (centre(model.agencyOf(r.party()))) {
            centreRoles++;
          }
        }
      }
      int inter = 0;
      int centreInter = 0;
      int directive = 0;
      int supportive = 0;
      for (Intervention i : model.interventions()) {
        if (i.date().isBefore(start) || i.date().isAfter(end)) {
          continue;
        }
        inter++;
        centreInter += centre(i.from()) ? 1 : 0;
        directive += i.isDirective() ? 1 : 0;
        supportive += i.isSupportive() ? 1 : 0;
      }
      out.add(new CentrePeriod(start, end, roleEdges, centreRoles, inter, centreInter, directive,
          supportive));
      start = end.plusDays(1);
    }
    return List.copyOf(out);
  }

  /**
   * Why the periods are empty or every share absent, if they are.
   *
   * @return the reason (no centre: every share is absent; no dated facts: no periods), or
   *     empty if the model has a centre and dated facts
   */
  public Optional<String> reason() {
    if (graph.model().centre().isEmpty()) {
      return Optional.of(NO_CENTRE + ", so no share of the centre is defined");
    }
    if (periods().isEmpty()) {
      return Optional.of("the model has no dated interventions or role spans, so there are no"
          + " periods");
    }
    return Optional.empty();
  }
}
