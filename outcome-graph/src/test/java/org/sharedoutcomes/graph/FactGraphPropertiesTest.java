package org.sharedoutcomes.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.DataSharingAgreement;
import org.sharedoutcomes.core.EntityKind;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.Intervention;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.RoleTarget;
import org.sharedoutcomes.graph.resilience.FailureImpact;
import org.sharedoutcomes.graph.resilience.SinglePointsOfFailure;
import org.sharedoutcomes.testkit.RandomModels;
import org.sharedoutcomes.testkit.Seeds;

/** Every edge traces to one fact, every fact yields its edges, and failure impact is reachability. */
class FactGraphPropertiesTest {
  // contributions switched on explicitly: every kind of fact is in the generated models
  private static final RandomModels MODELS = RandomModels.small().withContributions(true);
  private static final RandomModels DEPENDENT = RandomModels.withBounds(25, 30, 0);

  static LongStream seeds() {
    return Seeds.of(500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyEdgeTracesToTheOneModelElementItsOriginNames(long seed) {
    OutcomeModel m = MODELS.model(seed);
    AccountabilityGraph g = AccountabilityGraph.of(m);
    for (Edge e : g.graph().edgeSet()) {
      assertTrue(traces(m, e), "seed " + seed + ": edge " + e + " does not trace to "
          + e.origin() + " = " + e.origin().element(m));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyFactYieldsItsEdgesAndNothingElseIsInTheGraph(long seed) {
    OutcomeModel m = MODELS.model(seed);
    AccountabilityGraph g = AccountabilityGraph.of(m);
    Map<Origin, Integer> perOrigin = new HashMap<>();
    for (Edge e : g.graph().edgeSet()) {
      perOrigin.merge(e.origin(), 1, Integer::sum);
    }
    long expected = 0;
    for (int i = 0; i < m.roles().size(); i++) {
      assertEquals(1, perOrigin.getOrDefault(new Origin(EntityKind.ROLE_ASSIGNMENT, i), 0),
          "seed " + seed + ": role assignment " + m.roles().get(i));
      expected++;
    }
    for (int i = 0; i < m.interventions().size(); i++) {
      assertEquals(1, perOrigin.getOrDefault(new Origin(EntityKind.INTERVENTION, i), 0),
          "seed " + seed + ": intervention " + m.interventions().get(i));
      expected++;
    }
    for (int i = 0; i < m.indicators().size(); i++) {
      Indicator ind = m.indicators().get(i);
      int n = ind.commitments().size() + ind.outcomes().size() + (ind.dataOwner().isPresent()
          ? 1 : 0);
      assertEquals(n, perOrigin.getOrDefault(new Origin(EntityKind.INDICATOR, i), 0),
          "seed " + seed + ": indicator " + ind.id() + " (measures and data owner)");
      expected += n;
    }
    for (int i = 0; i < m.agreements().size(); i++) {
      DataSharingAgreement d = m.agreements().get(i);
      int n = d.parties().size() * d.indicators().size();
      assertEquals(n, perOrigin.getOrDefault(new Origin(EntityKind.AGREEMENT, i), 0),
          "seed " + seed + ": agreement " + d.id());
      expected += n;
    }
    for (int i = 0; i < m.contributions().size(); i++) {
      assertEquals(1, perOrigin.getOrDefault(new Origin(EntityKind.CONTRIBUTION, i), 0),
          "seed " + seed + ": contribution " + m.contributions().get(i));
      expected++;
    }
    for (Agency a : m.agencies()) {
      expected += a.parent().isPresent() ? 1 : 0;
    }
    expected += m.persons().size();
    for (Outcome o : m.outcomes()) {
      expected += o.parents().size();
    }
    for (Commitment c : m.commitments()) {
      expected += c.outcomes().size() + c.dependsOn().size();
    }
    assertEquals(expected, g.graph().edgeSet().size(), "seed " + seed + ": edge count");
    assertTrue(g.edges(Relation.ASSUMED_REPORTS_TO).isEmpty(), "seed " + seed);
    assertEquals(m.contributions().size(), g.edges(Relation.PROVIDES).size(),
        "seed " + seed + ": one PROVIDES edge per contribution");
  }

  @org.junit.jupiter.api.Test
  void theGeneratedModelsHoldContributionsInSeveralUnits() {
    // guards the provenance tests against a generator that stops drawing contributions
    Set<String> units = new HashSet<>();
    long withAny = 0;
    for (long seed : seeds().limit(50).toArray()) {
      List<Contribution> cs = MODELS.model(seed).contributions();
      withAny += cs.isEmpty() ? 0 : 1;
      cs.forEach(c -> units.add(c.unit()));
    }
    assertTrue(withAny > 0, "no contributions in the first 50 seeds' models");
    assertTrue(units.size() > 1, "contributions in one unit only: " + units);
  }

  private static boolean traces(OutcomeModel m, Edge e) {
    Object x = e.origin().element(m);
    Relation r = e.relation();
    if (r.isRole()) {
      return x instanceof RoleAssignment a && e.source().equals(AccountabilityGraph.vertexOf(
          a.party())) && e.target().equals(AccountabilityGraph.vertexOf(a.target()))
          && e.role().equals(java.util.Optional.of(a.role())) && Relation.of(a.role()) == r;
    }
    if (r.isContribution()) {
      // the edge carries the very contribution: kind, amount and unit exactly (equal records,
      // and the amount's scale too, so 2.5 never reads as 2.50)
      return x instanceof Contribution c && e.source().equals(AccountabilityGraph.vertexOf(
          c.party())) && e.target().equals(AccountabilityGraph.vertexOf(c.target()))
          && e.contribution().equals(java.util.Optional.of(c))
          && e.contribution().get().amount().scale() == c.amount().scale()
          && e.contribution().get().unit().equals(c.unit()) && e.role().isEmpty()
          && e.date().isEmpty();
    }
    if (r.isIntervention()) {
      return x instanceof Intervention i && e.source().equals(Vertex.of(i.from()))
          && e.target().equals(Vertex.of(i.to())) && Relation.of(i.kind()) == r
          && e.date().equals(java.util.Optional.of(i.date()));
    }
    switch (r) {
      case REPORTS_TO:
        return x instanceof Agency a && e.source().equals(Vertex.of(a.id()))
            && a.parent().map(p -> e.target().equals(Vertex.of(p))).orElse(false);
      case MEMBER_OF:
        return x instanceof Person p && e.source().equals(Vertex.of(p.id()))
            && e.target().equals(Vertex.of(p.agency()));
      case SERVES:
        return x instanceof Commitment c && e.source().equals(Vertex.of(c.id()))
            && c.outcomes().stream().anyMatch(o -> e.target().equals(Vertex.of(o)));
      case DEPENDS_ON:
        return x instanceof Commitment c && e.source().equals(Vertex.of(c.id()))
            && c.dependsOn().stream().anyMatch(d -> e.target().equals(Vertex.of(d)));
      case PART_OF:
        return x instanceof Outcome o && e.source().equals(Vertex.of(o.id()))
            && o.parents().stream().anyMatch(p -> e.target().equals(Vertex.of(p)));
      case MEASURES:
        return x instanceof Indicator i && e.source().equals(Vertex.of(i.id()))
            && (i.commitments().stream().anyMatch(c -> e.target().equals(Vertex.of(c)))
                || i.outcomes().stream().anyMatch(o -> e.target().equals(Vertex.of(o))));
      case OWNS_DATA:
        return x instanceof Indicator i && e.target().equals(Vertex.of(i.id()))
            && i.dataOwner().map(a -> e.source().equals(Vertex.of(a))).orElse(false);
      case SHARES_DATA:
        return x instanceof DataSharingAgreement d
            && d.parties().stream().anyMatch(a -> e.source().equals(Vertex.of(a)))
            && d.indicators().stream().anyMatch(i -> e.target().equals(Vertex.of(i)));
      default:
        return false;
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void transitiveDependentsOfAFailureAreExactlyWhatPlainReachabilityFinds(long seed) {
    OutcomeModel m = DEPENDENT.model(seed);
    AccountabilityGraph g = AccountabilityGraph.of(m);
    SinglePointsOfFailure s = new SinglePointsOfFailure(g);
    Graph<CommitmentId, DefaultEdge> dep = g.dependencies();
    for (Agency a : m.agencies()) {
      FailureImpact impact = s.impactOf(a.id());
      // plain BFS backwards along DEPENDS_ON from every orphaned commitment
      Map<CommitmentId, Integer> distance = new HashMap<>();
      ArrayDeque<CommitmentId> queue = new ArrayDeque<>();
      for (RoleTarget t : impact.orphaned()) {
        if (t instanceof CommitmentId c) {
          distance.put(c, 0);
          queue.add(c);
        }
      }
      while (!queue.isEmpty()) {
        CommitmentId c = queue.poll();
        for (DefaultEdge e : dep.incomingEdgesOf(c)) {
          CommitmentId d = dep.getEdgeSource(e);
          if (!distance.containsKey(d)) {
            distance.put(d, distance.get(c) + 1);
            queue.add(d);
          }
        }
      }
      Set<CommitmentId> reached = new HashSet<>(distance.keySet());
      reached.removeAll(impact.orphaned());
      assertEquals(reached, impact.dependents().keySet(), "seed " + seed + ", agency " + a.id());
      for (Map.Entry<CommitmentId, List<CommitmentId>> p : impact.dependents().entrySet()) {
        List<CommitmentId> path = p.getValue();
        assertEquals(p.getKey(), path.get(0), "seed " + seed);
        assertTrue(impact.orphaned().contains(path.get(path.size() - 1)), "seed " + seed);
        assertEquals(distance.get(p.getKey()) + 1, path.size(),
            "seed " + seed + ": the path of " + p.getKey() + " is not a shortest one");
        for (int i = 0; i + 1 < path.size(); i++) {
          assertTrue(dep.containsEdge(path.get(i), path.get(i + 1)),
              "seed " + seed + ": " + path.get(i) + " does not depend on " + path.get(i + 1));
        }
      }
    }
  }
}
