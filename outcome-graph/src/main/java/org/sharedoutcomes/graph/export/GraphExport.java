package org.sharedoutcomes.graph.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.json.JSONExporter;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.Edge;
import org.sharedoutcomes.graph.Relation;
import org.sharedoutcomes.graph.Vertex;

/**
 * Writes an accountability graph as DOT (Graphviz), GraphML, JSON or a Mermaid flowchart.
 *
 * <p>Every format names a vertex by its type and id ({@code "agency:esdc"}), labels it with the
 * agency's or person's name, the commitment's title or the outcome's statement, and gives each
 * edge its relation ({@link Relation#label()}). In DOT and Mermaid:
 * <ul>
 *   <li>shape by vertex type: agency box, person ellipse, commitment diamond (Mermaid: rhombus),
 *       outcome hexagon, indicator note (Mermaid: parallelogram);</li>
 *   <li>style by relation: accountable-for bold, responsible-for solid, contributes-to dashed,
 *       serves solid blue, part-of dotted, reports-to bold grey, depends-on dashed red,
 *       member-of dotted grey (Mermaid: thick, plain or dotted arrows);</li>
 *   <li>fill colour of a commitment by status: {@link #colourOf(CommitmentStatus)}.</li>
 * </ul>
 * GraphML and JSON are written by jgrapht-io's {@code GraphMLExporter} and {@code JSONExporter}
 * with the attributes {@code type}, {@code label}, {@code status} (commitments) and
 * {@code relation}, {@code role} (role edges), {@code date} (interventions), {@code kind},
 * {@code amount} and {@code unit} (contributions: the amount as plain decimal text, exactly as
 * recorded, never converted or summed) and {@code origin} (edges). Edge labels name the custom
 * role of HOLDS_ROLE edges, the date of interventions and the kind, amount and unit of
 * contributions (provides: bold dark goldenrod in DOT). Texts are escaped for each format.
 * {@code O(V + E)}. Stateless and thread-safe.
 *
 * <pre>{@code
 * String dot = GraphExport.of(AccountabilityGraph.of(model)).toDot();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GraphExport {
  private final AccountabilityGraph graph;

  private GraphExport(AccountabilityGraph graph) {
    this.graph = graph;
  }

  /**
   * An export of a graph.
   *
   * @param graph the accountability graph
   * @return the export
   * @throws NullPointerException if {@code graph} is null
   */
  public static GraphExport of(AccountabilityGraph graph) {
    return new GraphExport(Objects.requireNonNull(graph, "graph must not be null"));
  }

  /**
   * The fill colour of a commitment of a status, as an X11 colour name that DOT and CSS share.
   *
   * @param status the status
   * @return the colour
   */
  public static String colourOf(CommitmentStatus status) {
    switch (status) {
      case NOT_STARTED: return "lightgrey";
      case UNDERWAY_ON_TRACK: return "palegreen";
      case UNDERWAY_WITH_CHALLENGES: return "orange";
      case COMPLETED_FULLY_MET: return "forestgreen";
      case COMPLETED_MODIFIED: return "yellowgreen";
      case NOT_BEING_PURSUED: return "grey";
      case ONGOING: return "lightblue";
      case SUPERSEDED: return "white";
      default: throw new IllegalArgumentException("no colour for status " + status);
    }
  }

  private static String shapeOf(Vertex v) {
    if (v instanceof Vertex.AgencyVertex) {
      return "box";
    }
    if (v instanceof Vertex.PersonVertex) {
      return "ellipse";
    }
    if (v instanceof Vertex.IndicatorVertex) {
      return "note";
    }
    return v instanceof Vertex.CommitmentVertex ? "diamond" : "hexagon";
  }

  private static String dotStyleOf(Relation r) {
    switch (r) {
      case ACCOUNTABLE_FOR: return "style=bold";
      case RESPONSIBLE_FOR: return "style=solid";
      case CONTRIBUTES_TO: return "style=dashed";
      case SERVES: return "style=solid, color=blue";
      case PART_OF: return "style=dotted";
      case REPORTS_TO: return "style=bold, color=grey40";
      case ASSUMED_REPORTS_TO: return "style=dotted, color=grey40";
      case DELIVERY_UNIT_FOR: return "style=bold, color=purple";
      case SUPPORTS: case CHALLENGES: case DIRECTS: case MONITORS:
        return "style=solid, color=darkorange";
      case MEASURES: case OWNS_DATA: case SHARES_DATA: return "style=dashed, color=darkgreen";
      case DEPENDS_ON: return "style=dashed, color=red";
      case PROVIDES: return "style=bold, color=darkgoldenrod";
      default: return "style=dotted, color=grey";
    }
  }

  /**
   * A vertex's label: the name, title or statement it stands for.
   *
   * @param v the vertex
   * @return the label
   */
  public String labelOf(Vertex v) {
    OutcomeModel m = graph.model();
    if (v instanceof Vertex.AgencyVertex a) {
      return m.agency(a.id()).map(x -> x.name()).orElse(a.id().value());
    }
    if (v instanceof Vertex.PersonVertex p) {
      return m.person(p.id()).map(x -> x.name()).orElse(p.id().value());
    }
    if (v instanceof Vertex.CommitmentVertex c) {
      return m.commitment(c.id()).map(x -> x.title()).orElse(c.id().value());
    }
    if (v instanceof Vertex.IndicatorVertex i) {
      return m.indicator(i.id()).map(x -> x.name()).orElse(i.id().value());
    }
    Vertex.OutcomeVertex o = (Vertex.OutcomeVertex) v;
    return m.outcome(o.id()).map(x -> x.statement()).orElse(o.id().value());
  }

  private Optional<CommitmentStatus> statusOf(Vertex v) {
    if (v instanceof Vertex.CommitmentVertex c) {
      return graph.model().commitment(c.id()).flatMap(x -> x.status());
    }
    return Optional.empty();
  }

  private static String dotQuote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\n': b.append("\\n"); break;
        case '\r': break;
        default: b.append(ch < 0x20 ? ' ' : ch);
      }
    }
    return b.append('"').toString();
  }

  /**
   * The graph as DOT text.
   *
   * @return the text
   */
  public String toDot() {
    StringWriter w = new StringWriter();
    writeDot(w);
    return w.toString();
  }

  /**
   * Writes the graph as DOT.
   *
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void writeDot(Writer out) {
    Graph<Vertex, Edge> g = graph.graph();
    try {
      out.write("digraph accountability {\n  rankdir=LR;\n  node [style=filled, fillcolor=white];\n");
      for (Vertex v : g.vertexSet()) {
        out.write("  " + dotQuote(v.toString()) + " [shape=" + shapeOf(v) + ", label="
            + dotQuote(labelOf(v)));
        Optional<CommitmentStatus> s = statusOf(v);
        if (s.isPresent()) {
          out.write(", fillcolor=" + colourOf(s.get()));
        }
        out.write("];\n");
      }
      for (Edge e : g.edgeSet()) {
        out.write("  " + dotQuote(e.source().toString()) + " -> "
            + dotQuote(e.target().toString()) + " [label=" + dotQuote(edgeLabel(e))
            + ", " + dotStyleOf(e.relation()) + "];\n");
      }
      out.write("}\n");
      out.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException("could not write DOT", ex);
    }
  }

  private Map<String, Attribute> vertexAttributes(Vertex v) {
    Map<String, Attribute> m = new LinkedHashMap<>();
    m.put("type", DefaultAttribute.createAttribute(v.type()));
    m.put("label", DefaultAttribute.createAttribute(labelOf(v)));
    statusOf(v).ifPresent(s -> m.put("status", DefaultAttribute.createAttribute(s.name())));
    return m;
  }

  private static Map<String, Attribute> edgeAttributes(Edge e) {
    Map<String, Attribute> m = new LinkedHashMap<>();
    m.put("relation", DefaultAttribute.createAttribute(e.relation().label()));
    e.role().ifPresent(r -> m.put("role", DefaultAttribute.createAttribute(r.id())));
    e.date().ifPresent(d -> m.put("date", DefaultAttribute.createAttribute(d.toString())));
    e.contribution().ifPresent(c -> {
      m.put("kind", DefaultAttribute.createAttribute(c.kind().id()));
      m.put("amount", DefaultAttribute.createAttribute(c.amount().toPlainString()));
      m.put("unit", DefaultAttribute.createAttribute(c.unit()));
    });
    m.put("origin", DefaultAttribute.createAttribute(e.origin().toString()));
    return m;
  }

  private static String edgeLabel(Edge e) {
    if (e.relation() == Relation.HOLDS_ROLE) {
      return e.relation().label() + " " + e.role().map(r -> r.id()).orElse("");
    }
    return e.relation().label() + e.date().map(d -> " " + d).orElse("")
        + e.contribution().map(c -> " " + c.kind().id() + " " + c.amount().toPlainString() + " "
            + c.unit()).orElse("");
  }

  private static Map<Edge, String> edgeIds(Graph<Vertex, Edge> g) {
    Map<Edge, String> ids = new HashMap<>();
    for (Edge e : g.edgeSet()) {
      ids.put(e, "e" + ids.size());
    }
    return ids;
  }

  /**
   * The graph as GraphML.
   *
   * @return the XML text
   */
  public String toGraphMl() {
    StringWriter w = new StringWriter();
    writeGraphMl(w);
    return w.toString();
  }

  /**
   * Writes the graph as GraphML, with jgrapht-io.
   *
   * @param out where to write
   * @throws org.jgrapht.nio.ExportException if writing fails
   */
  public void writeGraphMl(Writer out) {
    Graph<Vertex, Edge> g = graph.graph();
    GraphMLExporter<Vertex, Edge> x = new GraphMLExporter<>(Vertex::toString);
    Map<Edge, String> ids = edgeIds(g);
    x.setEdgeIdProvider(ids::get);
    x.registerAttribute("type", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    x.registerAttribute("label", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    x.registerAttribute("status", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    for (String name : new String[] {"relation", "role", "date", "origin", "kind", "amount",
        "unit"}) {
      x.registerAttribute(name, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
    }
    x.setVertexAttributeProvider(this::vertexAttributes);
    x.setEdgeAttributeProvider(GraphExport::edgeAttributes);
    x.exportGraph(g, out);
  }

  /**
   * The graph as JSON.
   *
   * @return the JSON text
   */
  public String toJson() {
    StringWriter w = new StringWriter();
    writeJson(w);
    return w.toString();
  }

  /**
   * Writes the graph as JSON ({@code {"nodes": [...], "edges": [...]}}), with jgrapht-io.
   *
   * @param out where to write
   * @throws org.jgrapht.nio.ExportException if writing fails
   */
  public void writeJson(Writer out) {
    Graph<Vertex, Edge> g = graph.graph();
    JSONExporter<Vertex, Edge> x = new JSONExporter<>(Vertex::toString);
    Map<Edge, String> ids = edgeIds(g);
    x.setEdgeIdProvider(ids::get);
    x.setVertexAttributeProvider(this::vertexAttributes);
    x.setEdgeAttributeProvider(GraphExport::edgeAttributes);
    x.exportGraph(g, out);
  }

  private static String mermaidText(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"': b.append("#quot;"); break;
        case '#': b.append("#35;"); break;
        case '<': b.append("#lt;"); break;
        case '>': b.append("#gt;"); break;
        case '\n': case '\r': case '\t': b.append(' '); break;
        default: b.append(ch < 0x20 ? ' ' : ch);
      }
    }
    return b.append('"').toString();
  }

  private static String mermaidArrow(Relation r) {
    switch (r) {
      case ACCOUNTABLE_FOR: case REPORTS_TO: return "==>";
      case CONTRIBUTES_TO: case PART_OF: case DEPENDS_ON: case MEMBER_OF:
      case ASSUMED_REPORTS_TO: case MEASURES: case OWNS_DATA: case SHARES_DATA:
        return "-.->";
      default: return "-->";
    }
  }

  /**
   * The graph as a Mermaid flowchart, for Markdown.
   *
   * @return the text, starting {@code flowchart LR}
   */
  public String toMermaid() {
    Graph<Vertex, Edge> g = graph.graph();
    StringBuilder b = new StringBuilder("flowchart LR\n");
    Map<Vertex, String> ids = new HashMap<>();
    Map<CommitmentStatus, StringBuilder> byStatus = new LinkedHashMap<>();
    for (Vertex v : g.vertexSet()) {
      String id = "n" + ids.size();
      ids.put(v, id);
      String label = mermaidText(labelOf(v));
      String shape;
      if (v instanceof Vertex.AgencyVertex) {
        shape = "[" + label + "]";
      } else if (v instanceof Vertex.PersonVertex) {
        shape = "(" + label + ")";
      } else if (v instanceof Vertex.IndicatorVertex) {
        shape = "[/" + label + "/]";
      } else if (v instanceof Vertex.CommitmentVertex) {
        shape = "{" + label + "}";
      } else {
        shape = "{{" + label + "}}";
      }
      b.append("  ").append(id).append(shape).append('\n');
      statusOf(v).ifPresent(s -> {
        StringBuilder list = byStatus.computeIfAbsent(s, k -> new StringBuilder());
        list.append(list.length() == 0 ? "" : ",").append(id);
      });
    }
    for (Edge e : g.edgeSet()) {
      b.append("  ").append(ids.get(e.source())).append(' ').append(mermaidArrow(e.relation()))
          .append('|').append(edgeLabel(e)).append("| ").append(ids.get(e.target()))
          .append('\n');
    }
    for (Map.Entry<CommitmentStatus, StringBuilder> s : byStatus.entrySet()) {
      String cls = s.getKey().name().toLowerCase(Locale.ROOT);
      b.append("  classDef ").append(cls).append(" fill:").append(colourOf(s.getKey()))
          .append('\n');
      b.append("  class ").append(s.getValue()).append(' ').append(cls).append('\n');
    }
    return b.toString();
  }
}
