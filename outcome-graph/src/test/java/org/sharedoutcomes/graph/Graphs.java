package org.sharedoutcomes.graph;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleGraph;

/** Small hand-made graphs for the tests. */
public final class Graphs {
  private Graphs() {}

  /** An undirected graph from "a-b" edge strings. */
  public static Graph<String, DefaultEdge> undirected(String... edges) {
    Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    for (String e : edges) {
      String[] ab = e.split("-");
      g.addVertex(ab[0]);
      if (ab.length > 1) {
        g.addVertex(ab[1]);
        g.addEdge(ab[0], ab[1]);
      }
    }
    return g;
  }

  /** A directed graph from "a>b" edge strings. */
  public static Graph<String, DefaultEdge> directed(String... edges) {
    Graph<String, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
    for (String e : edges) {
      String[] ab = e.split(">");
      g.addVertex(ab[0]);
      if (ab.length > 1) {
        g.addVertex(ab[1]);
        g.addEdge(ab[0], ab[1]);
      }
    }
    return g;
  }

  /** The star with a centre "c" and leaves "l1".."lk". */
  public static Graph<String, DefaultEdge> star(int leaves) {
    Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    g.addVertex("c");
    for (int i = 1; i <= leaves; i++) {
      g.addVertex("l" + i);
      g.addEdge("c", "l" + i);
    }
    return g;
  }

  /** The cycle v0..v(n-1). */
  public static Graph<String, DefaultEdge> cycle(int n) {
    Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    for (int i = 0; i < n; i++) {
      g.addVertex("v" + i);
    }
    for (int i = 0; i < n; i++) {
      g.addEdge("v" + i, "v" + ((i + 1) % n));
    }
    return g;
  }
}
