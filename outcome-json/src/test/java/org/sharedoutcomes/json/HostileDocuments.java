package org.sharedoutcomes.json;

import java.nio.charset.StandardCharsets;

/**
 * Generated hostile documents (never committed files): each attack of issue 15 as a function
 * of its size.
 */
final class HostileDocuments {
  static final String HEADER = "{\"format\":\"sharedoutcomes/1\"";
  static final String AGENCY =
      "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"NGO\",\"level\":\"NATIONAL\"}";

  private HostileDocuments() {}

  static String commitment(String id, String dependsOn) {
    return "{\"id\":\"" + id + "\",\"title\":\"T\"" + (dependsOn.isEmpty() ? ""
        : ",\"dependsOn\":[" + dependsOn + "]") + ",\"status\":\"NOT_STARTED\","
        + "\"priority\":\"LOW\"}";
  }

  /** F-1: n commitments, each depending on the first and the next: n cycles in one SCC. */
  static byte[] cycles(int n) {
    StringBuilder sb = new StringBuilder(HEADER).append(",\"agencies\":[").append(AGENCY)
        .append("],\"commitments\":[");
    for (int i = 0; i < n; i++) {
      String next = "\"c" + (i + 1) + "\"";
      String deps = i == 0 ? next : i + 1 < n ? "\"c0\"," + next : "\"c0\"";
      sb.append(i == 0 ? "" : ",").append(commitment("c" + i, deps));
    }
    return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** F-4: one commitment depending on n commitments that do not exist. */
  static byte[] dangling(int n) {
    StringBuilder sb = new StringBuilder(HEADER).append(",\"commitments\":[{\"id\":\"c\","
        + "\"title\":\"T\",\"dependsOn\":[");
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "\"g" : ",\"g").append(i).append('"');
    }
    return sb.append("],\"status\":\"NOT_STARTED\",\"priority\":\"LOW\"}]}").toString()
        .getBytes(StandardCharsets.UTF_8);
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

  /** F-2: commitments with the given ids, each with a role of the one agency. */
  static byte[] commitmentsWithRoles(String[] ids) {
    StringBuilder sb = new StringBuilder(HEADER).append(",\"agencies\":[").append(AGENCY)
        .append("],\"commitments\":[");
    for (int i = 0; i < ids.length; i++) {
      sb.append(i == 0 ? "" : ",").append(commitment(ids[i], ""));
    }
    sb.append("],\"roles\":[");
    for (int i = 0; i < ids.length; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"commitment\":\"").append(ids[i])
          .append("\",\"role\":\"ACCOUNTABLE\",\"agency\":\"a\"}");
    }
    return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** F-6: one indicator with n plain measurement rows. */
  static byte[] rows(int n, boolean dimensions) {
    StringBuilder sb = new StringBuilder(HEADER).append(",\"indicators\":[{\"id\":\"i\","
        + "\"name\":\"I\",\"measureType\":\"UNIT\",\"direction\":\"ASCENDING\","
        + "\"interpolation\":\"LINEAR\",\"timeAggregation\":\"SUM\","
        + "\"regionAggregation\":\"SUM\",\"aggregable\":true,\"sensitivity\":\"PUBLIC\"}],"
        + "\"measurements\":[{\"indicator\":\"i\",\"rows\":[");
    for (int k = 0; k < n; k++) {
      int day = k % 28 + 1;
      int month = k / 28 % 12 + 1;
      String date = String.format("%04d-%02d-%02d", 2000 + k / 336 % 7000, month, day);
      sb.append(k == 0 ? "[\"" : ",[\"").append(date).append("\",\"").append(date)
          .append("\",").append(k % 1000);
      if (dimensions) {
        sb.append(",{\"dimensions\":{\"region\":\"r").append(k % 7).append("\",\"cohort\":\"c")
            .append(k).append("\"}}");
      }
      sb.append(']');
    }
    return sb.append("]}]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** F-6: n small agencies, each with an attribute. */
  static byte[] smallEntities(int n) {
    StringBuilder sb = new StringBuilder(HEADER).append(",\"agencies\":[");
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"id\":\"").append(Integer.toString(i, 36))
          .append("\",\"name\":\"N\",\"kind\":\"NGO\",\"level\":\"LOCAL\",\"attributes\":{\"k\":\"")
          .append(i).append("\"}}");
    }
    return sb.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
