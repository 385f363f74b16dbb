package org.sharedoutcomes.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.Target;

class ReportTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Report.run(args, o, e);
    }
    return new Run(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private Run runOnModel(OutcomeModel model, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Report.report(model, "a test model", Report.Options.parse(args), o, e);
    }
    return new Run(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void summarisesTheBundledSample() {
    Run r = run("--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("# Shared outcomes report"), r.out());
    assertTrue(r.out().contains("| 6 | 1 | 8 | 12 | 41 | 12 | 144 | 18 | 1 |"), r.out());
  }

  @Test
  void listsTheAccountabilityFindingsOfTheSample() {
    Run r = run("--out", dir.toString());
    assertTrue(r.out().contains("5 findings: 0 errors, 5 warnings, 0 for information."),
        r.out());
    assertTrue(r.out().contains("| SO-ACC-011 | WARNING | the centre gave Home Office"
        + " ('home-office') 3 directives and 1 offer of support"), r.out());
  }

  @Test
  void showsEachIndicatorsLatestValueAndTarget() {
    Run r = run("--out", dir.toString());
    assertTrue(r.out().contains("| numeracy: Pupils reaching the expected standard in maths"
        + " at 11 | 73 | 80.2 (2025-12-31) | at least 85 by 2025-12-31 |"), r.out());
  }

  @Test
  void countsTheCentresInterventionsPerAgency() {
    Run r = run("--out", dir.toString());
    assertTrue(r.out().contains("| Home Office | 1 | 0 | 3 | 1 |"), r.out());
  }

  @Test
  void writesTheGraphAsDotAndMermaidAndAChartPerIndicator() throws IOException {
    run("--out", dir.toString());
    String dot = Files.readString(dir.resolve("accountability.dot"));
    assertTrue(dot.contains("\"agency:education\" -> \"commitment:literacy\""
        + " [label=\"accountable\""), dot);
    String mermaid = Files.readString(dir.resolve("accountability.mmd"));
    assertTrue(mermaid.startsWith("flowchart LR\n"), mermaid);
    try (Stream<Path> charts = Files.list(dir.resolve("charts"))) {
      assertEquals(12, charts.count());
    }
    String svg = Files.readString(dir.resolve("charts/numeracy.svg"));
    assertTrue(svg.contains(">latest 80.2</text>"), svg);
  }

  @Test
  void runsTheOtherSamplesByName() {
    Run r = run("--sample", "joint-service", "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("| 5 | 0 | 1 | 1 |"), r.out());
  }

  @Test
  void rejectsAnUnknownOptionWithUsage() {
    Run r = run("--colour");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown option '--colour'"), r.err());
    assertTrue(r.err().contains("usage: Report"), r.err());
  }

  @Test
  void saysWhichFileItCannotRead() {
    Run r = run(dir.resolve("missing.json").toString(), "--out", dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("missing.json"), r.err());
  }

  @Test
  void reportsProgressOnALargeModel() {
    // 2,500 commitments and 2,500 indicators: at the threshold for progress reports
    OutcomeModel.Builder b = OutcomeModel.builder()
        .agency("dept", "A department", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL);
    for (int i = 0; i < 2500; i++) {
      b.commitment(Commitment.builder("c" + i, "Commitment " + i).build());
      b.assign(AgencyId.of("dept"), Role.ACCOUNTABLE, CommitmentId.of("c" + i));
      b.indicator(Indicator.builder("i" + i, "Indicator " + i)
          .baseline(0, LocalDate.of(2025, 1, 1))
          .target(Target.atLeast(LocalDate.of(2025, 12, 31), 10)).dataOwner("dept").build());
      b.measurement(IndicatorId.of("i" + i), LocalDate.of(2025, 6, 1),
          LocalDate.of(2025, 6, 30), i % 10);
    }
    Run r = runOnModel(b.build(), "--out", dir.toString(), "--max-charts", "40",
        "--max-rows", "3");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("accountability checks"), r.err());
    assertTrue(r.err().contains("charts: 4 of 40"), r.err());
    assertTrue(r.err().contains("charts: 40 of 40"), r.err());
    assertTrue(r.out().contains("... and 2497 more (raise --max-rows to list them)."), r.out());
    assertTrue(r.out().contains("40 trajectory charts (of 2500 indicators;"), r.out());
  }

  @Test
  void staysQuietOnASmallModel() {
    Run r = run("--out", dir.toString());
    assertEquals("", r.err());
  }
}
