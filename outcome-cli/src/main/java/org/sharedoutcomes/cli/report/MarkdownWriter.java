package org.sharedoutcomes.cli.report;

import org.apiguardian.api.API;
import org.sharedoutcomes.cli.report.ReportDocument.Block;
import org.sharedoutcomes.cli.report.ReportDocument.Bullets;
import org.sharedoutcomes.cli.report.ReportDocument.Cell;
import org.sharedoutcomes.cli.report.ReportDocument.Column;
import org.sharedoutcomes.cli.report.ReportDocument.Details;
import org.sharedoutcomes.cli.report.ReportDocument.Figure;
import org.sharedoutcomes.cli.report.ReportDocument.Paragraph;
import org.sharedoutcomes.cli.report.ReportDocument.Section;
import org.sharedoutcomes.cli.report.ReportDocument.Table;

/**
 * Writes a {@link ReportDocument} as GitHub-flavoured Markdown: a heading per section, pipe
 * tables, and figures as images of the SVG files written beside it. Stateless and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class MarkdownWriter {
  private MarkdownWriter() {}

  /**
   * The report as Markdown.
   *
   * @param doc the report
   * @return the Markdown text
   */
  public static String write(ReportDocument doc) {
    StringBuilder out = new StringBuilder(16 * 1024);
    out.append("# ").append(doc.title()).append("\n\n").append(doc.lead()).append("\n\n");
    for (Section s : doc.sections()) {
      out.append("## ").append(s.title()).append("\n\n");
      blocks(out, s.blocks());
    }
    return out.toString();
  }

  private static void blocks(StringBuilder out, java.util.List<Block> blocks) {
    for (Block b : blocks) {
      if (b instanceof Paragraph p) {
        out.append(p.text()).append("\n\n");
      } else if (b instanceof Bullets l) {
        for (String item : l.items()) {
          out.append("- ").append(cell(item)).append('\n');
        }
        out.append('\n');
      } else if (b instanceof Table t) {
        table(out, t);
      } else if (b instanceof Figure f) {
        out.append("![").append(cell(f.caption()).replace("]", "\\]")).append("](")
            .append(f.file()).append(")\n\n");
      } else if (b instanceof Details d) {
        out.append("### ").append(d.summary()).append("\n\n");
        blocks(out, d.blocks());
      }
    }
  }

  private static void table(StringBuilder out, Table t) {
    out.append('|');
    for (Column c : t.columns()) {
      out.append(' ').append(cell(c.name())).append(" |");
    }
    out.append("\n|");
    for (Column c : t.columns()) {
      out.append(c.numeric() ? "---:|" : "---|");
    }
    out.append('\n');
    for (java.util.List<Cell> row : t.rows()) {
      out.append('|');
      for (Cell c : row) {
        String text = cell(c.text());
        if (c.strong()) {
          text = "**" + text + "**";
        }
        if (!c.file().isEmpty()) {
          text = "[" + text + "](" + c.file() + ")";
        }
        out.append(' ').append(text).append(" |");
      }
      out.append('\n');
    }
    if (t.more() > 0) {
      out.append("\n... and ").append(t.more())
          .append(" more (raise --max-rows to list them).\n");
    }
    out.append('\n');
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
