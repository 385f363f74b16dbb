package org.sharedoutcomes.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarConsumer;

/** Whether progress is shown, and where. */
final class Terminal {
  private Terminal() {}

  /**
   * True if the program talks to a person at a terminal. Java 17 cannot ask about standard
   * error alone; {@code System.console()} is set when standard input and output are a
   * terminal, which is the case when a person runs the command, and not when its output is
   * piped, redirected or captured (CI, tests).
   */
  static boolean interactive() {
    return System.console() != null;
  }

  static ProgressBarConsumer consumer() {
    return new ConsoleProgressBarConsumer(System.err);
  }

  static ProgressBarConsumer consumer(PrintStream err) {
    return new ConsoleProgressBarConsumer(err);
  }
}
