package org.sharedoutcomes.codegen;

import java.util.List;

/**
 * The table of accountability checks in outcome-core's README, between two marker lines: written
 * by {@code ./api-update} (the api-check module) from {@code AccountabilityRule.all()}, and
 * compared with the same rules by outcome-core's tests. One row per rule: code, severity, what
 * triggers it, what to do.
 */
public final class RuleTable {
  /** The line before the generated table. */
  public static final String BEGIN = "<!-- generated from AccountabilityRule.all() by"
      + " ./api-update: edit the rule classes, not this table -->";
  /** The line after the generated table. */
  public static final String END = "<!-- end of the generated table -->";

  private static final String HEADER = """

      | code | severity | triggered by | what to do |
      |---|---|---|---|
      """;

  private RuleTable() {}

  /**
   * The table's Markdown, header included: a blank line, the rows, a blank line.
   *
   * @param rows one per rule, in code order: code, severity, triggered by, what to do
   * @return the text between the markers
   */
  public static String render(List<List<String>> rows) {
    StringBuilder s = new StringBuilder(HEADER);
    for (List<String> row : rows) {
      if (row.size() != 4) {
        throw new IllegalArgumentException("a row of the table of checks has 4 cells (code,"
            + " severity, triggered by, what to do), not " + row.size() + ": " + row);
      }
      s.append("| `").append(row.get(0)).append("` | ").append(String.join(" | ",
          row.subList(1, 4))).append(" |\n");
    }
    return s.append('\n').toString();
  }

  /**
   * The text between the markers of a README.
   *
   * @param readme the README's text
   * @return the current table, as {@link #render(List)} writes it
   * @throws IllegalArgumentException if a marker is missing, or they are out of order
   */
  public static String current(String readme) {
    int[] span = span(readme);
    return readme.substring(span[0], span[1]);
  }

  /**
   * The README with the text between its markers replaced.
   *
   * @param readme the README's text
   * @param table the new table, from {@link #render(List)}
   * @return the new text; the same text if the table is unchanged
   * @throws IllegalArgumentException if a marker is missing, or they are out of order
   */
  public static String replace(String readme, String table) {
    int[] span = span(readme);
    return readme.substring(0, span[0]) + table + readme.substring(span[1]);
  }

  /** Where the table starts (after the begin line) and ends (at the end line). */
  private static int[] span(String readme) {
    int begin = readme.indexOf(BEGIN + "\n");
    int end = readme.indexOf("\n" + END + "\n");
    if (begin < 0 || end < 0 || end < begin + BEGIN.length()) {
      throw new IllegalArgumentException("the README must hold the table of checks between the"
          + " lines '" + BEGIN + "' and '" + END + "', in that order");
    }
    return new int[] {begin + BEGIN.length() + 1, end + 1};
  }
}
