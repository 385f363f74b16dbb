package org.sharedoutcomes.benchmarks.internal;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the benchmarks that measure in a child JVM ({@code ReadMemory}, {@code IatiRead}) share. */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * The flags a child JVM gets: this JVM's collector flags ({@code -XX:+Use…GC}), the options
   * in the system property {@code property} (split on white space), and
   * {@code -XX:+ExitOnOutOfMemoryError}.
   *
   * @param property the system property with extra options, such as {@code iati.childOpts}
   * @return the flags, unmodifiable
   */
  public static List<String> flags(String property) {
    List<String> flags = new ArrayList<>();
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.matches("-XX:[+-]Use\\w*GC")) {
        flags.add(a);
      }
    }
    String extra = System.getProperty(property, "").trim();
    if (!extra.isEmpty()) {
      flags.addAll(Arrays.asList(extra.split("\\s+")));
    }
    flags.add("-XX:+ExitOnOutOfMemoryError");
    return List.copyOf(flags);
  }
}
