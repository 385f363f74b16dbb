package org.sharedoutcomes.graph.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.ModelValidationException;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.Fixtures;
import org.sharedoutcomes.graph.Graphs;

class CyclesTest {
  @Test
  void listsEachCycleFromItsFirstVertex() {
    Cycles<String> c = new Cycles<>(Graphs.directed("a>b", "b>c", "c>a", "c>d", "d>e", "e>d"));
    assertEquals(List.of(List.of("a", "b", "c"), List.of("d", "e")), c.cycles());
  }

  @Test
  void aParentCycleInTheReportingNetworkIsRefusedByTheModel() {
    // since 0.2 the model refuses agency parent cycles, as it refuses the other hierarchies'
    OutcomeModel.Builder b = OutcomeModel.builder()
        .agency(Fixtures.agency("x", AgencyKind.DEPARTMENT).withParent(Fixtures.a("y")))
        .agency(Fixtures.agency("y", AgencyKind.DEPARTMENT).withParent(Fixtures.a("x")))
        .agency(Fixtures.agency("z", AgencyKind.DEPARTMENT).withParent(Fixtures.a("x")));
    ModelValidationException e = assertThrows(ModelValidationException.class, b::build);
    assertTrue(e.getMessage().contains("x -> y -> x"), e.getMessage());
  }

  @Test
  void aReportingNetworkWithoutParentCyclesIsAcyclic() {
    Cycles<?> c = new Cycles<>(AccountabilityGraph.of(Fixtures.deliveryModel()).reporting());
    assertTrue(c.isAcyclic());
  }

  @Test
  void aDependencyNetworkHasNoCycleWithAReason() {
    Cycles<?> c = new Cycles<>(AccountabilityGraph.of(Fixtures.deliveryModel()).dependencies());
    assertTrue(c.isAcyclic());
    assertEquals("the graph is acyclic", c.reason().orElseThrow());
  }

  @Test
  void rejectsAnUndirectedGraph() {
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> new Cycles<>(Graphs.cycle(3)));
    assertTrue(ex.getMessage().contains("undirected"));
  }
}
