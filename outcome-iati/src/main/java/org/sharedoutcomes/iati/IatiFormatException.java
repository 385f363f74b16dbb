package org.sharedoutcomes.iati;

import org.apiguardian.api.API;

/**
 * An input that cannot be read as IATI activity XML at all: it is not well-formed XML, it
 * declares a DTD, its root is not {@code iati-activities} or {@code iati-activity}, or it
 * breaks a limit that cannot be confined to one activity. The message names the source, the
 * line and column, and what is wrong. A malformed activity inside a readable file is not an
 * exception: it is listed in {@link LossReport#malformed()} and reading goes on.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class IatiFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The source's name. */
  private final String source;
  /** The line, 1-based, or -1 when unknown. */
  private final int line;
  /** The column, 1-based, or -1 when unknown. */
  private final int column;
  /** What is wrong. */
  private final String reason;

  /**
   * An exception at a location.
   *
   * @param source the source's name, such as a file name
   * @param line the line, 1-based, or -1 when unknown
   * @param column the column, 1-based, or -1 when unknown
   * @param reason what is wrong
   */
  public IatiFormatException(String source, int line, int column, String reason) {
    super(source + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": "
        + reason);
    this.source = source;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  /**
   * The source's name.
   *
   * @return the name given to the reader, such as a file name
   */
  public String source() {
    return source;
  }

  /**
   * The line of the problem.
   *
   * @return the line, 1-based, or -1 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column of the problem.
   *
   * @return the column, 1-based, or -1 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * What is wrong, without the location.
   *
   * @return the reason, never blank
   */
  public String reason() {
    return reason;
  }
}
