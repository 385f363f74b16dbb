package org.sharedoutcomes.graph.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.jgrapht.GraphType;
import org.jgrapht.graph.DefaultGraphType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.testkit.Seeds;

/**
 * The rows of an {@link ArrayGraph} (built on the first query) against the answer read straight
 * off its edge arrays: every vertex's out-, in- and all edges in edge order, its degrees, and the
 * edges between pairs, on random multigraphs, directed and undirected, with isolated vertices and
 * edges added in no order.
 */
class ArrayGraphPropertiesTest {
  static LongStream seeds() {
    return Seeds.of(200);
  }

  /** Vertices and edges are their numbers. */
  private static final class Numbers implements ArrayGraph.Source<Integer, Integer> {
    private final int n;

    Numbers(int n) {
      this.n = n;
    }

    @Override
    public Integer vertex(int v) {
      return v;
    }

    @Override
    public int number(@Nullable Object vertex) {
      return vertex instanceof Integer i && i >= 0 && i < n ? i : -1;
    }

    @Override
    public Integer edge(ArrayGraph<Integer, Integer> graph, int k) {
      return k;
    }

    @Override
    public int edgeNumber(ArrayGraph<Integer, Integer> graph, @Nullable Object edge) {
      return edge instanceof Integer k && k >= 0 && k < graph.edgeCount() ? k : -1;
    }
  }

  private record Case(int n, int m, int[] src, int[] dst, boolean directed) {}

  private static Case random(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 2 + r.nextInt(40);
    int m = r.nextInt(4 * n);
    // spare room at the end of the arrays, as the graph's builders leave it
    int[] src = new int[m + r.nextInt(3)];
    int[] dst = new int[src.length];
    int hub = r.nextInt(n);
    for (int k = 0; k < m; k++) {
      int s = r.nextInt(4) == 0 ? hub : r.nextInt(n);
      int t = r.nextInt(n - 1);
      src[k] = s;
      dst[k] = t >= s ? t + 1 : t; // never a loop
    }
    return new Case(n, m, src, dst, r.nextBoolean());
  }

  private static ArrayGraph<Integer, Integer> graph(Case c) {
    GraphType type = c.directed() ? DefaultGraphType.directedPseudograph()
        : DefaultGraphType.pseudograph();
    return new ArrayGraph<>(c.n(), c.src(), c.dst(), c.m(), null, type, new Numbers(c.n()));
  }

  private static List<Integer> edges(Case c, int v, boolean out, boolean in) {
    List<Integer> e = new ArrayList<>();
    for (int k = 0; k < c.m(); k++) {
      if (out && c.src()[k] == v) {
        e.add(k);
      }
    }
    for (int k = 0; k < c.m(); k++) {
      if (in && c.dst()[k] == v) {
        e.add(k);
      }
    }
    return e;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rowsHoldEachVertexsEdgesInEdgeOrder(long seed) {
    Case c = random(seed);
    ArrayGraph<Integer, Integer> g = graph(c);
    for (int v = 0; v < c.n(); v++) {
      List<Integer> out = edges(c, v, true, false);
      List<Integer> in = edges(c, v, false, true);
      List<Integer> all = edges(c, v, true, true);
      String at = "seed " + seed + ", vertex " + v;
      assertEquals(all, new ArrayList<>(g.edgesOf(v)), at);
      assertEquals(all.size(), g.degreeOf(v), at);
      assertEquals(c.directed() ? out : all, new ArrayList<>(g.outgoingEdgesOf(v)), at);
      assertEquals(c.directed() ? in : all, new ArrayList<>(g.incomingEdgesOf(v)), at);
      assertEquals(c.directed() ? out.size() : all.size(), g.outDegreeOf(v), at);
      assertEquals(c.directed() ? in.size() : all.size(), g.inDegreeOf(v), at);
      assertEquals(out.size(), g.outTo(v) - g.outFrom(v), at);
      for (int p = g.outFrom(v); p < g.outTo(v); p++) {
        assertEquals(out.get(p - g.outFrom(v)), g.outRow(p), at);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void edgesBetweenTwoVerticesAreFoundInBothDirectionsWhenUndirected(long seed) {
    Case c = random(seed);
    ArrayGraph<Integer, Integer> g = graph(c);
    for (int s = 0; s < c.n(); s++) {
      for (int t = 0; t < c.n(); t++) {
        List<Integer> between = new ArrayList<>();
        for (int k = 0; k < c.m(); k++) {
          if (c.src()[k] == s && c.dst()[k] == t) {
            between.add(k);
          }
        }
        if (!c.directed()) {
          for (int k = 0; k < c.m(); k++) {
            if (c.src()[k] == t && c.dst()[k] == s) {
              between.add(k);
            }
          }
        }
        String at = "seed " + seed + ", " + s + " to " + t;
        assertEquals(between, new ArrayList<>(g.getAllEdges(s, t)), at);
        if (between.isEmpty()) {
          assertNull(g.getEdge(s, t), at);
        } else {
          assertEquals(between.get(0), g.getEdge(s, t), at);
        }
      }
    }
  }
}
