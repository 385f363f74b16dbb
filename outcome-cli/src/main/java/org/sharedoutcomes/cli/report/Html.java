package org.sharedoutcomes.cli.report;

/** Escaping for HTML and SVG (XML) text and attribute values. */
final class Html {
  private Html() {}

  static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      String r = switch (ch) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> ch < 0x20 && ch != '\n' && ch != '\t' ? " " : null;
      };
      if (r != null && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (r != null) {
          b.append(r);
        } else {
          b.append(ch);
        }
      }
    }
    return b == null ? s : b.toString();
  }
}
