package org.sharedoutcomes.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs examples/scripts/analysis.jsh in JShell, as the README says, and reads its output. */
class AnalysisScriptTest {
  private static String out;

  @BeforeAll
  static void runScript() throws IOException, InterruptedException {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    Path script = Path.of("scripts", "analysis.jsh");
    assertTrue(Files.isRegularFile(script), "run from the examples module: " + script);
    Process p = new ProcessBuilder(List.of(jshell.toString(), "--class-path",
        System.getProperty("java.class.path"), script.toString()))
        .redirectErrorStream(true).start();
    p.getOutputStream().close();
    out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jshell did not finish");
    assertEquals(0, p.exitValue(), out);
  }

  @Test
  void runsWithoutJShellErrors() {
    assertTrue(!out.contains("Error:"), out);
  }

  @Test
  void tablesStatusByAccountableAgency() {
    // education on 2025-12-31, the targets' due date: literacy achieved, truancy and numeracy
    // missed (issue 13: a target is due on its date, so a missed one is off track)
    assertTrue(out.matches("(?s).*Department for Education +1 +0 +0 +2 +0\\n.*"), out);
  }

  @Test
  void listsTheIndicatorFurthestBehindFirst() {
    // elective waits: 39 against 36 expected, 3 / 36 = +8.3%
    assertTrue(out.contains("Indicators furthest behind their trajectory (relative variance,"
        + " worst first)\n  elective-waits       at_risk   actual    39.00 expected    36.00"
        + " variance   +8.3%"), out);
  }

  @Test
  void comparesCreditUnderTwoProtocols() {
    // work and pensions: employment 1 + child poverty 1/2 agreed; 1/2 + 1/3 equal
    assertTrue(out.matches("(?s).*Department for Work and Pensions +1\\.500 +0\\.833\\n.*"), out);
    assertTrue(out.matches("(?s).*total +12\\.000 +12\\.000\\n.*"), out);
  }

  @Test
  void exportsCsvTables() throws IOException {
    assertTrue(out.contains("Wrote commitments.csv, indicators.csv and accountability.dot"), out);
    assertTrue(Files.readString(Path.of("target", "analysis", "commitments.csv"))
        .contains("numeracy"));
  }
}
