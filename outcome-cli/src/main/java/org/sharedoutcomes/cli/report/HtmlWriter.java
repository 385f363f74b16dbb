package org.sharedoutcomes.cli.report;

import java.util.List;
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
import org.sharedoutcomes.core.progress.ProgressStatus;

/**
 * Writes a {@link ReportDocument} as one self-contained HTML page: styles and a small script
 * inline, every figure an inline SVG, nothing fetched from the network. The page is complete
 * without JavaScript; the script only adds sorting to the tables (buttons in the column
 * headers, {@code aria-sort} kept up to date) and opens a commitment's details when its link
 * is followed. Statuses are chips with their words, not colour alone; text meets WCAG AA
 * contrast. Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class HtmlWriter {
  private HtmlWriter() {}

  private static final String CSS = """
      :root { color-scheme: light; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto,
        Helvetica, Arial, sans-serif; color: #111827; background: #f8fafc; }
      header { background: #1e3a5f; color: #ffffff; padding: 14px 28px 12px; }
      header h1 { margin: 0 0 2px; font-size: 24px; }
      header p { margin: 0; color: #e2e8f0; }
      nav { background: #ffffff; border-bottom: 1px solid #cbd5e1; padding: 6px 28px;
        position: sticky; top: 0; z-index: 2; }
      nav a { color: #1d4ed8; margin-right: 16px; text-decoration: none; font-weight: 600;
        white-space: nowrap; }
      nav a:hover, nav a:focus { text-decoration: underline; }
      main { padding: 4px 28px 40px; max-width: 1400px; }
      section { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 6px;
        padding: 4px 20px 14px; margin: 14px 0; }
      h2 { font-size: 20px; margin: 12px 0 8px; }
      #checks td:first-child { white-space: nowrap; }
      table { border-collapse: collapse; margin: 6px 0 12px; }
      th, td { border-bottom: 1px solid #e5e7eb; padding: 4px 10px; text-align: left;
        vertical-align: top; }
      th { background: #f1f5f9; font-weight: 600; white-space: nowrap; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
      th button { font: inherit; font-weight: 600; color: inherit; background: none;
        border: 0; padding: 0; cursor: pointer; }
      th button::after { content: " \\2195"; color: #64748b; }
      th[aria-sort=ascending] button::after { content: " \\2191"; color: #111827; }
      th[aria-sort=descending] button::after { content: " \\2193"; color: #111827; }
      th button:focus-visible, a:focus-visible, summary:focus-visible {
        outline: 3px solid #f59e0b; outline-offset: 2px; }
      .chip { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 13px;
        font-weight: 600; white-space: nowrap; border: 1px solid #1f2937; }
      .more { color: #374151; font-style: italic; }
      strong.alert { color: #b91c1c; }
      a { color: #1d4ed8; }
      figure { margin: 8px 0 16px; }
      figure svg { max-width: 100%; height: auto; display: block; }
      figcaption { color: #374151; font-size: 14px; margin-top: 4px; }
      .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(540px, 1fr));
        gap: 8px 20px; }
      .graph-wrap { overflow-x: auto; }
      details { border: 1px solid #e2e8f0; border-radius: 4px; margin: 6px 0;
        padding: 2px 12px; }
      details[open] { padding-bottom: 8px; }
      summary { cursor: pointer; font-weight: 600; padding: 4px 0; }
      :target { scroll-margin-top: 48px; }
      details:target, figure:target { outline: 3px solid #f59e0b; }
      @media print { nav { position: static; } details { break-inside: avoid; } }
      """;

  // Sorting as progressive enhancement: without the script, tables are in the report's order.
  private static final String SCRIPT = """
      (function () {
        function key(td) {
          var k = td.getAttribute('data-sort');
          return k === null ? td.textContent.trim().toLowerCase() : parseFloat(k);
        }
        document.querySelectorAll('table.sortable').forEach(function (table) {
          var heads = table.querySelectorAll('thead th');
          heads.forEach(function (th, col) {
            var label = th.textContent;
            if (!label.trim()) { return; }
            var b = document.createElement('button');
            b.type = 'button';
            b.textContent = label;
            b.title = 'Sort by ' + label;
            th.textContent = '';
            th.appendChild(b);
            b.addEventListener('click', function () {
              var asc = th.getAttribute('aria-sort') !== 'ascending';
              heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
              th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (r1, r2) {
                var a = key(r1.cells[col]), c = key(r2.cells[col]);
                var d = typeof a === 'number' && typeof c === 'number' ? a - c
                    : String(a).localeCompare(String(c));
                return asc ? d : -d;
              });
              rows.forEach(function (r) { body.appendChild(r); });
            });
          });
        });
        function openTarget() {
          var id = decodeURIComponent(location.hash.slice(1));
          var el = id && document.getElementById(id);
          if (el && el.tagName === 'DETAILS') { el.open = true; }
        }
        window.addEventListener('hashchange', openTarget);
        openTarget();
      })();
      """;

  /**
   * The report as an HTML page.
   *
   * @param doc the report
   * @return the page
   */
  public static String write(ReportDocument doc) {
    StringBuilder out = new StringBuilder(256 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<title>").append(Html.escape(doc.title())).append("</title>\n<style>\n")
        .append(CSS);
    for (ProgressStatus st : ProgressStatus.values()) {
      out.append('.').append(StatusStyle.cssClass(st)).append(" { background: ")
          .append(StatusStyle.fill(st)).append("; color: ").append(StatusStyle.text(st))
          .append("; }\n");
    }
    out.append("</style>\n</head>\n<body>\n<header>\n<h1>").append(Html.escape(doc.title()))
        .append("</h1>\n<p>").append(Html.escape(doc.lead())).append("</p>\n</header>\n")
        .append("<nav aria-label=\"Sections\">");
    for (Section s : doc.sections()) {
      out.append("<a href=\"#").append(s.id()).append("\">").append(Html.escape(s.title()))
          .append("</a>\n");
    }
    out.append("</nav>\n<main>\n");
    for (Section s : doc.sections()) {
      out.append("<section id=\"").append(s.id()).append("\" aria-labelledby=\"h-")
          .append(s.id()).append("\">\n<h2 id=\"h-").append(s.id()).append("\">")
          .append(Html.escape(s.title())).append("</h2>\n");
      blocks(out, s.blocks());
      out.append("</section>\n");
    }
    out.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void blocks(StringBuilder out, List<Block> blocks) {
    boolean inCharts = false;
    for (Block b : blocks) {
      boolean chart = b instanceof Figure f && f.id().startsWith("chart-");
      if (chart && !inCharts) {
        out.append("<div class=\"charts\">\n");
        inCharts = true;
      } else if (!chart && inCharts) {
        out.append("</div>\n");
        inCharts = false;
      }
      if (b instanceof Paragraph p) {
        out.append("<p>").append(Html.escape(p.text())).append("</p>\n");
      } else if (b instanceof Bullets l) {
        out.append("<ul>\n");
        for (String item : l.items()) {
          out.append("<li>").append(Html.escape(item)).append("</li>\n");
        }
        out.append("</ul>\n");
      } else if (b instanceof Table t) {
        table(out, t);
      } else if (b instanceof Figure f) {
        out.append("<figure id=\"").append(f.id()).append('"')
            .append(chart ? "" : " class=\"graph-wrap\"").append(">\n").append(f.svg())
            .append("<figcaption>").append(Html.escape(f.caption()))
            .append("</figcaption>\n</figure>\n");
      } else if (b instanceof Details d) {
        out.append("<details id=\"").append(d.id()).append("\">\n<summary>")
            .append(Html.escape(d.summary())).append("</summary>\n");
        blocks(out, d.blocks());
        out.append("</details>\n");
      }
    }
    if (inCharts) {
      out.append("</div>\n");
    }
  }

  private static void table(StringBuilder out, Table t) {
    boolean sortable = t.rows().size() > 1;
    out.append("<table").append(sortable ? " class=\"sortable\"" : "").append(">\n<thead><tr>");
    for (Column c : t.columns()) {
      String name = Html.escape(c.name());
      for (ProgressStatus st : ProgressStatus.values()) {
        if (c.name().equals(StatusStyle.label(st))) {   // a count per status: say it in colour
          name = "<span class=\"chip " + StatusStyle.cssClass(st) + "\">" + name + "</span>";
        }
      }
      out.append("<th scope=\"col\"").append(c.numeric() ? " class=\"num\"" : "").append('>')
          .append(name).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<Cell> row : t.rows()) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        Cell c = row.get(i);
        out.append("<td").append(t.columns().get(i).numeric() ? " class=\"num\"" : "");
        if (c.sortKey().isPresent()) {
          out.append(" data-sort=\"").append(c.sortKey().getAsDouble()).append('"');
        }
        out.append('>');
        String text = Html.escape(c.text());
        if (c.status().isPresent()) {
          text = "<span class=\"chip " + StatusStyle.cssClass(c.status().get()) + "\">" + text
              + "</span>";
        }
        if (c.strong()) {
          text = "<strong class=\"alert\">" + text + "</strong>";
        }
        if (!c.anchor().isEmpty()) {
          text = "<a href=\"#" + c.anchor() + "\">" + text + "</a>";
        }
        out.append(text).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    if (t.more() > 0) {
      out.append("<p class=\"more\">\u2026 and ").append(t.more())
          .append(" more (raise --max-rows to list them).</p>\n");
    }
  }
}
