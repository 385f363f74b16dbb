package org.sharedoutcomes.tabular;

import java.io.Reader;

/**
 * A CSV table made on the fly, row by row, so that a large input needs no file and no memory:
 * a header, then rows from a function of the row index, one row (with its line end) at a time.
 */
final class GeneratedTable extends Reader {
  /** Makes the text of data row {@code i} (0-based), with its line end. */
  interface Rows {
    String row(long i);
  }

  private final Rows rows;
  private final long count;
  private String current;
  private int pos;
  private long next;
  private long chars;

  GeneratedTable(String header, long count, Rows rows) {
    this.rows = rows;
    this.count = count;
    this.current = header;
  }

  /** The characters handed out so far. */
  long characters() {
    return chars;
  }

  @Override
  public int read(char[] buf, int off, int len) {
    int n = 0;
    while (n < len) {
      if (pos == current.length()) {
        if (next == count) {
          break;
        }
        current = rows.row(next++);
        pos = 0;
      }
      int k = Math.min(len - n, current.length() - pos);
      current.getChars(pos, pos + k, buf, off + n);
      pos += k;
      n += k;
    }
    chars += n;
    return n == 0 && len > 0 ? -1 : n;
  }

  @Override
  public void close() {}
}
