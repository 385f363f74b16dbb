package org.sharedoutcomes.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sharedoutcomes.graph.Fixtures.a;
import static org.sharedoutcomes.graph.Fixtures.agency;
import static org.sharedoutcomes.graph.Fixtures.c;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.ContributionKind;
import org.sharedoutcomes.core.DataSharingAgreement;
import org.sharedoutcomes.core.EntityKind;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Intervention;
import org.sharedoutcomes.core.InterventionKind;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PersonId;

class AccountabilityGraphTest {
  private final AccountabilityGraph g = AccountabilityGraph.of(Fixtures.deliveryModel());

  @Test
  void holdsEveryAgencyPersonAndCommitmentAsVertex() {
    assertEquals(8, g.graph().vertexSet().size());
    assertTrue(g.graph().containsVertex(Vertex.of(PersonId.of("pat"))));
  }

  private boolean has(Vertex source, Vertex target, Relation relation) {
    return g.graph().getAllEdges(source, target).stream().anyMatch(e -> e.relation() == relation);
  }

  @Test
  void mapsEveryRoleToItsOwnRelation() {
    assertTrue(has(Vertex.of(a("health")), Vertex.of(c("c1")), Relation.ACCOUNTABLE_FOR));
    assertTrue(has(Vertex.of(a("city")), Vertex.of(c("c1")), Relation.RESPONSIBLE_FOR));
    assertTrue(has(Vertex.of(a("ngo")), Vertex.of(c("c1")), Relation.IMPLEMENTS));
    assertTrue(has(Vertex.of(PersonId.of("pat")), Vertex.of(c("c1")), Relation.CONTRIBUTES_TO));
  }

  @Test
  void givesTheDeliveryUnitRoleItsEdge() {
    assertTrue(has(Vertex.of(a("du")), Vertex.of(c("c1")), Relation.DELIVERY_UNIT_FOR));
  }

  @Test
  void givesABuiltInRoleMadeAfreshTheRelationOfTheConstant() {
    // equal to Role.LEAD but not the constant: found by value, not by the model's built-in index
    AccountabilityGraph x = AccountabilityGraph.of(Fixtures.deliveryModel().toBuilder()
        .assign(a("edu"), new Role(Role.LEAD.id()), c("c1")).build());
    List<Edge> leads = x.edges(Relation.LEADS);
    assertEquals(1, leads.size());
    assertEquals(Vertex.of(a("edu")), leads.get(0).source());
    assertTrue(x.edges(Relation.HOLDS_ROLE).isEmpty());
  }

  @Test
  void givesACustomRoleAHoldsRoleEdgeThatNamesIt() {
    Role custom = Role.of("STEWARD_OF_DATA");
    AccountabilityGraph x = AccountabilityGraph.of(Fixtures.deliveryModel().toBuilder()
        .assign(a("edu"), custom, c("c1")).build());
    List<Edge> held = x.edges(Relation.HOLDS_ROLE);
    assertEquals(1, held.size());
    assertEquals(Optional.of(custom), held.get(0).role());
  }

  @Test
  void givesARoleHeldForTwoSpansTwoEdges() {
    OutcomeModel m = Fixtures.deliveryModel().toBuilder()
        .role(RoleAssignment.of(a("edu"), Role.CONSULTED, c("c1"))
            .during(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)))
        .role(RoleAssignment.of(a("edu"), Role.CONSULTED, c("c1"))
            .during(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)))
        .build();
    assertEquals(2, AccountabilityGraph.of(m).edges(Relation.CONSULTED_ON).size());
  }

  @Test
  void givesEachInterventionADatedEdgeOfItsKind() {
    LocalDate day = LocalDate.of(2024, 3, 1);
    AccountabilityGraph x = AccountabilityGraph.of(Fixtures.deliveryModel().toBuilder()
        .intervention(Intervention.of(a("du"), a("health"), c("c1"), InterventionKind.DIRECTIVE,
            day, "do it"))
        .build());
    List<Edge> directs = x.edges(Relation.DIRECTS);
    assertEquals(1, directs.size());
    assertEquals(Optional.of(day), directs.get(0).date());
    assertEquals(new Origin(EntityKind.INTERVENTION, 0), directs.get(0).origin());
  }

  @Test
  void givesDataOwnersAndAgreementsTheirEdges() {
    AccountabilityGraph x = AccountabilityGraph.of(Fixtures.deliveryModel().toBuilder()
        .indicator(Indicator.builder("i1", "Visits").dataOwner("health").measures(c("c1"))
            .build())
        .agreement(DataSharingAgreement.of("dsa", Set.of(a("health"), a("edu")),
            Set.of(IndicatorId.of("i1"))))
        .build());
    Vertex i1 = Vertex.of(IndicatorId.of("i1"));
    assertEquals(List.of(Vertex.of(a("health"))),
        x.edges(Relation.OWNS_DATA).stream().map(Edge::source).toList());
    assertEquals(Set.of(Vertex.of(a("edu")), Vertex.of(a("health"))),
        x.edges(Relation.SHARES_DATA).stream().map(Edge::source).collect(Collectors.toSet()));
    assertTrue(x.graph().containsEdge(Edge.of(i1, Vertex.of(c("c1")), Relation.MEASURES,
        new Origin(EntityKind.INDICATOR, 0))));
  }

  @Test
  void countsEveryEdgeOnce() {
    // 1 member-of, 2 reports-to, 1 depends-on, 7 role assignments
    assertEquals(11, g.graph().edgeSet().size());
    assertEquals(7, g.graph().edgeSet().stream().filter(e -> e.relation().isRole()).count());
  }

  @Test
  void rootAgenciesReportToNobodyByDefault() {
    assertEquals(0, g.reporting().outDegreeOf(a("health")));
    assertEquals(0, g.reporting().outDegreeOf(a("edu")));
    assertTrue(g.edges(Relation.ASSUMED_REPORTS_TO).isEmpty());
  }

  @Test
  void theOptInOptionMakesRootAgenciesReportToTheHeadOfTheCentre() {
    AccountabilityGraph x = AccountabilityGraph.of(Fixtures.deliveryModel(),
        GraphOption.ASSUME_ROOTS_REPORT_TO_CENTRE);
    assertTrue(x.reporting().containsEdge(a("health"), a("du")));
    assertTrue(x.reporting().containsEdge(a("edu"), a("du")));
    assertEquals(0, x.reporting().outDegreeOf(a("du")));
    assertEquals(2, x.edges(Relation.ASSUMED_REPORTS_TO).size());
    assertTrue(x.edges(Relation.REPORTS_TO).size() == 2);
  }

  @Test
  void agenciesWithAParentReportToIt() {
    assertTrue(g.reporting().containsEdge(a("ngo"), a("city")));
    assertEquals(1, g.reporting().outDegreeOf(a("ngo")));
  }

  @Test
  void aCentreAgencyUnderARootDepartmentDoesNotMakeACycleWithTheOption() {
    OutcomeModel m = OutcomeModel.builder()
        .agency(agency("pmo", AgencyKind.DEPARTMENT))
        .agency(agency("pmdu", AgencyKind.CENTRAL_AGENCY).withParent(a("pmo")))
        .agency(agency("dept", AgencyKind.DEPARTMENT))
        .build();
    AccountabilityGraph x = AccountabilityGraph.of(m, GraphOption.ASSUME_ROOTS_REPORT_TO_CENTRE);
    assertEquals(Set.of(a("pmdu")), x.centreHeads());
    assertTrue(x.reporting().containsEdge(a("pmdu"), a("pmo")));
    assertTrue(x.reporting().containsEdge(a("dept"), a("pmdu")));
    assertEquals(0, x.reporting().outDegreeOf(a("pmo")));
  }

  @Test
  void everyEdgeNamesTheElementItComesFrom() {
    for (Edge e : g.graph().edgeSet()) {
      Object element = e.origin().element(g.model());
      if (e.relation().isRole()) {
        RoleAssignment r = (RoleAssignment) element;
        assertEquals(AccountabilityGraph.vertexOf(r.party()), e.source());
      }
    }
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
  void rejectsARoleEdgeWhoseRoleDoesNotFitItsRelation() {
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> new Edge(Vertex.of(a("x")), Vertex.of(c("k")), Relation.FUNDS,
            Optional.of(Role.LEAD), Optional.empty(), new Origin(EntityKind.ROLE_ASSIGNMENT, 0)));
    assertTrue(ex.getMessage().contains("LEAD"));
  }

  @Test
  void rejectsAnOriginPointingPastTheModel() {
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> new Origin(EntityKind.INTERVENTION, 3).element(g.model()));
    assertTrue(ex.getMessage().contains("intervention at position 3"));
  }

  @Test
  void givesEveryContributionAProvidesEdgeThatKeepsItsAmountAndUnit() {
    Contribution cad = Contribution.of(a("health"), c("c1"), ContributionKind.FUNDING,
        new BigDecimal("2500000.50"), "CAD");
    Contribution eur = Contribution.of(a("health"), c("c1"), ContributionKind.FUNDING,
        new BigDecimal("100"), "EUR");
    Contribution staff = Contribution.of(PersonId.of("pat"), c("c2"), ContributionKind.STAFF,
        new BigDecimal("0.5"), "FTE");
    OutcomeModel m = Fixtures.deliveryModel().toBuilder().contribution(cad).contribution(eur)
        .contribution(staff).build();
    AccountabilityGraph x = AccountabilityGraph.of(m);
    List<Edge> provides = x.edges(Relation.PROVIDES);
    assertEquals(3, provides.size());
    for (Edge e : provides) {
      Contribution c = (Contribution) e.origin().element(m);
      assertEquals(EntityKind.CONTRIBUTION, e.origin().kind());
      assertEquals(Optional.of(c), e.contribution());
      assertEquals(AccountabilityGraph.vertexOf(c.party()), e.source());
      assertEquals(AccountabilityGraph.vertexOf(c.target()), e.target());
    }
    // two funding edges between the same ends in two currencies: two edges, never one sum
    List<Edge> funding = x.graph().getAllEdges(Vertex.of(a("health")), Vertex.of(c("c1")))
        .stream().filter(e -> e.relation() == Relation.PROVIDES).toList();
    assertEquals(Set.of("2500000.5 CAD", "100 EUR"), funding.stream()
        .map(e -> e.contribution().orElseThrow().amount().toPlainString() + " "
            + e.contribution().orElseThrow().unit()).collect(Collectors.toSet()));
    String dot = org.sharedoutcomes.graph.export.GraphExport.of(x).toDot();
    assertTrue(dot.contains("provides FUNDING 2500000.5 CAD"), dot);
    String graphMl = org.sharedoutcomes.graph.export.GraphExport.of(x).toGraphMl();
    assertTrue(graphMl.contains(">2500000.5<") && graphMl.contains(">CAD<"), graphMl);
  }

  @Test
  void aModelWithoutContributionsHasNoProvidesEdge() {
    assertTrue(g.edges(Relation.PROVIDES).isEmpty());
  }

  @Test
  void rejectsAProvidesEdgeWithoutItsContribution() {
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> Edge.of(Vertex.of(a("x")), Vertex.of(c("k")), Relation.PROVIDES,
            new Origin(EntityKind.CONTRIBUTION, 0)));
    assertTrue(ex.getMessage().contains("contribution"));
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
        () -> Edge.of(Vertex.of(a("x")), Vertex.of(a("x")), Relation.REPORTS_TO,
            new Origin(EntityKind.AGENCY, 0)));
    assertTrue(ex.getMessage().contains("agency:x"));
  }
}
