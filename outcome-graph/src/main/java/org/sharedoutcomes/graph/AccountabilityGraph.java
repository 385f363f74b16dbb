package org.sharedoutcomes.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.DataSharingAgreement;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Intervention;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.graph.internal.FrozenGraph;
import org.sharedoutcomes.graph.internal.IndexedView;

/**
 * The accountability graph of a model, and the agency networks derived from it, as read-only
 * JGraphT graphs. This is the one input type of every domain analysis of this module
 * ({@code DeliveryChains}, {@code DeliveryOrder}, {@code FailureImpacts},
 * {@code SinglePointsOfFailure}, {@code GovernanceClassification}, {@code CentreShare}); the
 * generic algorithms ({@code Betweenness}, {@code DegreeCentralization}, {@code Connectivity},
 * {@code Cycles}, {@code Clusters}) take any JGraphT {@link Graph}, such as one of its views.
 *
 * <p><b>The accountability graph</b> ({@link #graph()}) is a directed multigraph whose vertices
 * are the model's agencies, persons, commitments, outcomes and indicators ({@link Vertex}) and
 * whose edges are typed by {@link Relation}. <b>Every edge comes from one fact</b> of the model,
 * named by its {@link Edge#origin()}:
 * <ul>
 *   <li>each role assignment gives one edge from the party to the commitment or outcome, of the
 *       role's relation ({@link Relation#of(org.sharedoutcomes.core.Role)}: one per built-in
 *       role, HOLDS_ROLE with the role named for a custom role); a role held for two date spans
 *       gives two edges;</li>
 *   <li>each intervention gives one dated edge from the intervening agency to the other, by kind
 *       (SUPPORTS, CHALLENGES, DIRECTS, MONITORS);</li>
 *   <li>each indicator gives MEASURES to each commitment and outcome it measures and, if it has
 *       a data owner, OWNS_DATA from the owner; each data-sharing agreement gives SHARES_DATA
 *       from each party to each indicator it covers;</li>
 *   <li>each contribution gives one {@link Relation#PROVIDES} edge from the party to the
 *       commitment or outcome, carrying the contribution (kind, amount and unit exactly);</li>
 *   <li>SERVES from a commitment to each outcome it serves; PART_OF from an outcome to each
 *       parent; DEPENDS_ON from a commitment to each commitment it depends on; MEMBER_OF from a
 *       person to their agency; REPORTS_TO from an agency to its declared parent (parent cycles,
 *       which the model allows, stay cycles).</li>
 * </ul>
 * Nothing is invented: an agency without a parent reports to nobody. Only with
 * {@link GraphOption#ASSUME_ROOTS_REPORT_TO_CENTRE} does a root agency outside the centre get an
 * {@link Relation#ASSUMED_REPORTS_TO} edge to each head of the centre ({@link #centreHeads()})
 * of which it is not itself an ancestor.
 *
 * <p><b>The reporting network</b> ({@link #reporting()}) holds the agencies and the REPORTS_TO
 * edges (and the assumed ones, when asked for). <b>The collaboration network</b>
 * ({@link #collaboration()}) is undirected and weighted: two agencies are linked when both hold
 * a role (any role, directly or through one of their people) on the same commitment, with weight
 * the number of such commitments. <b>The dependency network</b> ({@link #dependencies()}) holds
 * commitments and DEPENDS_ON edges.
 *
 * <p>All graphs are built in {@code O(V + E + Σ k²)} where {@code k} is the number of agencies
 * on a commitment; the accountability graph is held in arrays (one hash map, vertex → number).
 * The views are unmodifiable; the analyses of this module index each one once and share the
 * index. Immutable and thread-safe.
 *
 * <pre>{@code
 * AccountabilityGraph g = AccountabilityGraph.of(model);
 * Graph<AgencyId, DefaultWeightedEdge> collab = g.collaboration();
 * double c = new DegreeCentralization<>(collab).all();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AccountabilityGraph {
  private final OutcomeModel model;
  private final Set<GraphOption> options;
  private final Graph<Vertex, Edge> graph;
  private final Graph<AgencyId, DefaultEdge> reporting;
  private final Graph<AgencyId, DefaultWeightedEdge> collaboration;
  private final Graph<CommitmentId, DefaultEdge> dependencies;
  private final Set<AgencyId> centreHeads;

  private AccountabilityGraph(OutcomeModel model, Set<GraphOption> options) {
    this.model = model;
    this.options = options;
    this.centreHeads = heads(model);
    int vertexCount = model.agencies().size() + model.persons().size()
        + model.commitments().size() + model.outcomes().size() + model.indicators().size();
    FrozenGraph.Builder<Vertex, Edge> g =
        new FrozenGraph.Builder<>(vertexCount, Edge::source, Edge::target);
    SimpleDirectedGraph<AgencyId, DefaultEdge> rep = new SimpleDirectedGraph<>(DefaultEdge.class);
    SimpleWeightedGraph<AgencyId, DefaultWeightedEdge> col =
        new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    SimpleDirectedGraph<CommitmentId, DefaultEdge> dep =
        new SimpleDirectedGraph<>(DefaultEdge.class);
    for (Agency a : model.agencies()) {
      g.vertex(Vertex.of(a.id()));
      rep.addVertex(a.id());
      col.addVertex(a.id());
    }
    for (Person p : model.persons()) {
      g.vertex(Vertex.of(p.id()));
    }
    for (Commitment c : model.commitments()) {
      g.vertex(Vertex.of(c.id()));
      dep.addVertex(c.id());
    }
    for (Outcome o : model.outcomes()) {
      g.vertex(Vertex.of(o.id()));
    }
    for (Indicator i : model.indicators()) {
      g.vertex(Vertex.of(i.id()));
    }
    addPersons(g);
    addReporting(g, rep);
    addOutcomes(g);
    addCommitments(g, dep, col);
    addRoles(g);
    addInterventions(g);
    addIndicators(g);
    addAgreements(g);
    addContributions(g);
    // a new kind of fact gets its own add method here, a FactKind and a case in the
    // provenance property test; see the module README
    this.graph = new IndexedView<>(g.build());
    this.reporting = new IndexedView<>(rep);
    this.collaboration = new IndexedView<>(col);
    this.dependencies = new IndexedView<>(dep);
  }

  private void addPersons(FrozenGraph.Builder<Vertex, Edge> g) {
    List<Person> persons = model.persons();
    for (int i = 0; i < persons.size(); i++) {
      Person p = persons.get(i);
      g.edge(Edge.of(Vertex.of(p.id()), Vertex.of(p.agency()), Relation.MEMBER_OF,
          new Origin(FactKind.PERSON, i)));
    }
  }

  private void addReporting(FrozenGraph.Builder<Vertex, Edge> g,
      SimpleDirectedGraph<AgencyId, DefaultEdge> rep) {
    boolean assume = options.contains(GraphOption.ASSUME_ROOTS_REPORT_TO_CENTRE);
    List<Agency> agencies = model.agencies();
    for (int i = 0; i < agencies.size(); i++) {
      Agency a = agencies.get(i);
      if (a.parent().isPresent()) {
        AgencyId to = a.parent().get();
        g.edge(Edge.of(Vertex.of(a.id()), Vertex.of(to), Relation.REPORTS_TO,
            new Origin(FactKind.AGENCY, i)));
        rep.addEdge(a.id(), to);
      } else if (assume && !model.isCentre(a.id())) {
        Origin origin = new Origin(FactKind.AGENCY, i);
        for (AgencyId h : centreHeads) {
          if (!h.equals(a.id()) && !ancestors(model, h).contains(a.id())) {
            g.edge(Edge.of(Vertex.of(a.id()), Vertex.of(h), Relation.ASSUMED_REPORTS_TO, origin));
            rep.addEdge(a.id(), h);
          }
        }
      }
    }
  }

  private void addOutcomes(FrozenGraph.Builder<Vertex, Edge> g) {
    List<Outcome> outcomes = model.outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome o = outcomes.get(i);
      Origin origin = new Origin(FactKind.OUTCOME, i);
      for (OutcomeId parent : o.parents()) {
        g.edge(Edge.of(Vertex.of(o.id()), Vertex.of(parent), Relation.PART_OF, origin));
      }
    }
  }

  private void addCommitments(FrozenGraph.Builder<Vertex, Edge> g,
      SimpleDirectedGraph<CommitmentId, DefaultEdge> dep,
      SimpleWeightedGraph<AgencyId, DefaultWeightedEdge> col) {
    List<Commitment> commitments = model.commitments();
    for (int i = 0; i < commitments.size(); i++) {
      Commitment c = commitments.get(i);
      Origin origin = new Origin(FactKind.COMMITMENT, i);
      Vertex cv = Vertex.of(c.id());
      for (OutcomeId o : c.outcomes()) {
        g.edge(Edge.of(cv, Vertex.of(o), Relation.SERVES, origin));
      }
      for (CommitmentId d : c.dependsOn()) {
        g.edge(Edge.of(cv, Vertex.of(d), Relation.DEPENDS_ON, origin));
        dep.addEdge(c.id(), d);
      }
      List<AgencyId> on = new ArrayList<>(model.agenciesOn(c.id()));
      for (int x = 0; x < on.size(); x++) {
        for (int y = x + 1; y < on.size(); y++) {
          DefaultWeightedEdge e = col.getEdge(on.get(x), on.get(y));
          if (e == null) {
            e = col.addEdge(on.get(x), on.get(y));
            col.setEdgeWeight(e, 1.0);
          } else {
            col.setEdgeWeight(e, col.getEdgeWeight(e) + 1.0);
          }
        }
      }
    }
  }

  private void addRoles(FrozenGraph.Builder<Vertex, Edge> g) {
    List<RoleAssignment> roles = model.roles();
    for (int i = 0; i < roles.size(); i++) {
      RoleAssignment r = roles.get(i);
      g.edge(Edge.ofRole(vertexOf(r.party()), vertexOf(r.target()), r.role(),
          new Origin(FactKind.ROLE_ASSIGNMENT, i)));
    }
  }

  private void addInterventions(FrozenGraph.Builder<Vertex, Edge> g) {
    List<Intervention> interventions = model.interventions();
    for (int i = 0; i < interventions.size(); i++) {
      Intervention x = interventions.get(i);
      g.edge(Edge.ofIntervention(Vertex.of(x.from()), Vertex.of(x.to()), Relation.of(x.kind()),
          x.date(), new Origin(FactKind.INTERVENTION, i)));
    }
  }

  private void addIndicators(FrozenGraph.Builder<Vertex, Edge> g) {
    List<Indicator> indicators = model.indicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator ind = indicators.get(i);
      Origin origin = new Origin(FactKind.INDICATOR, i);
      Vertex iv = Vertex.of(ind.id());
      for (CommitmentId c : ind.commitments()) {
        g.edge(Edge.of(iv, Vertex.of(c), Relation.MEASURES, origin));
      }
      for (OutcomeId o : ind.outcomes()) {
        g.edge(Edge.of(iv, Vertex.of(o), Relation.MEASURES, origin));
      }
      if (ind.dataOwner().isPresent()) {
        g.edge(Edge.of(Vertex.of(ind.dataOwner().get()), iv, Relation.OWNS_DATA, origin));
      }
    }
  }

  private void addAgreements(FrozenGraph.Builder<Vertex, Edge> g) {
    List<DataSharingAgreement> agreements = model.agreements();
    for (int i = 0; i < agreements.size(); i++) {
      DataSharingAgreement d = agreements.get(i);
      Origin origin = new Origin(FactKind.AGREEMENT, i);
      for (AgencyId party : d.parties()) {
        for (IndicatorId ind : d.indicators()) {
          g.edge(Edge.of(Vertex.of(party), Vertex.of(ind), Relation.SHARES_DATA, origin));
        }
      }
    }
  }

  private void addContributions(FrozenGraph.Builder<Vertex, Edge> g) {
    List<Contribution> contributions = model.contributions();
    for (int i = 0; i < contributions.size(); i++) {
      Contribution c = contributions.get(i);
      g.edge(Edge.ofContribution(vertexOf(c.party()), vertexOf(c.target()), c,
          new Origin(FactKind.CONTRIBUTION, i)));
    }
  }

  /**
   * The accountability graph of a model, from its facts only.
   *
   * @param model the model
   * @return its graph
   * @throws NullPointerException if {@code model} is null
   */
  public static AccountabilityGraph of(OutcomeModel model) {
    return of(model, new GraphOption[0]);
  }

  /**
   * The accountability graph of a model, with options.
   *
   * @param model the model
   * @param options options, such as {@link GraphOption#ASSUME_ROOTS_REPORT_TO_CENTRE}
   * @return its graph
   * @throws NullPointerException if {@code model}, {@code options} or an option is null
   */
  public static AccountabilityGraph of(OutcomeModel model, GraphOption... options) {
    Objects.requireNonNull(model, "model must not be null");
    Objects.requireNonNull(options, "options must not be null");
    EnumSet<GraphOption> set = EnumSet.noneOf(GraphOption.class);
    for (int i = 0; i < options.length; i++) {
      set.add(Objects.requireNonNull(options[i], "options[" + i + "] must not be null"));
    }
    return new AccountabilityGraph(model, Collections.unmodifiableSet(set));
  }

  /**
   * The vertex of a model element id: an agency, person, commitment, outcome or indicator.
   *
   * @param id the id
   * @return its vertex
   * @throws IllegalArgumentException for an id of a kind that has no vertex (agreement,
   *     conflict)
   */
  public static Vertex vertexOf(EntityId id) {
    if (id instanceof AgencyId a) {
      return Vertex.of(a);
    }
    if (id instanceof PersonId p) {
      return Vertex.of(p);
    }
    if (id instanceof CommitmentId c) {
      return Vertex.of(c);
    }
    if (id instanceof OutcomeId o) {
      return Vertex.of(o);
    }
    if (id instanceof IndicatorId i) {
      return Vertex.of(i);
    }
    throw new IllegalArgumentException("a " + id.kind().label() + " ('" + id.value()
        + "') is not a vertex of the accountability graph");
  }

  private static Set<AgencyId> ancestors(OutcomeModel model, AgencyId a) {
    Set<AgencyId> seen = new LinkedHashSet<>();
    Optional<AgencyId> p = model.agency(a).flatMap(Agency::parent);
    while (p.isPresent() && seen.add(p.get())) {
      p = model.agency(p.get()).flatMap(Agency::parent);
    }
    return seen;
  }

  private static Set<AgencyId> heads(OutcomeModel model) {
    Set<AgencyId> heads = new LinkedHashSet<>();
    for (AgencyId c : model.centre()) {
      boolean head = true;
      for (AgencyId anc : ancestors(model, c)) {
        if (model.isCentre(anc)) {
          head = false;
          break;
        }
      }
      if (head) {
        heads.add(c);
      }
    }
    return Collections.unmodifiableSet(heads);
  }

  /**
   * The model this graph was built from.
   *
   * @return the model
   */
  public OutcomeModel model() {
    return model;
  }

  /**
   * The options the graph was built with.
   *
   * @return unmodifiable set, empty by default
   */
  public Set<GraphOption> options() {
    return options;
  }

  /**
   * The accountability graph: agencies, persons, commitments, outcomes and indicators with typed
   * edges, each traced to its fact.
   *
   * @return a read-only directed multigraph
   */
  public Graph<Vertex, Edge> graph() {
    return graph;
  }

  /**
   * The reporting network: agencies and REPORTS_TO edges to declared parents (and
   * ASSUMED_REPORTS_TO edges when built with that option).
   *
   * @return a read-only directed graph
   */
  public Graph<AgencyId, DefaultEdge> reporting() {
    return reporting;
  }

  /**
   * The collaboration network: agencies linked when they share a commitment, weighted by how
   * many they share.
   *
   * @return a read-only undirected weighted graph
   */
  public Graph<AgencyId, DefaultWeightedEdge> collaboration() {
    return collaboration;
  }

  /**
   * The dependency network: commitments and DEPENDS_ON edges (dependent → dependency).
   *
   * @return a read-only directed graph
   */
  public Graph<CommitmentId, DefaultEdge> dependencies() {
    return dependencies;
  }

  /**
   * The heads of the centre: centre agencies with no centre agency among their ancestors. With
   * {@link GraphOption#ASSUME_ROOTS_REPORT_TO_CENTRE}, root agencies outside the centre are
   * assumed to report to them.
   *
   * @return the heads, in the model's agency order; empty if the model has no centre
   */
  public Set<AgencyId> centreHeads() {
    return centreHeads;
  }

  /**
   * The edges of one relation.
   *
   * @param relation the relation
   * @return the edges, in the graph's order
   */
  public List<Edge> edges(Relation relation) {
    List<Edge> out = new ArrayList<>();
    for (Edge e : graph.edgeSet()) {
      if (e.relation() == relation) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "AccountabilityGraph[" + graph.vertexSet().size() + " vertices, "
        + graph.edgeSet().size() + " edges]";
  }
}
