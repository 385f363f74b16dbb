package org.sharedoutcomes.json;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * Generated hostile documents (never committed files): each attack of issue 15 as a function
 * of its size, as bytes or as a stream made while it is read (so that a small-heap test
 * measures the reader, not the document held in memory).
 */
final class HostileDocuments {
  static final String HEADER = "{\"format\":\"sharedoutcomes/1\"";
  static final String AGENCY =
      "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"NGO\",\"level\":\"NATIONAL\"}";
  static final String INDICATOR = "{\"id\":\"i\",\"name\":\"I\",\"measureType\":\"UNIT\","
      + "\"direction\":\"ASCENDING\",\"interpolation\":\"LINEAR\",\"timeAggregation\":\"SUM\","
      + "\"regionAggregation\":\"SUM\",\"aggregable\":true,\"sensitivity\":\"PUBLIC\"}";

  private HostileDocuments() {}

  /** A document: a prefix, n parts (each with the comma before it), a suffix. */
  record Doc(String prefix, int n, IntFunction<String> part, String suffix) {
    /** The document's bytes. */
    byte[] bytes() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (InputStream in = stream()) {
        in.transferTo(out);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return out.toByteArray();
    }

    /** The document as a stream, each part made when the reader reaches it. */
    InputStream stream() {
      return new InputStream() {
        private byte[] chunk = prefix.getBytes(StandardCharsets.UTF_8);
        private int at;
        private int next;

        private boolean fill() {
          while (at == chunk.length) {
            if (next > n) {
              return false;
            }
            String s = next < n ? part.apply(next) : suffix;
            next++;
            chunk = s.getBytes(StandardCharsets.UTF_8);
            at = 0;
          }
          return true;
        }

        @Override
        public int read() {
          return fill() ? chunk[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
          if (len == 0) {
            return 0;
          }
          if (!fill()) {
            return -1;
          }
          int k = Math.min(len, chunk.length - at);
          System.arraycopy(chunk, at, b, off, k);
          at += k;
          return k;
        }
      };
    }
  }

  private static String comma(int i) {
    return i == 0 ? "" : ",";
  }

  static String commitment(String id, String dependsOn) {
    return "{\"id\":\"" + id + "\",\"title\":\"T\"" + (dependsOn.isEmpty() ? ""
        : ",\"dependsOn\":[" + dependsOn + "]") + ",\"status\":\"NOT_STARTED\","
        + "\"priority\":\"LOW\"}";
  }

  /**
   * F-1: n commitments, each after the first depending on the first and the next: n cycles
   * in one strongly connected component.
   */
  static Doc cycles(int n) {
    return new Doc(HEADER + ",\"agencies\":[" + AGENCY + "],\"commitments\":[", n, i -> {
      String next = "\"c" + (i + 1) + "\"";
      return comma(i) + commitment("c" + i,
          i == 0 ? next : i + 1 < n ? "\"c0\"," + next : "\"c0\"");
    }, "]}");
  }

  /** F-4: one commitment depending on n commitments that do not exist. */
  static Doc dangling(int n) {
    return new Doc(HEADER + ",\"commitments\":[{\"id\":\"c\",\"title\":\"T\",\"dependsOn\":[",
        n, i -> comma(i) + "\"g" + i + "\"", "],\"status\":\"NOT_STARTED\",\"priority\":\"LOW\"}]}");
  }

  /**
   * F-2: n distinct ids of 2 * log2(n) characters sharing one {@link String#hashCode()}
   * ("Aa" and "BB" hash alike), or for the control document ids of the same length that do
   * not collide.
   */
  static String[] ids(int n, boolean colliding) {
    int pairs = 32 - Integer.numberOfLeadingZeros(n - 1);
    String[] out = new String[n];
    for (int k = 0; k < n; k++) {
      if (!colliding) {
        out[k] = "x" + String.format("%0" + (2 * pairs - 1) + "d", k);
        continue;
      }
      StringBuilder sb = new StringBuilder(2 * pairs);
      for (int b = pairs - 1; b >= 0; b--) {
        sb.append(((k >>> b) & 1) != 0 ? "BB" : "Aa");
      }
      out[k] = sb.toString();
    }
    return out;
  }

  /** F-2: commitments with the given ids, then a role of the one agency on each. */
  static Doc commitmentsWithRoles(String[] ids) {
    int n = ids.length;
    return new Doc(HEADER + ",\"agencies\":[" + AGENCY + "],\"commitments\":[", 2 * n,
        i -> i < n ? comma(i) + commitment(ids[i], "")
            : (i == n ? "],\"roles\":[" : ",") + "{\"commitment\":\"" + ids[i - n]
                + "\",\"role\":\"ACCOUNTABLE\",\"agency\":\"a\"}", "]}");
  }

  /** F-6: one indicator with n measurement rows, plain or with two dimensions each. */
  static Doc rows(int n, boolean dimensions) {
    return new Doc(HEADER + ",\"indicators\":[" + INDICATOR + "],"
        + "\"measurements\":[{\"indicator\":\"i\",\"rows\":[", n, k -> {
          String date = String.format("%04d-%02d-%02d", 2000 + k / 336 % 7000, k / 28 % 12 + 1,
              k % 28 + 1);
          return comma(k) + "[\"" + date + "\",\"" + date + "\"," + (k % 1000) + (dimensions
              ? ",{\"dimensions\":{\"region\":\"r" + (k % 7) + "\",\"cohort\":\"c" + k + "\"}}"
              : "") + "]";
        }, "]}]}");
  }

  /** F-6: n small agencies, each with one attribute. */
  static Doc smallEntities(int n) {
    return smallEntities(n, 1);
  }

  /**
   * F-6: n agencies, each with one attribute and a name of the given length whose first
   * character is outside Latin-1 (so the name is stored as UTF-16, two bytes a character).
   */
  static Doc smallEntities(int n, int nameLength) {
    String name = nameLength <= 1 ? "N" : "\u0100" + "n".repeat(nameLength - 1);
    return new Doc(HEADER + ",\"agencies\":[", n, i -> comma(i) + "{\"id\":\""
        + Integer.toString(i, 36)
        + "\",\"name\":\"" + name + "\",\"kind\":\"NGO\",\"level\":\"LOCAL\","
        + "\"attributes\":{\"k\":\"" + i + "\"}}", "]}");
  }
}
