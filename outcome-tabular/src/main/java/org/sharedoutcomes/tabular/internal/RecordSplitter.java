package org.sharedoutcomes.tabular.internal;

import org.apiguardian.api.API;
import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Cuts CSV text into records (one per row, a row spanning several lines when a quoted cell
 * holds line breaks), without decoding the cells: that is left to the CSV parser, one record at
 * a time. Finding where a record ends needs only the quote rule of RFC 4180 (a quote opens a
 * quoted cell only as the cell's first character; inside, a doubled quote is a quote and a
 * single quote closes it), which is what lets the import
 *
 * <ul>
 *   <li>bound its memory by the longest record ({@code maxRecordCharacters}), never by the file;
 *   <li>recover from an unterminated quote: the record where the quote opened is reported, and
 *       reading resumes on the line after the one where it opened, so the rows after it are
 *       read as rows and not swallowed into one cell.
 * </ul>
 *
 * <p>A quoted cell that is not closed before the end of the input, within
 * {@code maxRecordLines} lines, or within {@code maxRecordCharacters} characters, counts as
 * unterminated. Blank lines (empty or white space only) outside quotes are skipped. Line numbers
 * are 1-based physical lines; CR LF, LF and a lone CR each end a line. Not thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class RecordSplitter {
  /** What a chunk is. */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public enum Kind {
    /** A complete record. */
    RECORD,
    /** A record whose quoted cell is not closed; its text is not returned. */
    UNTERMINATED_QUOTE,
    /** A record longer than the limit outside quotes; its text is not returned. */
    TOO_LONG
  }

  /**
   * One record or one problem.
   *
   * @param kind what it is
   * @param text the record's raw text, without its line end; empty unless {@code RECORD}
   * @param line the 1-based line on which the record starts
   * @param field for an unterminated quote, the 0-based index of the cell it opened; else -1
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public record Chunk(Kind kind, String text, long line, int field) {}

  private final Reader in;
  private final char separator;
  private final int maxChars;
  private final int maxLines;
  private final char[] buffer = new char[16384];
  private int pos;
  private int len;
  private boolean eof;
  private StringBuilder replay = new StringBuilder();
  private int replayPos;
  private final StringBuilder record = new StringBuilder();
  private long line = 1;

  /**
   * A splitter over a reader.
   *
   * @param in the text
   * @param separator the cell separator
   * @param maxRecordCharacters the longest record read
   * @param maxRecordLines the most lines one quoted cell may span
   */
  public RecordSplitter(Reader in, char separator, int maxRecordCharacters, int maxRecordLines) {
    this.in = in;
    this.separator = separator;
    this.maxChars = maxRecordCharacters;
    this.maxLines = maxRecordLines;
  }

  private int read() throws IOException {
    if (replayPos < replay.length()) {
      char c = replay.charAt(replayPos++);
      if (replayPos == replay.length()) {
        replay.setLength(0);
        replayPos = 0;
      }
      return c;
    }
    if (pos < len || fill()) {
      return buffer[pos++];
    }
    return -1;
  }

  private int peek() throws IOException {
    if (replayPos < replay.length()) {
      return replay.charAt(replayPos);
    }
    if (pos < len || fill()) {
      return buffer[pos];
    }
    return -1;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    pos = 0;
    if (n < 0) {
      eof = true;
      len = 0;
      return false;
    }
    len = n;
    return true;
  }

  /**
   * The next record or problem.
   *
   * @return the chunk, or null at the end of the input
   * @throws IOException if the reader fails
   */
  public @Nullable Chunk next() throws IOException {
    while (true) {
      StringBuilder sb = record;
      sb.setLength(0);
      long start = line;
      boolean quoted = false;
      boolean cellStart = true;
      boolean tooLong = false;
      int field = 0;
      int quoteField = -1;
      int linesInQuote = 0;
      while (true) {
        int c = read();
        if (c < 0) {
          if (quoted) {
            return recover(start, quoteField);
          }
          if (sb.length() == 0 && !tooLong) {
            return null;
          }
          break;
        }
        char ch = (char) c;
        if (quoted) {
          sb.append(ch);
          if (ch == '"') {
            if (peek() == '"') {
              sb.append((char) read());
            } else {
              quoted = false;
            }
          } else if (ch == '\n' || ch == '\r') {
            if (ch == '\r' && peek() == '\n') {
              sb.append((char) read());
            }
            line++;
            if (++linesInQuote >= maxLines) {
              return recover(start, quoteField);
            }
          }
          if (sb.length() > maxChars) {
            return recover(start, quoteField);
          }
          continue;
        }
        if (ch == '\n' || ch == '\r') {
          if (ch == '\r' && peek() == '\n') {
            read();
          }
          line++;
          break;
        }
        if (ch == separator) {
          field++;
          cellStart = true;
        } else if (ch == '"' && cellStart) {
          quoted = true;
          quoteField = field;
          cellStart = false;
        } else {
          cellStart = false;
        }
        if (!tooLong) {
          sb.append(ch);
          if (sb.length() > maxChars) {
            tooLong = true;
            sb.setLength(0);
          }
        }
      }
      if (tooLong) {
        return new Chunk(Kind.TOO_LONG, "", start, -1);
      }
      if (!isBlank(sb)) {
        return new Chunk(Kind.RECORD, sb.toString(), start, -1);
      }
    }
  }

  private static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reports the record starting on {@code start} as unterminated, and puts back what followed
   * its first line, so that reading resumes on the next line.
   */
  private Chunk recover(long start, int quoteField) throws IOException {
    String text = record.toString();
    int nl = -1;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n' || ch == '\r') {
        nl = ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        break;
      }
    }
    if (nl < 0) {
      // the first line alone is too long: drop the rest of it
      for (int c = read(); c >= 0; c = read()) {
        if (c == '\n' || c == '\r') {
          if (c == '\r' && peek() == '\n') {
            read();
          }
          break;
        }
      }
    } else {
      StringBuilder rest = new StringBuilder(text.length() - nl + replay.length() - replayPos);
      rest.append(text, nl, text.length());
      rest.append(replay, replayPos, replay.length());
      replay = rest;
      replayPos = 0;
    }
    line = start + 1;
    record.setLength(0);
    return new Chunk(Kind.UNTERMINATED_QUOTE, "", start, quoteField);
  }
}
