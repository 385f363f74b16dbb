package org.sharedoutcomes.apicheck;

import java.util.List;

/**
 * A line diff for the API check's message: the longest common subsequence of the two texts,
 * printed as removed ({@code -}) and added ({@code +}) lines under {@code @@} headers with the
 * line numbers of the old and the new text. O(n m) time and memory, which is fine for dumps of a
 * few thousand lines.
 */
final class LineDiff {
  private LineDiff() {}

  /**
   * The changed lines.
   *
   * @param a the old lines
   * @param b the new lines
   * @return the diff's text, each line ending in a newline; empty if equal
   */
  static String diff(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    int j = 0;
    boolean inHunk = false;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        i++;
        j++;
        inHunk = false;
        continue;
      }
      if (!inHunk) {
        out.append("@@ line ").append(i + 1).append(" (committed), ").append(j + 1)
            .append(" (compiled)\n");
        inHunk = true;
      }
      if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        out.append("- ").append(a.get(i++)).append('\n');
      } else {
        out.append("+ ").append(b.get(j++)).append('\n');
      }
    }
    return out.toString();
  }
}
