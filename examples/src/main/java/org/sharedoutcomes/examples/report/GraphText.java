package org.sharedoutcomes.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.RoleAssignment;

/**
 * The accountability graph of a model as Graphviz DOT and as a Mermaid flowchart, written
 * straight from the model: agencies (boxes), persons, commitments (rounded) and outcomes
 * (hexagons) as vertices; roles (party to commitment or outcome), serves (commitment to
 * outcome), part of (outcome to parent outcome), depends on (commitment to commitment) and
 * reports to (agency to parent agency) as edges.
 *
 * <p>Immutable and thread-safe.
 */
public final class GraphText {
  private final OutcomeModel model;

  /**
   * The graph text of a model.
   *
   * @param model the model
   */
  public GraphText(OutcomeModel model) {
    this.model = model;
  }

  private record Edge(EntityId from, EntityId to, String label, String style) {}

  private List<Edge> edges() {
    List<Edge> out = new ArrayList<>();
    for (Agency a : model.agencies()) {
      a.parent().ifPresent(p -> out.add(new Edge(a.id(), p, "reports to", "dotted")));
    }
    for (RoleAssignment r : model.roles()) {
      out.add(new Edge(r.party(), r.target(), r.role().id().toLowerCase(Locale.ROOT)
          .replace('_', ' '), "solid"));
    }
    for (Commitment c : model.commitments()) {
      for (OutcomeId o : c.outcomes()) {
        out.add(new Edge(c.id(), o, "serves", "bold"));
      }
      for (CommitmentId d : c.dependsOn()) {
        out.add(new Edge(c.id(), d, "depends on", "dashed"));
      }
    }
    for (Outcome o : model.outcomes()) {
      for (OutcomeId p : o.parents()) {
        out.add(new Edge(o.id(), p, "part of", "bold"));
      }
    }
    return out;
  }

  /**
   * The graph in Graphviz DOT.
   *
   * @return the DOT text
   */
  public String toDot() {
    StringBuilder s = new StringBuilder("digraph accountability {\n  rankdir=LR;\n"
        + "  node [fontname=\"Helvetica\", fontsize=11];\n  edge [fontname=\"Helvetica\","
        + " fontsize=9];\n");
    for (Agency a : model.agencies()) {
      s.append("  ").append(dotId(a.id())).append(" [shape=box, label=\"")
          .append(dot(a.name())).append("\"")
          .append(model.isCentre(a.id()) ? ", style=filled, fillcolor=\"#fde68a\"" : "")
          .append("];\n");
    }
    for (Person p : model.persons()) {
      s.append("  ").append(dotId(p.id())).append(" [shape=note, label=\"")
          .append(dot(p.name())).append("\"];\n");
    }
    for (Commitment c : model.commitments()) {
      s.append("  ").append(dotId(c.id())).append(" [shape=box, style=rounded, label=\"")
          .append(dot(c.title())).append("\"];\n");
    }
    for (Outcome o : model.outcomes()) {
      s.append("  ").append(dotId(o.id())).append(" [shape=hexagon, label=\"")
          .append(dot(o.statement())).append("\"];\n");
    }
    for (Edge e : edges()) {
      s.append("  ").append(dotId(e.from())).append(" -> ").append(dotId(e.to()))
          .append(" [label=\"").append(dot(e.label())).append("\", style=").append(e.style())
          .append("];\n");
    }
    return s.append("}\n").toString();
  }

  /**
   * The graph as a Mermaid flowchart, for Markdown.
   *
   * @return the Mermaid text
   */
  public String toMermaid() {
    StringBuilder s = new StringBuilder("flowchart LR\n");
    for (Agency a : model.agencies()) {
      s.append("  ").append(mermaidId(a.id())).append("[\"").append(mermaid(a.name()))
          .append("\"]\n");
    }
    for (Person p : model.persons()) {
      s.append("  ").append(mermaidId(p.id())).append(">\"").append(mermaid(p.name()))
          .append("\"]\n");
    }
    for (Commitment c : model.commitments()) {
      s.append("  ").append(mermaidId(c.id())).append("(\"").append(mermaid(c.title()))
          .append("\")\n");
    }
    for (Outcome o : model.outcomes()) {
      s.append("  ").append(mermaidId(o.id())).append("{{\"").append(mermaid(o.statement()))
          .append("\"}}\n");
    }
    for (Edge e : edges()) {
      String arrow = switch (e.style()) {
        case "dotted", "dashed" -> " -.->|";
        case "bold" -> " ==>|";
        default -> " -->|";
      };
      s.append("  ").append(mermaidId(e.from())).append(arrow).append(mermaid(e.label()))
          .append("| ").append(mermaidId(e.to())).append('\n');
    }
    return s.toString();
  }

  private static String dotId(EntityId id) {
    return "\"" + id.kind().name().toLowerCase(Locale.ROOT) + ":" + dot(id.value()) + "\"";
  }

  private static String dot(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static String mermaidId(EntityId id) {
    StringBuilder s = new StringBuilder(id.kind().name().substring(0, 1));
    s.append('_');
    for (char ch : id.value().toCharArray()) {
      s.append(Character.isLetterOrDigit(ch) && ch < 128 ? ch : '_');
    }
    // ids that differ only in punctuation stay distinct
    return s.append('_').append(Integer.toHexString(id.value().hashCode())).toString();
  }

  private static String mermaid(String s) {
    return s.replace("\"", "#quot;").replace("\n", " ");
  }
}
