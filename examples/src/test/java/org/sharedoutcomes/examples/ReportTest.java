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
    assertTrue(r.out().contains("6 findings: 0 errors, 6 warnings, 0 for information."),
        r.out());
    // the rail plan's quarterly points stop at 89.5 on 2025-09-30, short of "at least 91"
    assertTrue(r.out().contains("| SO-ACC-014 | WARNING | indicator 'rail-punctuality' plans"
        + " 89.5 on 2025-09-30 as its last planned point"), r.out());
    assertTrue(r.out().contains("| SO-ACC-011 | WARNING | the centre gave Home Office"
        + " ('home-office') 3 directives and 1 offer of support"), r.out());
  }

  @Test
  void showsTheCentresDirectiveShareByHalfYear() {
    Run r = run("--out", dir.toString());
    // second half of 2025: 4 directives, 3 offers of support -> 4/7
    assertTrue(r.out().contains("| 2025-07-01 to 2025-12-31 | 9 | 4 | 3 | 57% |"), r.out());
    // the year: 4 directives against 4 + 9 supportive or directive acts -> 0.308
    assertTrue(r.out().contains("| directive share of the centre's interventions | 0.308 |"),
        r.out());
  }

  @Test
  void showsProgressAgainstTheTrajectory() {
    Run r = run("--out", dir.toString());
    // numeracy: 80.2 against at least 85 due on the report's date: -5.6%, missed, off track
    assertTrue(r.out().contains("| numeracy: Pupils reaching the expected standard in maths"
        + " at 11 | off track | 80.2 | 85 | -5.6% | at least 85 by 2025-12-31 |"), r.out());
  }

  @Test
  void flagsWhereTheDataAndTheUnitsJudgementDisagree() {
    Run r = run("--out", dir.toString());
    // A&E: 94.3 against at least 95 due on the report's date is missed, not green
    assertTrue(r.out().contains("| ae-waits: Four-hour waits in A&E | health | off track | red |"
        + " green (2025-12-31) | disagree |"), r.out());
  }

  @Test
  void listsTheStocktakePerAgency() {
    Run r = run("--out", dir.toString());
    assertTrue(r.out().contains(
        "| Department for Education | 3 | 1 | 0 | 0 | 2 | 0 | numeracy, truancy |"),
        r.out());
  }

  @Test
  void givesTheCollaborationNetworksCentralization() {
    Run r = run("--out", dir.toString());
    // degrees pmdu 5, education 4, health 3, home office 3, work 3, transport 2:
    // (1 + 2 + 2 + 2 + 3) / ((6 - 1) * (6 - 2)) = 10 / 20
    assertTrue(r.out().contains("| Freeman degree centralization, collaboration network |"
        + " 0.500 |"), r.out());
    // every department reports to the centre: a star
    assertTrue(r.out().contains("| Freeman in-degree centralization, reporting network |"
        + " 1.000 |"), r.out());
  }

  @Test
  void creditsEachAgencyWithoutDoubleCounting() {
    Run r = run("--out", dir.toString());
    // education: literacy 1 + numeracy 1 + truancy 3/4 (Shapley) + child poverty 3/10
    assertTrue(r.out().contains("| Department for Education | 3.050 | 25.4% |"), r.out());
    // the centre: a third of street crime, under equal shares
    assertTrue(r.out().contains("| Prime Minister's Delivery Unit | 0.333 | 2.8% |"), r.out());
    assertTrue(r.out().contains("The credits add up to the 12 commitments allocated"), r.out());
  }

  @Test
  void writesTheGraphAsDotAndMermaidAndAChartPerIndicator() throws IOException {
    run("--out", dir.toString());
    String dot = Files.readString(dir.resolve("accountability.dot"));
    assertTrue(dot.startsWith("digraph"), dot);
    assertTrue(dot.contains("agency:education"), dot);
    assertTrue(dot.contains("commitment:literacy"), dot);
    String mermaid = Files.readString(dir.resolve("accountability.mmd"));
    assertTrue(mermaid.startsWith("flowchart"), mermaid);
    try (Stream<Path> charts = Files.list(dir.resolve("charts"))) {
      assertEquals(12, charts.count());
    }
    String svg = Files.readString(dir.resolve("charts/numeracy.svg"));
    assertTrue(svg.contains(">latest 80.2</text>"), svg);
  }

  @Test
  void keepsACopyOfTheMarkdownInTheFolder() throws IOException {
    Run r = run("--out", dir.toString());
    assertEquals(r.out(), Files.readString(dir.resolve("report.md")));
  }

  @Test
  void runsTheOtherSamplesByName() {
    Run r = run("--sample", "joint-service", "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("| 6 | 0 | 1 | 1 |"), r.out());
    // declared shares of staff time, 6 of 14
    assertTrue(r.out().contains("| ServiceOntario | 0.429 | 42.9% |"), r.out());
  }

  @Test
  void rejectsAnUnknownOptionWithUsage() {
    Run r = run("--colour");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown option '--colour'"), r.err());
    assertTrue(r.err().contains("usage: Report"), r.err());
  }

  @Test
  void readsAModelFromJson() throws IOException {
    Path file = dir.resolve("model.json");
    org.sharedoutcomes.json.OutcomeJson.standard().write(SampleModels.betterConnectedServices(),
        file);
    Run r = run(file.toString(), "--out", dir.resolve("out").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Model: " + file + ". Progress as of 2025-12-31."), r.out());
    assertTrue(r.out().contains("| 7 | 7 | 3 | 3 |"), r.out());
  }

  @Test
  void reportsWhereAMalformedModelFileIsWrong() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"format\": \"sharedoutcomes/1\",\n  \"agencies\": [ }");
    Run r = run(file.toString(), "--out", dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("report: cannot read the model: " + file), r.err());
    assertTrue(r.err().contains("line 2"), r.err());
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
