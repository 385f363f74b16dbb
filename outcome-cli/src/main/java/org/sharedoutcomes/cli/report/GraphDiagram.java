package org.sharedoutcomes.cli.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.progress.ProgressStatus;
import org.sharedoutcomes.core.progress.ProgressTracker;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.Edge;
import org.sharedoutcomes.graph.Relation;
import org.sharedoutcomes.graph.Vertex;
import org.sharedoutcomes.graph.export.GraphExport;

/**
 * The accountability graph drawn as an SVG picture, laid out by Eclipse ELK's layered
 * algorithm (Sugiyama-style: layers, crossing minimisation, orthogonal edge routing;
 * Schulze, Spönemann and von Hanxleden 2014).
 *
 * <p>What is drawn:
 * <ul>
 *   <li>one node per agency (a rectangle; the centre's agencies outlined twice), person
 *       (an ellipse), commitment (a rounded rectangle) and outcome (a hexagon whose tag
 *       says its level: impact, outcome or output, with a heavier outline the higher the
 *       level);</li>
 *   <li>commitments and outcomes filled by their <em>derived</em> status at the tracker's date
 *       ({@link ProgressStatus}, what the report's tables show), never the self-reported
 *       tracker status; the status is also written in the node, so colour is not the only
 *       cue;</li>
 *   <li>one edge per pair of nodes: parallel relations (accountable and responsible for the
 *       same commitment) are merged into one edge labelled with their RACI letters;</li>
 *   <li>reporting lines are laid out from the centre outwards (the centre in the first layer,
 *       departments next, then commitments and outcomes), so that they do not cross the
 *       picture; their arrow still points to whom one reports.</li>
 * </ul>
 *
 * <p>Layout is {@code O((V + E) log(V + E))} in practice (ELK's layered phases); a model with
 * thousands of nodes should not be drawn (the report skips it past
 * {@link #MAX_NODES}). Immutable once built; {@link #toSvg()} is thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class GraphDiagram {
  /** The most nodes drawn; a larger graph is not laid out. */
  public static final int MAX_NODES = 400;

  private static final int NODE_WIDTH = 190;
  private static final int LINE_HEIGHT = 15;
  private static final int CHARS_PER_LINE = 27;
  private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto,"
      + " Helvetica, Arial, sans-serif";

  /** ELK's option registry, set up once: it registers the option types layout copies. */
  private static final class Elk {
    static {
      org.eclipse.elk.core.data.LayoutMetaDataService.getInstance()
          .registerLayoutMetaDataProviders(
              new org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider());
    }

    static void ready() {
      // loading the class ran its initializer
    }
  }

  private final AccountabilityGraph graph;
  private final ProgressTracker tracker;
  private final List<Node> nodes = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private double width;
  private double height;

  private record Node(Vertex vertex, String kind, List<String> lines, String tag,
      String fill, String text, ElkNode elk) {}

  private record Link(Vertex source, Vertex target, Set<Relation> relations, ElkEdge elk,
      boolean reversed) {}

  /**
   * Lays out the graph of a model.
   *
   * @param graph the accountability graph
   * @param tracker the progress tracker whose derived statuses colour the nodes; it must be of
   *     the graph's model
   * @throws IllegalArgumentException if the tracker is of another model, or the graph has more
   *     than {@link #MAX_NODES} nodes
   */
  public GraphDiagram(AccountabilityGraph graph, ProgressTracker tracker) {
    this.graph = Objects.requireNonNull(graph, "graph must not be null");
    this.tracker = Objects.requireNonNull(tracker, "tracker must not be null");
    if (tracker.model() != graph.model()) {
      throw new IllegalArgumentException("the tracker is of another model than the graph");
    }
    int n = graph.graph().vertexSet().size();
    if (n > MAX_NODES) {
      throw new IllegalArgumentException("the graph has " + n + " nodes; at most " + MAX_NODES
          + " are drawn");
    }
    layout();
  }

  /**
   * How many nodes are drawn.
   *
   * @return the number of nodes: one per agency, person, commitment and outcome
   */
  public int nodeCount() {
    return nodes.size();
  }

  /**
   * How many edges are drawn, after parallel relations are merged.
   *
   * @return the number of edges
   */
  public int edgeCount() {
    return links.size();
  }

  private void layout() {
    Elk.ready();
    OutcomeModel model = graph.model();
    GraphExport names = GraphExport.of(graph);
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.DIRECTION, org.eclipse.elk.core.options.Direction.RIGHT);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE, 14.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 6.0);
    root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY,
        NodePlacementStrategy.NETWORK_SIMPLEX);
    root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(12));
    Map<Vertex, Node> byVertex = new LinkedHashMap<>();
    for (Vertex v : graph.graph().vertexSet()) {
      if (v instanceof Vertex.IndicatorVertex) {
        continue; // indicators are in the progress tables; drawn, they would crowd the picture
      }
      Node node = node(v, names.labelOf(v), model, root);
      nodes.add(node);
      byVertex.put(v, node);
    }
    // one edge per ordered pair, whatever the number of relations between them
    Map<List<Vertex>, Set<Relation>> merged = new LinkedHashMap<>();
    for (Edge e : graph.graph().edgeSet()) {
      if (!DRAWN.contains(e.relation()) || !byVertex.containsKey(e.source())
          || !byVertex.containsKey(e.target())) {
        continue;
      }
      merged.computeIfAbsent(List.of(e.source(), e.target()), k -> EnumSet.noneOf(Relation.class))
          .add(e.relation());
    }
    for (Map.Entry<List<Vertex>, Set<Relation>> e : merged.entrySet()) {
      Vertex s = e.getKey().get(0);
      Vertex t = e.getKey().get(1);
      boolean reversed = e.getValue().contains(Relation.REPORTS_TO)
          || e.getValue().contains(Relation.MEMBER_OF);
      var from = java.util.Objects.requireNonNull(byVertex.get(s));
      var to = java.util.Objects.requireNonNull(byVertex.get(t));
      ElkEdge edge = reversed
          ? ElkGraphUtil.createSimpleEdge(to.elk(), from.elk())
          : ElkGraphUtil.createSimpleEdge(from.elk(), to.elk());
      String letters = letters(e.getValue());
      if (!letters.isEmpty()) {
        ElkLabel label = ElkGraphUtil.createLabel(letters, edge);
        label.setDimensions(8 + 7.5 * letters.length(), 14);
        label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
      }
      links.add(new Link(s, t, e.getValue(), edge, reversed));
    }
    new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
    width = root.getWidth();
    height = root.getHeight();
  }

  private Node node(Vertex v, String label, OutcomeModel model, ElkNode root) {
    String kind = v.type();
    String tag;
    String fill;
    String text = "#111827";
    if (v instanceof Vertex.CommitmentVertex c) {
      ProgressStatus st = tracker.statusOf(c.id());
      tag = "commitment \u00b7 " + StatusStyle.label(st);
      fill = StatusStyle.fill(st);
      text = StatusStyle.text(st);
    } else if (v instanceof Vertex.OutcomeVertex o) {
      OutcomeLevel level = model.outcome(o.id()).map(Outcome::level).orElse(OutcomeLevel.OUTCOME);
      ProgressStatus st = tracker.statusOf(o.id());
      tag = level.name().toLowerCase(Locale.ROOT) + " \u00b7 " + StatusStyle.label(st);
      fill = StatusStyle.fill(st);
      text = StatusStyle.text(st);
      kind = "outcome-" + level.name().toLowerCase(Locale.ROOT);
    } else if (v instanceof Vertex.AgencyVertex a) {
      boolean centre = model.centre().contains(a.id());
      tag = centre ? "agency \u00b7 centre" : "agency";
      fill = centre ? "#dbe4f0" : "#eef2f7";
      kind = centre ? "agency-centre" : "agency";
    } else {
      tag = "person";
      fill = "#f5f5f4";
    }
    List<String> lines = wrap(label, CHARS_PER_LINE, 3);
    ElkNode n = ElkGraphUtil.createNode(root);
    n.setIdentifier(v.toString());
    n.setDimensions(NODE_WIDTH, 16 + LINE_HEIGHT * (lines.size() + 1));
    return new Node(v, kind, lines, tag, fill, text, n);
  }

  /**
   * The relations drawn: roles, outcomes served, hierarchies, reporting lines, dependencies and
   * membership. Consulted and informed roles, the centre's interventions and the indicators'
   * data edges are left to the tables and the GraphML export, so the picture stays readable.
   */
  static final Set<Relation> DRAWN = EnumSet.complementOf(EnumSet.of(Relation.CONSULTED_ON,
      Relation.INFORMED_OF, Relation.SUPPORTS, Relation.CHALLENGES, Relation.DIRECTS,
      Relation.MONITORS, Relation.MEASURES, Relation.OWNS_DATA, Relation.SHARES_DATA));

  /**
   * RACI-style letters of the role relations on an edge: A, R, L (leads), C (contributes) and
   * DU (delivery unit).
   */
  private static String letters(Set<Relation> relations) {
    StringBuilder s = new StringBuilder();
    if (relations.contains(Relation.ACCOUNTABLE_FOR)) {
      s.append('A');
    }
    if (relations.contains(Relation.RESPONSIBLE_FOR)) {
      s.append(s.length() > 0 ? "\u00b7" : "").append('R');
    }
    if (relations.contains(Relation.LEADS)) {
      s.append(s.length() > 0 ? "\u00b7" : "").append('L');
    }
    if (relations.contains(Relation.CONTRIBUTES_TO)) {
      s.append(s.length() > 0 ? "\u00b7" : "").append('C');
    }
    if (relations.contains(Relation.DELIVERY_UNIT_FOR)) {
      s.append(s.length() > 0 ? "\u00b7" : "").append("DU");
    }
    return s.toString();
  }

  /** Words wrapped into at most {@code max} lines, the last one cut with an ellipsis. */
  static List<String> wrap(String text, int width, int max) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String[] words = text.trim().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (line.length() > 0 && line.length() + 1 + w.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
        if (lines.size() == max) {
          String last = lines.remove(max - 1);
          lines.add((last.length() > width - 1 ? last.substring(0, width - 1) : last)
              + "\u2026");
          return lines;
        }
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(w.length() > width ? w.substring(0, width - 1) + "\u2026" : w);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * The picture: a standalone SVG element with a title and description for screen readers, one
   * {@code <g class="node">} per node (its {@code data-id} the vertex, {@code agency:esdc}) and
   * one {@code <g class="edge">} per merged edge, and a legend below.
   *
   * @return the SVG markup
   */
  public String toSvg() {
    int legendHeight = 64;
    double w = Math.max(width, 760);
    double h = height + legendHeight;
    StringBuilder svg = new StringBuilder(32 * 1024);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" role=\"img\""
        + " aria-labelledby=\"graph-title graph-desc\" viewBox=\"0 0 ").append(f(w)).append(' ')
        .append(f(h)).append("\" width=\"").append(f(w)).append("\" height=\"").append(f(h))
        .append("\" font-family=\"").append(FONT).append("\" font-size=\"12\">\n");
    svg.append("<title id=\"graph-title\">Accountability graph</title>\n");
    svg.append("<desc id=\"graph-desc\">").append(Html.escape(description())).append("</desc>\n");
    svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\""
        + " markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto-start-reverse\">"
        + "<path d=\"M0 0 L10 5 L0 10 z\" fill=\"context-stroke\"/></marker>"
        + "<marker id=\"arrow-grey\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\""
        + " markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto-start-reverse\">"
        + "<path d=\"M0 0 L10 5 L0 10 z\" fill=\"#6b7280\"/></marker>"
        + "<marker id=\"arrow-dark\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\""
        + " markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto-start-reverse\">"
        + "<path d=\"M0 0 L10 5 L0 10 z\" fill=\"#1f2937\"/></marker>"
        + "<marker id=\"arrow-blue\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\""
        + " markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto-start-reverse\">"
        + "<path d=\"M0 0 L10 5 L0 10 z\" fill=\"#1d4ed8\"/></marker>"
        + "<marker id=\"arrow-red\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\""
        + " markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto-start-reverse\">"
        + "<path d=\"M0 0 L10 5 L0 10 z\" fill=\"#b91c1c\"/></marker></defs>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    for (Link l : links) {
      edge(svg, l);
    }
    for (Node n : nodes) {
      node(svg, n);
    }
    legend(svg, height + 8);
    return svg.append("</svg>\n").toString();
  }

  private String description() {
    long agencies = nodes.stream().filter(n -> n.vertex() instanceof Vertex.AgencyVertex).count();
    long commitments =
        nodes.stream().filter(n -> n.vertex() instanceof Vertex.CommitmentVertex).count();
    long outcomes = nodes.stream().filter(n -> n.vertex() instanceof Vertex.OutcomeVertex).count();
    return agencies + " agencies, " + commitments + " commitments and " + outcomes
        + " outcomes, left to right: the centre, the agencies reporting to it, the commitments"
        + " they are accountable (A), responsible (R) or contributing (C) for, and the outcomes"
        + " they serve. Commitments and outcomes are coloured by derived status; the tables"
        + " below give the same figures.";
  }

  private static void edge(StringBuilder svg, Link l) {
    Set<Relation> r = l.relations();
    String stroke = "#374151";
    String extra = "";
    String marker = "arrow-dark";
    double sw = 1.3;
    if (r.contains(Relation.ACCOUNTABLE_FOR)) {
      sw = 2.6;
      stroke = "#1f2937";
    } else if (r.contains(Relation.RESPONSIBLE_FOR)) {
      sw = 1.6;
    } else if (r.contains(Relation.CONTRIBUTES_TO)) {
      extra = " stroke-dasharray=\"6 4\"";
    } else if (r.contains(Relation.SERVES)) {
      stroke = "#1d4ed8";
      marker = "arrow-blue";
      sw = 1.5;
    } else if (r.contains(Relation.PART_OF)) {
      stroke = "#1d4ed8";
      marker = "arrow-blue";
      extra = " stroke-dasharray=\"2 3\"";
      sw = 1.8;
    } else if (r.contains(Relation.DEPENDS_ON)) {
      stroke = "#b91c1c";
      marker = "arrow-red";
      extra = " stroke-dasharray=\"6 4\"";
    } else {
      stroke = "#6b7280";
      marker = "arrow-grey";
      extra = r.contains(Relation.MEMBER_OF) ? " stroke-dasharray=\"2 3\"" : "";
    }
    StringBuilder d = new StringBuilder();
    for (ElkEdgeSection s : l.elk().getSections()) {
      d.append('M').append(f(s.getStartX())).append(' ').append(f(s.getStartY()));
      for (ElkBendPoint b : s.getBendPoints()) {
        d.append(" L").append(f(b.getX())).append(' ').append(f(b.getY()));
      }
      d.append(" L").append(f(s.getEndX())).append(' ').append(f(s.getEndY()));
    }
    String names = String.join(", ", r.stream().map(Relation::label).toList());
    svg.append("<g class=\"edge\" data-source=\"").append(Html.escape(l.source().toString()))
        .append("\" data-target=\"").append(Html.escape(l.target().toString()))
        .append("\"><title>").append(Html.escape(l.source() + " " + names + " " + l.target()))
        .append("</title><path d=\"").append(d).append("\" fill=\"none\" stroke=\"")
        .append(stroke).append("\" stroke-width=\"").append(sw).append('"').append(extra)
        // a reversed edge was laid out from its target: its arrow goes at the path's start
        .append(l.reversed() ? " marker-start" : " marker-end").append("=\"url(#")
        .append(marker).append(")\"/>");
    for (ElkLabel label : l.elk().getLabels()) {
      svg.append("<rect x=\"").append(f(label.getX())).append("\" y=\"").append(f(label.getY()))
          .append("\" width=\"").append(f(label.getWidth())).append("\" height=\"")
          .append(f(label.getHeight())).append("\" rx=\"3\" fill=\"#ffffff\" stroke=\"")
          .append(stroke).append("\" stroke-width=\"0.8\"/><text x=\"")
          .append(f(label.getX() + label.getWidth() / 2)).append("\" y=\"")
          .append(f(label.getY() + 11)).append("\" text-anchor=\"middle\" font-size=\"10.5\""
              + " font-weight=\"bold\" fill=\"#111827\">").append(Html.escape(label.getText()))
          .append("</text>");
    }
    svg.append("</g>\n");
  }

  private static void node(StringBuilder svg, Node n) {
    ElkNode e = n.elk();
    double x = e.getX();
    double y = e.getY();
    double w = e.getWidth();
    double h = e.getHeight();
    svg.append("<g class=\"node ").append(n.kind()).append("\" data-id=\"")
        .append(Html.escape(n.vertex().toString())).append("\"><title>")
        .append(Html.escape(String.join(" ", n.lines()) + " (" + n.tag() + ")"))
        .append("</title>");
    String shape = switch (n.kind()) {
      case "agency" -> rect(x, y, w, h, 0, n.fill(), "#334155", 1.2);
      case "agency-centre" -> rect(x, y, w, h, 0, n.fill(), "#1e3a5f", 2.4)
          + rect(x + 3, y + 3, w - 6, h - 6, 0, "none", "#1e3a5f", 0.8);
      case "person" -> "<ellipse cx=\"" + f(x + w / 2) + "\" cy=\"" + f(y + h / 2) + "\" rx=\""
          + f(w / 2) + "\" ry=\"" + f(h / 2) + "\" fill=\"" + n.fill()
          + "\" stroke=\"#57534e\"/>";
      case "commitment" -> rect(x, y, w, h, 10, n.fill(), "#1f2937", 1.2);
      default -> hexagon(x, y, w, h, n.fill(), switch (n.kind()) {
        case "outcome-impact" -> 3.2;
        case "outcome-outcome" -> 1.8;
        default -> 1.0;
      }, n.kind().equals("outcome-output"));
    };
    svg.append(shape);
    double ty = y + 8 + LINE_HEIGHT - 3;
    svg.append("<text x=\"").append(f(x + 12)).append("\" y=\"").append(f(ty))
        .append("\" font-size=\"10.5\" font-weight=\"bold\" letter-spacing=\"0.04em\" fill=\"")
        .append(n.text()).append("\">").append(Html.escape(n.tag().toUpperCase(Locale.ROOT)))
        .append("</text>");
    for (String line : n.lines()) {
      ty += LINE_HEIGHT;
      svg.append("<text x=\"").append(f(x + 12)).append("\" y=\"").append(f(ty))
          .append("\" fill=\"").append(n.text()).append("\">").append(Html.escape(line))
          .append("</text>");
    }
    svg.append("</g>\n");
  }

  private static String rect(double x, double y, double w, double h, double r, String fill,
      String stroke, double sw) {
    return "<rect x=\"" + f(x) + "\" y=\"" + f(y) + "\" width=\"" + f(w) + "\" height=\"" + f(h)
        + "\" rx=\"" + f(r) + "\" fill=\"" + fill + "\" stroke=\"" + stroke
        + "\" stroke-width=\"" + sw + "\"/>";
  }

  private static String hexagon(double x, double y, double w, double h, String fill, double sw,
      boolean dashed) {
    double c = 8;
    return "<path d=\"M" + f(x + c) + ' ' + f(y) + " L" + f(x + w - c) + ' ' + f(y) + " L"
        + f(x + w) + ' ' + f(y + h / 2) + " L" + f(x + w - c) + ' ' + f(y + h) + " L"
        + f(x + c) + ' ' + f(y + h) + " L" + f(x) + ' ' + f(y + h / 2) + " Z\" fill=\"" + fill
        + "\" stroke=\"#4c1d95\" stroke-width=\"" + sw + "\""
        + (dashed ? " stroke-dasharray=\"5 3\"" : "") + "/>";
  }

  private static void legend(StringBuilder svg, double y0) {
    svg.append("<g class=\"legend\" transform=\"translate(12,").append(f(y0)).append(")\">");
    double x = 0;
    svg.append("<text x=\"0\" y=\"12\" font-weight=\"bold\" fill=\"#111827\">Status</text>");
    x = 52;
    for (ProgressStatus st : ProgressStatus.values()) {
      svg.append(rect(x, 1, 16, 14, 3, StatusStyle.fill(st), "#1f2937", 1))
          .append("<text x=\"").append(f(x + 21)).append("\" y=\"12\" fill=\"#111827\">")
          .append(StatusStyle.label(st)).append("</text>");
      x += 30 + 7 * StatusStyle.label(st).length();
    }
    svg.append("<text x=\"").append(f(x + 14)).append("\" y=\"12\" fill=\"#111827\">")
        .append("Levels: impact \u2b23 thick, outcome \u2b23, output \u2b23 dashed outline")
        .append("</text>");
    double y = 34;
    svg.append("<text x=\"0\" y=\"").append(f(y + 4)).append("\" font-weight=\"bold\""
        + " fill=\"#111827\">Edges</text>");
    String[][] kinds = {
        {"2.6", "#1f2937", "", "A accountable"},
        {"1.6", "#374151", "", "R responsible"},
        {"1.3", "#374151", "6 4", "C contributes"},
        {"1.5", "#1d4ed8", "", "serves outcome"},
        {"1.8", "#1d4ed8", "2 3", "part of"},
        {"1.3", "#6b7280", "", "reports to, DU delivery unit, L leads, other roles"},
        {"1.3", "#b91c1c", "6 4", "depends on"}};
    x = 52;
    for (String[] k : kinds) {
      svg.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x + 26))
          .append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y))
          .append("\" stroke=\"").append(k[1]).append("\" stroke-width=\"").append(k[0])
          .append('"').append(k[2].isEmpty() ? "" : " stroke-dasharray=\"" + k[2] + "\"")
          .append("/><text x=\"").append(f(x + 31)).append("\" y=\"").append(f(y + 4))
          .append("\" fill=\"#111827\">").append(k[3]).append("</text>");
      x += 44 + 6.6 * k[3].length();
    }
    svg.append("</g>\n");
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
