package org.sharedoutcomes.json;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.ModelValidationException;
import org.sharedoutcomes.core.Problem;

/**
 * A document that is not a valid Shared Outcomes model: malformed JSON, a value of the wrong
 * type, a missing required or an unknown field, a newer format version, a limit exceeded, or
 * a model that fails validation (dangling references, duplicate ids, cycles).
 *
 * <p>It says where: {@link #line()} and {@link #column()} (from 1; 0 when unknown) and the
 * {@link #pointer()} (RFC 6901 JSON Pointer, such as {@code /commitments/3/status}) of the
 * offending value, and what: {@link #reason()}. A validation failure lists its problems in
 * {@link #located()} (each with line, column and pointer) and {@link #problems()}, at most
 * the first {@value ModelValidationException#MAX_PROBLEMS} in problem order, with {@link
 * #problemCount()} the total; the message shows the first {@value
 * ModelValidationException#SHOWN}. Every message is bounded: reasons quote at most 60
 * characters of a value, and a reason is cut at 65,536 characters.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OutcomeFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final int line;
  private final int column;
  private final String pointer;
  @SuppressWarnings("serial") // an immutable List.copyOf of records
  private final List<LocatedProblem> located;
  private final int problemCount;

  /**
   * A format error at one place.
   *
   * @param reason what is wrong, for a person
   * @param line the line, from 1, or 0 if unknown
   * @param column the column, from 1, or 0 if unknown
   * @param pointer the JSON Pointer of the offending value ({@code ""} for the whole document)
   */
  public OutcomeFormatException(String reason, int line, int column, String pointer) {
    this(reason, line, column, pointer, List.of(), 0);
  }

  /**
   * A format error with the model's validation problems.
   *
   * @param reason what is wrong, for a person (listing the problems)
   * @param line the line of the first problem, from 1, or 0 if unknown
   * @param column the column of the first problem, from 1, or 0 if unknown
   * @param pointer the JSON Pointer of the first problem's entity
   * @param problems every validation problem
   */
  public OutcomeFormatException(
      String reason, int line, int column, String pointer, List<Problem> problems) {
    this(reason, line, column, pointer,
        problems.stream().map(p -> new LocatedProblem(p, 0, 0, "")).toList(), problems.size());
  }

  /**
   * A format error with the first of the model's validation problems, located.
   *
   * @param reason what is wrong, for a person (listing the first problems)
   * @param line the line of the first problem, from 1, or 0 if unknown
   * @param column the column of the first problem, from 1, or 0 if unknown
   * @param pointer the JSON Pointer of the first problem
   * @param located the first problems, with where each is (at most {@value
   *     ModelValidationException#MAX_PROBLEMS} are kept)
   * @param problemCount how many problems there are in all
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public OutcomeFormatException(String reason, int line, int column, String pointer,
      List<LocatedProblem> located, int problemCount) {
    super(message(bounded(reason), line, column, pointer));
    this.reason = bounded(Objects.requireNonNull(reason, "reason must not be null"));
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.pointer = Objects.requireNonNull(pointer, "pointer must not be null");
    this.located = List.copyOf(located.subList(0,
        Math.min(ModelValidationException.MAX_PROBLEMS, located.size())));
    this.problemCount = Math.max(problemCount, this.located.size());
  }

  /** The longest reason kept, in characters. */
  private static final int MAX_REASON = 65_536;

  private static String bounded(String reason) {
    return reason.length() <= MAX_REASON ? reason
        : reason.substring(0, MAX_REASON - 3) + "...";
  }

  private static String message(String reason, int line, int column, String pointer) {
    StringBuilder sb = new StringBuilder();
    if (line > 0) {
      sb.append("line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
      sb.append(", ");
    }
    sb.append("at '").append(pointer).append("': ").append(reason);
    return sb.toString();
  }

  /**
   * What is wrong, without the location.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * The line of the offending value.
   *
   * @return the line, from 1, or 0 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column of the offending value.
   *
   * @return the column, from 1, or 0 if unknown
   */
  public int column() {
    return column;
  }

  /**
   * The JSON Pointer (RFC 6901) of the offending value.
   *
   * @return the pointer, {@code ""} for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The model's validation problems, if the document failed validation: the first {@value
   * ModelValidationException#MAX_PROBLEMS} in problem order.
   *
   * @return the problems, empty for other errors
   */
  public List<Problem> problems() {
    return located.stream().map(LocatedProblem::problem).toList();
  }

  /**
   * The model's validation problems with where each is in the document (line, column, JSON
   * Pointer of the field), the first {@value ModelValidationException#MAX_PROBLEMS}.
   *
   * @return the located problems, empty for other errors
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public List<LocatedProblem> located() {
    return located;
  }

  /**
   * How many validation problems the document has, including those {@link #problems()}
   * leaves out.
   *
   * @return the count, 0 for other errors
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public int problemCount() {
    return problemCount;
  }
}
