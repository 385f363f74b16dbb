package org.sharedoutcomes.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.DataSharingAgreement;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.EntityKind;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Intervention;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.internal.Lazy;
import org.sharedoutcomes.core.internal.ModelPositions;
import org.sharedoutcomes.core.internal.References;
import org.sharedoutcomes.graph.internal.ArrayGraph;

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
 * <p><b>Built from arrays.</b> Vertices are numbered by the model's list positions (agencies,
 * persons, commitments, outcomes, indicators); edges are {@code int} arrays filled straight from
 * the model's lists, with one open-addressing table id → number and no per-vertex or per-edge
 * object. {@link Vertex} and {@link Edge} objects are made on demand, equal each time. The
 * accountability graph is built in {@code O(V + E)}; the reporting, dependency and
 * collaboration networks on first use ({@code O(V + E + R log R + Σ k² log)} for the
 * collaboration network, from sorted {@code long} pair keys, {@code k} the agencies on a
 * commitment). The views are unmodifiable; the analyses of this module share each one's
 * compact index, built from the same arrays on first use. Immutable and thread-safe.
 *
 * <pre>{@code
 * AccountabilityGraph g = AccountabilityGraph.of(model);
 * Graph<AgencyId, DefaultWeightedEdge> collab = g.collaboration();
 * double c = new DegreeCentralization<>(collab).all();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AccountabilityGraph {
  private static final Relation[] RELATIONS = Relation.values();
  /** The relation of each built-in role, by its index in {@link Role#builtIns()}. */
  private static final Relation[] BUILT_IN_RELATIONS =
      Role.builtIns().stream().map(Relation::of).toArray(Relation[]::new);
  private static final GraphType MULTI = DefaultGraphType.directedPseudograph();
  private static final GraphType SIMPLE_DIRECTED = DefaultGraphType.simple().asDirected();
  private static final GraphType SIMPLE_WEIGHTED = DefaultGraphType.simple().asWeighted();

  private final OutcomeModel model;
  private final Set<GraphOption> options;
  // vertex numbers: agencies, then persons, commitments, outcomes, indicators, each in the
  // model's list order; an id's number is its kind's start plus its position, which the
  // model's own id indexes give (no table of our own, no second hashing of every id)
  private final int personStart;
  private final int commitmentStart;
  private final int outcomeStart;
  private final int indicatorStart;
  /** What the model's elements refer to, as positions (validation's look-ups, kept). */
  private final References refs;
  // edge k of the accountability graph: ends, relation (ordinal), origin index; the origin's
  // kind follows from the relation
  private final byte[] relation;
  private final int[] originIndex;
  private final ArrayGraph<Vertex, Edge> graph;
  private final int[] reportingSrc;
  private final int[] reportingDst;
  private final int reportingCount;
  private final Lazy<Graph<AgencyId, DefaultEdge>> reporting;
  private final Lazy<Graph<AgencyId, DefaultWeightedEdge>> collaboration;
  private final Lazy<Graph<CommitmentId, DefaultEdge>> dependencies;
  private final Lazy<Set<AgencyId>> centreHeads;

  /** Growable edge arrays. */
  private static final class Edges {
    int[] src;
    int[] dst;
    byte[] rel;
    int[] origin;
    int m;
    /** The first edge that ends where it starts, or -1. */
    int loop = -1;

    Edges(int capacity) {
      int cap = Math.max(16, capacity);
      src = new int[cap];
      dst = new int[cap];
      rel = new byte[cap];
      origin = new int[cap];
    }

    void add(int s, int t, Relation r, int o) {
      if (m == src.length) {
        int cap = m * 2;
        src = Arrays.copyOf(src, cap);
        dst = Arrays.copyOf(dst, cap);
        rel = Arrays.copyOf(rel, cap);
        origin = Arrays.copyOf(origin, cap);
      }
      if (s == t && loop < 0) {
        loop = m;
      }
      src[m] = s;
      dst[m] = t;
      rel[m] = (byte) r.ordinal();
      origin[m] = o;
      m++;
    }
  }

  private AccountabilityGraph(OutcomeModel model, Set<GraphOption> options) {
    this.model = model;
    this.options = options;
    this.centreHeads = Lazy.of(() -> heads(model));
    List<Agency> agencies = model.agencies();
    List<Person> persons = model.persons();
    List<Commitment> commitments = model.commitments();
    List<Outcome> outcomes = model.outcomes();
    List<Indicator> indicators = model.indicators();
    this.personStart = agencies.size();
    this.commitmentStart = personStart + persons.size();
    this.outcomeStart = commitmentStart + commitments.size();
    this.indicatorStart = outcomeStart + outcomes.size();
    int n = indicatorStart + indicators.size();
    this.refs = ModelPositions.references(model);
    // at most this many edges but for assumed reporting lines and data-sharing pairs (the
    // arrays grow for those): one per person, agency (its parent), indicator (its owner), role,
    // intervention and contribution, and one per reference in the lists
    Edges e = new Edges(persons.size() + agencies.size() + refs.outcomeParents().total()
        + refs.commitmentOutcomes().total() + refs.commitmentDependsOn().total()
        + model.roles().size() + model.interventions().size()
        + refs.indicatorCommitments().total() + refs.indicatorOutcomes().total()
        + indicators.size() + model.contributions().size());
    // the model's references are positions already: the edges come from int arrays, with
    // no look-up and no id object touched
    int[] personAgency = refs.personAgency();
    for (int i = 0; i < persons.size(); i++) {
      e.add(personStart + i, personAgency[i], Relation.MEMBER_OF, i);
    }
    int reportingStart = e.m;
    addReporting(e);
    this.reportingCount = e.m - reportingStart;
    this.reportingSrc = Arrays.copyOfRange(e.src, reportingStart, e.m);
    this.reportingDst = Arrays.copyOfRange(e.dst, reportingStart, e.m);
    References.Lists parents = refs.outcomeParents();
    for (int i = 0; i < outcomes.size(); i++) {
      for (int k = parents.from(i); k < parents.to(i); k++) {
        e.add(outcomeStart + i, outcomeStart + parents.at(k), Relation.PART_OF, i);
      }
    }
    References.Lists serves = refs.commitmentOutcomes();
    References.Lists dependsOn = refs.commitmentDependsOn();
    for (int i = 0; i < commitments.size(); i++) {
      for (int k = serves.from(i); k < serves.to(i); k++) {
        e.add(commitmentStart + i, outcomeStart + serves.at(k), Relation.SERVES, i);
      }
      for (int k = dependsOn.from(i); k < dependsOn.to(i); k++) {
        e.add(commitmentStart + i, commitmentStart + dependsOn.at(k), Relation.DEPENDS_ON, i);
      }
    }
    List<RoleAssignment> roles = model.roles();
    int[] roleParty = refs.roleParty();
    int[] roleTarget = refs.roleTarget();
    // what each role is, from the model's positions too: no role record touched but for a
    // role of the model's own
    byte[] roleBuiltIn = refs.roleBuiltIn();
    for (int i = 0; i < roles.size(); i++) {
      int b = roleBuiltIn[i];
      Relation r = b >= 0 ? BUILT_IN_RELATIONS[b] : Relation.of(roles.get(i).role());
      e.add(partyNumber(roleParty[i]), targetNumber(roleTarget[i]), r, i);
    }
    List<Intervention> interventions = model.interventions();
    for (int i = 0; i < interventions.size(); i++) {
      Intervention x = interventions.get(i);
      e.add(number(x.from()), number(x.to()), Relation.of(x.kind()), i);
    }
    References.Lists measuresCommitments = refs.indicatorCommitments();
    References.Lists measuresOutcomes = refs.indicatorOutcomes();
    int[] dataOwner = refs.indicatorDataOwner();
    for (int i = 0; i < indicators.size(); i++) {
      int iv = indicatorStart + i;
      for (int k = measuresCommitments.from(i); k < measuresCommitments.to(i); k++) {
        e.add(iv, commitmentStart + measuresCommitments.at(k), Relation.MEASURES, i);
      }
      for (int k = measuresOutcomes.from(i); k < measuresOutcomes.to(i); k++) {
        e.add(iv, outcomeStart + measuresOutcomes.at(k), Relation.MEASURES, i);
      }
      if (dataOwner[i] != References.NONE) {
        e.add(dataOwner[i], iv, Relation.OWNS_DATA, i);
      }
    }
    List<DataSharingAgreement> agreements = model.agreements();
    for (int i = 0; i < agreements.size(); i++) {
      DataSharingAgreement d = agreements.get(i);
      for (AgencyId party : d.parties()) {
        int pv = number(party);
        for (IndicatorId ind : d.indicators()) {
          e.add(pv, number(ind), Relation.SHARES_DATA, i);
        }
      }
    }
    List<Contribution> contributions = model.contributions();
    for (int i = 0; i < contributions.size(); i++) {
      Contribution c = contributions.get(i);
      e.add(number(c.party()), number(c.target()), Relation.PROVIDES, i);
    }
    // a new kind of fact adds its edges here (a Relation, an EntityKind and its case in
    // kindOf, edge and Origin.element, a case in the provenance property test); see the README
    if (e.loop >= 0) {
      int k = e.loop;
      throw new IllegalArgumentException("edge " + RELATIONS[e.rel[k]].label() + " from '"
          + vertex(e.src[k]) + "' must not end where it starts");
    }
    this.relation = e.rel;
    this.originIndex = e.origin;
    this.graph = new ArrayGraph<>(n, e.src, e.dst, e.m, null, MULTI, new FactSource());
    this.reporting = Lazy.of(this::makeReporting);
    this.collaboration = Lazy.of(this::makeCollaboration);
    this.dependencies = Lazy.of(this::makeDependencies);
  }

  /** The vertex number of a party as References encodes it (agency p, person -(p + 1)). */
  private int partyNumber(int party) {
    return party >= 0 ? party : personStart - party - 1;
  }

  /** The vertex number of a role's target, encoded as commitment p or outcome -(p + 1). */
  private int targetNumber(int t) {
    return t >= 0 ? commitmentStart + t : outcomeStart - t - 1;
  }

  /**
   * The vertex number of an element id: its kind's start plus its position in the model's
   * list; -1 for an id the model does not hold, or of a kind that has no vertices.
   */
  private int numberOf(@Nullable Object id) {
    if (!(id instanceof EntityId x)) {
      return -1;
    }
    int start = switch (x.kind()) {
      case AGENCY -> 0;
      case PERSON -> personStart;
      case COMMITMENT -> commitmentStart;
      case OUTCOME -> outcomeStart;
      case INDICATOR -> indicatorStart;
      default -> -1; // agreements, conflicts: no vertices
    };
    if (start < 0) {
      return -1;
    }
    int p = ModelPositions.indexOf(model, x);
    return p < 0 ? -1 : start + p;
  }

  private int number(EntityId id) {
    int v = numberOf(id);
    if (v < 0) {
      throw new IllegalArgumentException("'" + id.value() + "' (a " + id.kind().label()
          + ") is not in the model");
    }
    return v;
  }

  private void addReporting(Edges e) {
    boolean assume = options.contains(GraphOption.ASSUME_ROOTS_REPORT_TO_CENTRE);
    List<Agency> agencies = model.agencies();
    Map<AgencyId, Set<AgencyId>> headAncestors = new LinkedHashMap<>();
    if (assume) {
      for (AgencyId h : centreHeads.get()) {
        headAncestors.put(h, ancestors(model, h));
      }
    }
    int[] parent = refs.agencyParent();
    for (int i = 0; i < agencies.size(); i++) {
      if (parent[i] != References.NONE) {
        e.add(i, parent[i], Relation.REPORTS_TO, i);
        continue;
      }
      Agency a = agencies.get(i);
      if (assume && !model.isCentre(a.id())) {
        for (Map.Entry<AgencyId, Set<AgencyId>> h : headAncestors.entrySet()) {
          if (!h.getKey().equals(a.id()) && !h.getValue().contains(a.id())) {
            e.add(i, number(h.getKey()), Relation.ASSUMED_REPORTS_TO, i);
          }
        }
      }
    }
  }

  private Vertex vertex(int v) {
    if (v < personStart) {
      return Vertex.of(model.agencies().get(v).id());
    }
    if (v < commitmentStart) {
      return Vertex.of(model.persons().get(v - personStart).id());
    }
    if (v < outcomeStart) {
      return Vertex.of(model.commitments().get(v - commitmentStart).id());
    }
    if (v < indicatorStart) {
      return Vertex.of(model.outcomes().get(v - outcomeStart).id());
    }
    return Vertex.of(model.indicators().get(v - indicatorStart).id());
  }

  private static EntityKind kindOf(Relation r) {
    if (r.isRole()) {
      return EntityKind.ROLE_ASSIGNMENT;
    }
    if (r.isIntervention()) {
      return EntityKind.INTERVENTION;
    }
    switch (r) {
      case REPORTS_TO: case ASSUMED_REPORTS_TO: return EntityKind.AGENCY;
      case MEMBER_OF: return EntityKind.PERSON;
      case SERVES: case DEPENDS_ON: return EntityKind.COMMITMENT;
      case PART_OF: return EntityKind.OUTCOME;
      case MEASURES: case OWNS_DATA: return EntityKind.INDICATOR;
      case SHARES_DATA: return EntityKind.AGREEMENT;
      case PROVIDES: return EntityKind.CONTRIBUTION;
      default: throw new IllegalStateException("no fact kind for relation " + r);
    }
  }

  /** Edge k as an object, made from the arrays and the model element it comes from. */
  private Edge edge(int k) {
    Relation r = RELATIONS[relation[k]];
    Vertex s = vertex(graph.sourceOf(k));
    Vertex t = vertex(graph.targetOf(k));
    int o = originIndex[k];
    Origin origin = new Origin(kindOf(r), o);
    if (r.isRole()) {
      return Edge.ofRole(s, t, model.roles().get(o).role(), origin);
    }
    if (r.isIntervention()) {
      return Edge.ofIntervention(s, t, r, model.interventions().get(o).date(), origin);
    }
    if (r.isContribution()) {
      return Edge.ofContribution(s, t, model.contributions().get(o), origin);
    }
    return Edge.of(s, t, r, origin);
  }

  /** Vertices and edges of the accountability graph, made on demand. */
  private final class FactSource implements ArrayGraph.Source<Vertex, Edge> {
    @Override
    public Vertex vertex(int v) {
      return AccountabilityGraph.this.vertex(v);
    }

    @Override
    public int number(@Nullable Object v) {
      return v instanceof Vertex x ? numberOf(x.id()) : -1;
    }

    @Override
    public Edge edge(ArrayGraph<Vertex, Edge> g, int k) {
      return AccountabilityGraph.this.edge(k);
    }

    @Override
    public int edgeNumber(ArrayGraph<Vertex, Edge> g, @Nullable Object o) {
      if (!(o instanceof Edge x)) {
        return -1;
      }
      int s = numberOf(x.source().id());
      if (s < 0) {
        return -1;
      }
      int rel = x.relation().ordinal();
      int index = x.origin().index();
      for (int p = g.outFrom(s); p < g.outTo(s); p++) {
        int k = g.outRow(p);
        if (relation[k] == rel && originIndex[k] == index
            && AccountabilityGraph.this.edge(k).equals(x)) {
          return k;
        }
      }
      return -1;
    }

    @Override
    public Vertex sourceOf(Edge e) {
      return e.source();
    }

    @Override
    public Vertex targetOf(Edge e) {
      return e.target();
    }
  }

  /** A view whose vertices are one stretch of the numbering, as their ids. */
  private final class IdSource<V extends EntityId> implements ArrayGraph.Source<V, DefaultEdge> {
    private final Class<V> type;
    private final int offset;
    private final java.util.function.IntFunction<V> at;

    IdSource(Class<V> type, int offset, java.util.function.IntFunction<V> at) {
      this.type = type;
      this.offset = offset;
      this.at = at;
    }

    @Override
    public V vertex(int v) {
      return at.apply(v);
    }

    @Override
    public int number(@Nullable Object v) {
      if (!type.isInstance(v)) {
        return -1;
      }
      int x = numberOf(v);
      return x < 0 ? -1 : x - offset;
    }

    @Override
    public DefaultEdge edge(ArrayGraph<V, DefaultEdge> g, int k) {
      return g.numbered(k);
    }

    @Override
    public int edgeNumber(ArrayGraph<V, DefaultEdge> g, @Nullable Object e) {
      return g.numberOfNumbered(e);
    }
  }

  /** The collaboration network's source: agencies, weighted numbered edges. */
  private final class WeightedSource implements ArrayGraph.Source<AgencyId, DefaultWeightedEdge> {
    @Override
    public AgencyId vertex(int v) {
      return model.agencies().get(v).id();
    }

    @Override
    public int number(@Nullable Object v) {
      return v instanceof AgencyId ? numberOf(v) : -1;
    }

    @Override
    public DefaultWeightedEdge edge(ArrayGraph<AgencyId, DefaultWeightedEdge> g, int k) {
      return g.numberedWeighted(k);
    }

    @Override
    public int edgeNumber(ArrayGraph<AgencyId, DefaultWeightedEdge> g, @Nullable Object e) {
      return g.numberOfNumbered(e);
    }
  }

  private Graph<AgencyId, DefaultEdge> makeReporting() {
    return new ArrayGraph<>(personStart, reportingSrc, reportingDst, reportingCount, null,
        SIMPLE_DIRECTED, new IdSource<>(AgencyId.class, 0, v -> model.agencies().get(v).id()));
  }

  private Graph<CommitmentId, DefaultEdge> makeDependencies() {
    List<Commitment> commitments = model.commitments();
    References.Lists dependsOn = refs.commitmentDependsOn();
    int m = dependsOn.total();
    int[] src = new int[m];
    int[] dst = new int[m];
    int k = 0;
    for (int i = 0; i < commitments.size(); i++) {
      for (int j = dependsOn.from(i); j < dependsOn.to(i); j++) {
        src[k] = i;
        dst[k] = dependsOn.at(j);
        k++;
      }
    }
    return new ArrayGraph<>(commitments.size(), src, dst, m, null, SIMPLE_DIRECTED,
        new IdSource<>(CommitmentId.class, commitmentStart,
            v -> model.commitments().get(v).id()));
  }

  /**
   * Agencies linked by the commitments they share: the (commitment, agency) keys of every role
   * on a commitment (a person's role counts for their agency), sorted; each commitment's
   * distinct agencies give sorted pair keys, whose runs count the shared commitments.
   */
  private Graph<AgencyId, DefaultWeightedEdge> makeCollaboration() {
    List<RoleAssignment> roles = model.roles();
    List<Person> persons = model.persons();
    long[] keys = new long[roles.size()];
    int r = 0;
    int[] roleParty = refs.roleParty();
    int[] roleTarget = refs.roleTarget();
    int[] personAgency = refs.personAgency();
    for (int i = 0; i < roles.size(); i++) {
      int commitment = roleTarget[i];
      if (commitment >= 0) {
        int party = roleParty[i];
        int agency = party >= 0 ? party : personAgency[-party - 1];
        keys[r++] = (long) commitment << 32 | agency;
      }
    }
    Arrays.sort(keys, 0, r);
    long[] pairs = new long[Math.max(16, r)];
    int p = 0;
    int[] on = new int[16];
    for (int i = 0; i < r;) {
      long commitment = keys[i] >>> 32;
      int k = 0;
      for (; i < r && keys[i] >>> 32 == commitment; i++) {
        int agency = (int) keys[i];
        if (k == 0 || on[k - 1] != agency) {
          if (k == on.length) {
            on = Arrays.copyOf(on, k * 2);
          }
          on[k++] = agency;
        }
      }
      long need = p + (long) k * (k - 1) / 2;
      if (need > pairs.length) {
        pairs = Arrays.copyOf(pairs, (int) Math.min(Integer.MAX_VALUE - 8,
            Math.max(need, 2L * pairs.length)));
      }
      for (int x = 0; x < k; x++) {
        for (int y = x + 1; y < k; y++) {
          pairs[p++] = (long) on[x] << 32 | on[y];
        }
      }
    }
    Arrays.sort(pairs, 0, p);
    int m = 0;
    for (int i = 0; i < p; i++) {
      m += i == 0 || pairs[i] != pairs[i - 1] ? 1 : 0;
    }
    int[] src = new int[m];
    int[] dst = new int[m];
    double[] w = new double[m];
    int e = -1;
    for (int i = 0; i < p; i++) {
      if (i == 0 || pairs[i] != pairs[i - 1]) {
        e++;
        src[e] = (int) (pairs[i] >>> 32);
        dst[e] = (int) pairs[i];
      }
      w[e] += 1.0;
    }
    return new ArrayGraph<>(personStart, src, dst, m, w, SIMPLE_WEIGHTED, new WeightedSource());
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
    return reporting.get();
  }

  /**
   * The collaboration network: agencies linked when they share a commitment, weighted by how
   * many they share.
   *
   * @return a read-only undirected weighted graph
   */
  public Graph<AgencyId, DefaultWeightedEdge> collaboration() {
    return collaboration.get();
  }

  /**
   * The dependency network: commitments and DEPENDS_ON edges (dependent → dependency).
   *
   * @return a read-only directed graph
   */
  public Graph<CommitmentId, DefaultEdge> dependencies() {
    return dependencies.get();
  }

  /**
   * The heads of the centre: centre agencies with no centre agency among their ancestors. With
   * {@link GraphOption#ASSUME_ROOTS_REPORT_TO_CENTRE}, root agencies outside the centre are
   * assumed to report to them.
   *
   * @return the heads, in the model's agency order; empty if the model has no centre
   */
  public Set<AgencyId> centreHeads() {
    return centreHeads.get();
  }

  /**
   * The edges of one relation.
   *
   * @param relation the relation
   * @return the edges, in the graph's order
   */
  public List<Edge> edges(Relation relation) {
    Objects.requireNonNull(relation, "relation must not be null");
    List<Edge> out = new ArrayList<>();
    int r = relation.ordinal();
    for (int k = 0; k < graph.edgeCount(); k++) {
      if (this.relation[k] == r) {
        out.add(edge(k));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "AccountabilityGraph[" + graph.vertexSet().size() + " vertices, "
        + graph.edgeCount() + " edges]";
  }
}
