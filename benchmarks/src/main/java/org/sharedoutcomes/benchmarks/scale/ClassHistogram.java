package org.sharedoutcomes.benchmarks.scale;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;
import org.apiguardian.api.API;

/**
 * A parsed class histogram of the live heap: {@code GC.class_histogram}, the same as
 * {@code jcmd PID GC.class_histogram}, taken in-process through the {@code DiagnosticCommand}
 * MBean. Taking one forces a full GC first, so it counts live objects only, by class, with
 * their shallow sizes. The difference of two histograms is what was retained in between.
 *
 * <p>Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ClassHistogram {
  private final List<Row> rows;
  private final long totalBytes;

  private ClassHistogram(List<Row> rows, long totalBytes) {
    this.rows = List.copyOf(rows);
    this.totalBytes = totalBytes;
  }

  /**
   * Takes a histogram of this JVM's live heap (after a full GC).
   *
   * @return the histogram
   * @throws JMException if the diagnostic command is not available
   */
  public static ClassHistogram take() throws JMException {
    String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
        new Object[] {null}, new String[] {String[].class.getName()});
    List<Row> rows = new ArrayList<>();
    long total = 0;
    for (String line : text.split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 4 && f[0].endsWith(":")) {
        rows.add(new Row(f[3], Long.parseLong(f[1]), Long.parseLong(f[2])));
      } else if (f.length >= 3 && f[0].equals("Total")) {
        total = Long.parseLong(f[2]);
      }
    }
    return new ClassHistogram(rows, total);
  }

  /**
   * The bytes of all live objects.
   *
   * @return the total shallow size
   */
  public long totalBytes() {
    return totalBytes;
  }

  /**
   * This histogram less an earlier one, class by class.
   *
   * @param base the earlier histogram
   * @return the difference
   */
  public ClassHistogram minus(ClassHistogram base) {
    Map<String, Row> old = new HashMap<>();
    for (Row r : base.rows) {
      old.put(r.className(), r);
    }
    List<Row> diff = new ArrayList<>();
    for (Row r : rows) {
      Row o = old.get(r.className());
      diff.add(o == null ? r
          : new Row(r.className(), r.instances() - o.instances(), r.bytes() - o.bytes()));
    }
    return new ClassHistogram(diff, totalBytes - base.totalBytes);
  }

  /**
   * The classes with the most bytes, most first.
   *
   * @param k how many
   * @return at most {@code k} rows
   */
  public List<Row> top(int k) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort((a, b) -> Long.compare(b.bytes(), a.bytes()));
    return List.copyOf(sorted.subList(0, Math.min(k, sorted.size())));
  }

  /**
   * One class of a histogram.
   *
   * @param className the class name as the JVM prints it ({@code [D} for {@code double[]})
   * @param instances the number of instances
   * @param bytes their total shallow size
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Row(String className, long instances, long bytes) {}
}
