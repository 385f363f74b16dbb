package org.sharedoutcomes.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.progress.ProgressStatus;

/**
 * A report as a list of sections of blocks (paragraphs, tables, lists, figures and
 * collapsible details), built once by {@link ReportBuilder} and written by
 * {@link MarkdownWriter} and {@link HtmlWriter}, so that both formats have the same sections
 * and the same figures. Immutable and thread-safe.
 *
 * @param title the report's title
 * @param lead the sentence under the title: where the model came from and the date
 * @param sections the sections, in order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record ReportDocument(String title, String lead, List<Section> sections) {
  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public ReportDocument {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(lead, "lead");
    sections = List.copyOf(sections);
  }

  /**
   * Every figure of the report, in order, including those inside details.
   *
   * @return the figures
   */
  public List<Figure> figures() {
    List<Figure> out = new ArrayList<>();
    for (Section s : sections) {
      collect(s.blocks(), out);
    }
    return List.copyOf(out);
  }

  private static void collect(List<Block> blocks, List<Figure> out) {
    for (Block b : blocks) {
      if (b instanceof Figure f) {
        out.add(f);
      } else if (b instanceof Details d) {
        collect(d.blocks(), out);
      }
    }
  }

  /**
   * A section: a heading and its blocks.
   *
   * @param id the section's anchor, unique in the report ({@code progress})
   * @param title the heading
   * @param blocks the content
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Section(String id, String title, List<Block> blocks) {
    /**
     * Checks and copies the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Section {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      blocks = List.copyOf(blocks);
    }
  }

  /** A piece of a section. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public sealed interface Block permits Paragraph, Table, Bullets, Figure, Details {}

  /**
   * A paragraph of plain text.
   *
   * @param text the text
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Paragraph(String text) implements Block {
    /**
     * Checks the text.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A bulleted list of plain-text items.
   *
   * @param items the items
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Bullets(List<String> items) implements Block {
    /**
     * Copies the items.
     *
     * @throws NullPointerException if an item is null
     */
    public Bullets {
      items = List.copyOf(items);
    }
  }

  /**
   * A table column.
   *
   * @param name the header
   * @param numeric true if the column holds numbers (right-aligned, sorted as numbers)
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Column(String name, boolean numeric) {
    /**
     * Checks the name.
     *
     * @throws NullPointerException if {@code name} is null
     */
    public Column {
      Objects.requireNonNull(name, "name");
    }

    /**
     * A text column.
     *
     * @param name the header
     * @return the column
     */
    public static Column text(String name) {
      return new Column(name, false);
    }

    /**
     * A numeric column.
     *
     * @param name the header
     * @return the column
     */
    public static Column number(String name) {
      return new Column(name, true);
    }
  }

  /**
   * A table cell.
   *
   * @param text the text shown
   * @param strong true if the text is emphasised (a missing accountable party)
   * @param status the derived status the cell shows, if it shows one (drawn as a coloured
   *     chip in HTML)
   * @param sortKey the value the column sorts by, if not the text
   * @param file a file the cell links to from Markdown ({@code charts/x.svg}), or empty
   * @param anchor an anchor in the same page the cell links to from HTML ({@code chart-x}),
   *     or empty
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Cell(String text, boolean strong, java.util.Optional<ProgressStatus> status,
      OptionalDouble sortKey, String file, String anchor) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Cell {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(sortKey, "sortKey");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(anchor, "anchor");
    }

    /**
     * A plain cell.
     *
     * @param text the text
     * @return the cell
     */
    public static Cell of(String text) {
      return new Cell(text, false, java.util.Optional.empty(), OptionalDouble.empty(), "", "");
    }

    /**
     * A cell sorted by a number.
     *
     * @param text the text
     * @param key the sort key
     * @return the cell
     */
    public static Cell sorted(String text, double key) {
      return new Cell(text, false, java.util.Optional.empty(), OptionalDouble.of(key), "", "");
    }

    /**
     * A cell showing a derived status, sorted from worst (off track) to best (achieved).
     *
     * @param status the status
     * @return the cell
     */
    public static Cell status(ProgressStatus status) {
      int rank = switch (status) {
        case OFF_TRACK -> 0;
        case AT_RISK -> 1;
        case NO_DATA -> 2;
        case NOT_YET_DUE -> 3;
        case ON_TRACK -> 4;
        case ACHIEVED -> 5;
      };
      return new Cell(StatusStyle.label(status), false, java.util.Optional.of(status),
          OptionalDouble.of(rank), "", "");
    }

    /**
     * The same cell, emphasised.
     *
     * @return the cell
     */
    public Cell emphasised() {
      return new Cell(text, true, status, sortKey, file, anchor);
    }

    /**
     * The same cell, linking to a file (Markdown) and an anchor (HTML).
     *
     * @param toFile the file, relative to the report
     * @param toAnchor the anchor in the HTML page, without {@code #}
     * @return the cell
     */
    public Cell linked(String toFile, String toAnchor) {
      return new Cell(text, strong, status, sortKey, toFile, toAnchor);
    }
  }

  /**
   * A table.
   *
   * @param columns the columns
   * @param rows the rows shown, each as many cells as there are columns
   * @param more how many rows were left out (0 if none)
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Table(List<Column> columns, List<List<Cell>> rows, int more) implements Block {
    /**
     * Checks and copies the fields.
     *
     * @throws IllegalArgumentException if a row has another number of cells than there are
     *     columns, or {@code more} is negative
     */
    public Table {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).size() != columns.size()) {
          throw new IllegalArgumentException("table row " + i + " has " + rows.get(i).size()
              + " cells for " + columns.size() + " columns");
        }
      }
      if (more < 0) {
        throw new IllegalArgumentException("more must be >= 0, got " + more);
      }
    }
  }

  /**
   * A picture: an SVG drawing, shown inline in HTML and linked as an image from Markdown.
   *
   * @param id the figure's anchor, unique in the report
   * @param caption the caption, also the text alternative
   * @param svg the SVG markup
   * @param file where the SVG is also written, relative to the report ({@code charts/x.svg})
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Figure(String id, String caption, String svg, String file) implements Block {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Figure {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(caption, "caption");
      Objects.requireNonNull(svg, "svg");
      Objects.requireNonNull(file, "file");
    }
  }

  /**
   * A collapsible part: a one-line summary and more blocks (HTML {@code <details>}, a
   * sub-heading in Markdown).
   *
   * @param id the anchor, unique in the report
   * @param summary the line shown when collapsed
   * @param blocks the content
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Details(String id, String summary, List<Block> blocks) implements Block {
    /**
     * Checks and copies the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Details {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(summary, "summary");
      blocks = List.copyOf(blocks);
    }
  }
}
