package org.sharedoutcomes.tabular;

import org.apiguardian.api.API;

/**
 * A table that cannot be read at all: it is empty, its header row cannot be read, or its header
 * lacks a column the mapping needs (or has one twice). A problem in a data row is never thrown:
 * it is reported as a {@link RowProblem} and the import goes on.
 *
 * <p>The message starts with the table's source name and the line, for example
 * {@code "results.csv:1: the header has no column 'actual'; ..."}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class TableFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The source, for example a file name. */
  private final String source;

  /**
   * A format error.
   *
   * @param source the table's source name
   * @param line the 1-based line
   * @param reason what is wrong and how to fix it
   */
  public TableFormatException(String source, long line, String reason) {
    super(source + ":" + line + ": " + reason);
    this.source = source;
  }

  /**
   * The table's source name.
   *
   * @return the name given to the import, for example a file name
   */
  public String source() {
    return source;
  }
}
