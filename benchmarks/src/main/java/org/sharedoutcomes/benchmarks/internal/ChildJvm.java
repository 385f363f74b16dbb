package org.sharedoutcomes.benchmarks.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
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

  /**
   * The command line of a child JVM: this JVM's {@code java}, {@code -Xmx}, the flags, this
   * JVM's class path, then the main class and its arguments.
   *
   * @param xmxMib the child's maximum heap, in MiB
   * @param flags the child's flags (see {@link #flags(String)})
   * @param main the class whose {@code main} the child runs
   * @param args its arguments
   * @return the command, unmodifiable
   */
  public static List<String> command(long xmxMib, List<String> flags, Class<?> main,
      String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + xmxMib + "m");
    command.addAll(flags);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(Arrays.asList(args));
    return List.copyOf(command);
  }
}
