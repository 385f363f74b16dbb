package org.sharedoutcomes.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.graph.Fixtures.a;
import static org.sharedoutcomes.graph.Fixtures.agency;
import static org.sharedoutcomes.graph.Fixtures.c;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PersonId;

class AccountabilityGraphTest {
  private final AccountabilityGraph g = AccountabilityGraph.of(Fixtures.deliveryModel());

  @Test
  void holdsEveryAgencyPersonAndCommitmentAsVertex() {
    assertEquals(8, g.graph().vertexSet().size());
    assertTrue(g.graph().containsVertex(Vertex.of(PersonId.of("pat"))));
  }

  @Test
  void mapsRolesToTypedEdges() {
    assertTrue(g.graph().containsEdge(
        new Edge(Vertex.of(a("health")), Vertex.of(c("c1")), Relation.ACCOUNTABLE_FOR)));
    assertTrue(g.graph().containsEdge(
        new Edge(Vertex.of(a("city")), Vertex.of(c("c1")), Relation.RESPONSIBLE_FOR)));
    assertTrue(g.graph().containsEdge(
        new Edge(Vertex.of(a("ngo")), Vertex.of(c("c1")), Relation.CONTRIBUTES_TO)));
    assertTrue(g.graph().containsEdge(
        new Edge(Vertex.of(PersonId.of("pat")), Vertex.of(c("c1")), Relation.CONTRIBUTES_TO)));
  }

  @Test
  void givesNoEdgeForTheDeliveryUnitRole() {
    assertEquals(0, g.graph().outDegreeOf(Vertex.of(a("du"))));
  }

  @Test
  void countsEveryEdgeOnce() {
    assertEquals(12, g.graph().edgeSet().size());
    assertEquals(6, g.edges(Relation.ACCOUNTABLE_FOR).size() + g.edges(Relation.RESPONSIBLE_FOR)
        .size() + g.edges(Relation.CONTRIBUTES_TO).size());
  }

  @Test
  void rootAgenciesReportToTheHeadOfTheCentre() {
    assertTrue(g.reporting().containsEdge(a("health"), a("du")));
    assertTrue(g.reporting().containsEdge(a("edu"), a("du")));
    assertEquals(0, g.reporting().outDegreeOf(a("du")));
  }

  @Test
  void agenciesWithAParentReportToIt() {
    assertTrue(g.reporting().containsEdge(a("ngo"), a("city")));
    assertEquals(1, g.reporting().outDegreeOf(a("ngo")));
  }

  @Test
  void aCentreAgencyUnderARootDepartmentDoesNotMakeACycle() {
    OutcomeModel m = OutcomeModel.builder()
        .agency(agency("pmo", AgencyKind.DEPARTMENT))
        .agency(agency("pmdu", AgencyKind.CENTRAL_AGENCY).withParent(a("pmo")))
        .agency(agency("dept", AgencyKind.DEPARTMENT))
        .build();
    AccountabilityGraph x = AccountabilityGraph.of(m);
    assertEquals(Set.of(a("pmdu")), x.centreHeads());
    assertTrue(x.reporting().containsEdge(a("pmdu"), a("pmo")));
    assertTrue(x.reporting().containsEdge(a("dept"), a("pmdu")));
    assertEquals(0, x.reporting().outDegreeOf(a("pmo")));
  }

  @Test
  void weighsCollaborationsByTheNumberOfSharedCommitments() {
    var col = g.collaboration();
    assertEquals(2.0, col.getEdgeWeight(col.getEdge(a("edu"), a("health"))));
    assertEquals(1.0, col.getEdgeWeight(col.getEdge(a("du"), a("ngo"))));
    assertEquals(10, col.edgeSet().size());
  }

  @Test
  void viewsAreReadOnly() {
    assertThrows(UnsupportedOperationException.class, () -> g.reporting().addVertex(a("x")));
    assertThrows(UnsupportedOperationException.class,
        () -> g.graph().removeVertex(Vertex.of(a("du"))));
  }

  @Test
  void anEmptyModelGivesEmptyGraphs() {
    AccountabilityGraph e = AccountabilityGraph.of(OutcomeModel.empty());
    assertEquals(0, e.graph().vertexSet().size());
    assertEquals(0, e.collaboration().vertexSet().size());
    assertTrue(e.centreHeads().isEmpty());
  }

  @Test
  void rejectsANullModel() {
    NullPointerException ex =
        assertThrows(NullPointerException.class, () -> AccountabilityGraph.of(null));
    assertTrue(ex.getMessage().contains("model"));
  }

  @Test
  void rejectsAnEdgeFromAVertexToItself() {
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> new Edge(Vertex.of(a("x")), Vertex.of(a("x")), Relation.REPORTS_TO));
    assertTrue(ex.getMessage().contains("agency:x"));
  }
}
