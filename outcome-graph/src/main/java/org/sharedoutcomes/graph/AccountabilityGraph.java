package org.sharedoutcomes.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.graph.internal.IndexedView;

/**
 * The accountability graph of a model, and the agency networks derived from it, as read-only
 * JGraphT graphs.
 *
 * <p><b>The accountability graph</b> ({@link #graph()}) is a directed graph whose vertices are
 * the model's agencies, persons, commitments and outcomes ({@link Vertex}) and whose edges are
 * typed by {@link Relation}:
 * <ul>
 *   <li>ACCOUNTABLE_FOR, RESPONSIBLE_FOR, CONTRIBUTES_TO from a party to the commitment or
 *       outcome it holds the role on: ACCOUNTABLE and RESPONSIBLE map to their own relation, the
 *       other contributing roles ({@link Role#isContributing()}: LEAD, CONTRIBUTOR, FUNDER,
 *       IMPLEMENTER, CO_PRODUCER) to CONTRIBUTES_TO. Other roles (CONSULTED, INFORMED,
 *       DELIVERY_UNIT, the trio of roles, custom roles) give no edge; a role held several times
 *       (for several date spans) gives one edge;</li>
 *   <li>SERVES from a commitment to each outcome it serves; PART_OF from an outcome to each
 *       parent; DEPENDS_ON from a commitment to each commitment it depends on; MEMBER_OF from a
 *       person to their agency;</li>
 *   <li>REPORTS_TO, by this rule: an agency with a parent reports to its parent. An agency with
 *       no parent that is not itself in the centre ({@link OutcomeModel#centre()}) reports to
 *       every <em>head of the centre</em> (a centre agency with no centre agency among its
 *       ancestors) of which it is not itself an ancestor. Heads of the centre with no parent
 *       report to nobody. Parent cycles, which the model allows, stay cycles.</li>
 * </ul>
 *
 * <p><b>The reporting network</b> ({@link #reporting()}) holds the agencies and the REPORTS_TO
 * edges only. <b>The collaboration network</b> ({@link #collaboration()}) is undirected and
 * weighted: two agencies are linked when both hold a role (any role, directly or through one of
 * their people) on the same commitment, with weight the number of such commitments.
 * <b>The dependency network</b> ({@link #dependencies()}) holds commitments and DEPENDS_ON edges.
 *
 * <p>All graphs are built in {@code O(V + E + Σ k²)} where {@code k} is the number of agencies
 * on a commitment. The views are unmodifiable (JGraphT's {@code AsUnmodifiableGraph}); the
 * analyses of this module index each one once and share the index. Immutable and thread-safe.
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
  private final Graph<Vertex, Edge> graph;
  private final Graph<AgencyId, DefaultEdge> reporting;
  private final Graph<AgencyId, DefaultWeightedEdge> collaboration;
  private final Graph<CommitmentId, DefaultEdge> dependencies;
  private final Set<AgencyId> centreHeads;

  private AccountabilityGraph(OutcomeModel model) {
    this.model = model;
    this.centreHeads = heads(model);
    DirectedPseudograph<Vertex, Edge> g = new DirectedPseudograph<>(null, null, false);
    SimpleDirectedGraph<AgencyId, DefaultEdge> rep = new SimpleDirectedGraph<>(DefaultEdge.class);
    SimpleWeightedGraph<AgencyId, DefaultWeightedEdge> col =
        new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    SimpleDirectedGraph<CommitmentId, DefaultEdge> dep =
        new SimpleDirectedGraph<>(DefaultEdge.class);
    for (Agency a : model.agencies()) {
      g.addVertex(Vertex.of(a.id()));
      rep.addVertex(a.id());
      col.addVertex(a.id());
    }
    for (Person p : model.persons()) {
      g.addVertex(Vertex.of(p.id()));
    }
    for (Commitment c : model.commitments()) {
      g.addVertex(Vertex.of(c.id()));
      dep.addVertex(c.id());
    }
    for (Outcome o : model.outcomes()) {
      g.addVertex(Vertex.of(o.id()));
    }
    for (Person p : model.persons()) {
      add(g, Vertex.of(p.id()), Vertex.of(p.agency()), Relation.MEMBER_OF);
    }
    for (Agency a : model.agencies()) {
      for (AgencyId to : reportsTo(a)) {
        add(g, Vertex.of(a.id()), Vertex.of(to), Relation.REPORTS_TO);
        rep.addEdge(a.id(), to);
      }
    }
    for (Outcome o : model.outcomes()) {
      for (OutcomeId parent : o.parents()) {
        add(g, Vertex.of(o.id()), Vertex.of(parent), Relation.PART_OF);
      }
    }
    for (Commitment c : model.commitments()) {
      for (OutcomeId o : c.outcomes()) {
        add(g, Vertex.of(c.id()), Vertex.of(o), Relation.SERVES);
      }
      for (CommitmentId d : c.dependsOn()) {
        add(g, Vertex.of(c.id()), Vertex.of(d), Relation.DEPENDS_ON);
        dep.addEdge(c.id(), d);
      }
      List<AgencyId> on = new ArrayList<>(model.agenciesOn(c.id()));
      for (int i = 0; i < on.size(); i++) {
        for (int j = i + 1; j < on.size(); j++) {
          DefaultWeightedEdge e = col.getEdge(on.get(i), on.get(j));
          if (e == null) {
            e = col.addEdge(on.get(i), on.get(j));
            col.setEdgeWeight(e, 1.0);
          } else {
            col.setEdgeWeight(e, col.getEdgeWeight(e) + 1.0);
          }
        }
      }
    }
    for (RoleAssignment r : model.roles()) {
      relationOf(r.role()).ifPresent(rel -> add(g, vertexOf(r.party()), vertexOf(r.target()), rel));
    }
    this.graph = new IndexedView<>(g);
    this.reporting = new IndexedView<>(rep);
    this.collaboration = new IndexedView<>(col);
    this.dependencies = new IndexedView<>(dep);
  }

  /**
   * The accountability graph of a model.
   *
   * @param model the model
   * @return its graph
   * @throws NullPointerException if {@code model} is null
   */
  public static AccountabilityGraph of(OutcomeModel model) {
    return new AccountabilityGraph(Objects.requireNonNull(model, "model must not be null"));
  }

  /**
   * The relation a role gives, if any.
   *
   * @param role the role
   * @return ACCOUNTABLE_FOR, RESPONSIBLE_FOR, CONTRIBUTES_TO, or empty for a role that gives no
   *     edge
   */
  public static Optional<Relation> relationOf(Role role) {
    if (role.equals(Role.ACCOUNTABLE)) {
      return Optional.of(Relation.ACCOUNTABLE_FOR);
    }
    if (role.equals(Role.RESPONSIBLE)) {
      return Optional.of(Relation.RESPONSIBLE_FOR);
    }
    return role.isContributing() ? Optional.of(Relation.CONTRIBUTES_TO) : Optional.empty();
  }

  private static Vertex vertexOf(org.sharedoutcomes.core.EntityId id) {
    if (id instanceof AgencyId a) {
      return Vertex.of(a);
    }
    if (id instanceof PersonId p) {
      return Vertex.of(p);
    }
    if (id instanceof CommitmentId c) {
      return Vertex.of(c);
    }
    return Vertex.of((OutcomeId) id);
  }

  private static void add(Graph<Vertex, Edge> g, Vertex s, Vertex t, Relation r) {
    g.addEdge(s, t, new Edge(s, t, r));
  }

  private List<AgencyId> reportsTo(Agency a) {
    if (a.parent().isPresent()) {
      return List.of(a.parent().get());
    }
    if (model.isCentre(a.id())) {
      return List.of();
    }
    List<AgencyId> out = new ArrayList<>();
    for (AgencyId h : centreHeads) {
      if (!ancestors(model, h).contains(a.id())) {
        out.add(h);
      }
    }
    return out;
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
    return java.util.Collections.unmodifiableSet(heads);
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
   * The accountability graph: agencies, persons, commitments and outcomes with typed edges.
   *
   * @return a read-only directed graph
   */
  public Graph<Vertex, Edge> graph() {
    return graph;
  }

  /**
   * The reporting network: agencies and REPORTS_TO edges (see the class comment for the rule).
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
   * The heads of the centre: centre agencies with no centre agency among their ancestors. Root
   * agencies outside the centre report to them.
   *
   * @return the heads, in id order; empty if the model has no centre
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
