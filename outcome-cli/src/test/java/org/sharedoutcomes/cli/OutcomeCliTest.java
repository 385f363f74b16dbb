package org.sharedoutcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sharedoutcomes.cli.sample.SampleModels;
import org.sharedoutcomes.json.OutcomeJson;

class OutcomeCliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = OutcomeCli.run(args, o, e);
    }
    return new Run(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private Path sampleFile(String name) {
    Path file = dir.resolve(name + ".json");
    OutcomeJson.standard().write(ModelFiles.sample(name), file);
    return file;
  }

  private String report(String... extra) throws IOException {
    String[] args = new String[extra.length + 3];
    args[0] = "report";
    args[1] = "--out";
    args[2] = dir.resolve("out").toString();
    System.arraycopy(extra, 0, args, 3, extra.length);
    Run r = run(args);
    assertEquals(0, r.code(), r.err());
    return Files.readString(dir.resolve("out/report.md"));
  }

  private static int count(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  // ------------------------------------------------------------------ report

  @Test
  void reportRunsOnTheBundledSampleWithNoModelFile() throws IOException {
    String md = report();
    assertTrue(md.startsWith("# Shared outcomes report\n\nModel: the bundled sample"
        + " 'delivery-unit'. Progress as of 2025-12-31."), md);
    assertTrue(md.contains("| 6 | 1 | 8 | 12 | 41 | 12 | 144 | 18 | 1 |"), md);
  }

  @Test
  void reportSaysHowManyCommitmentsAreInEachDerivedStatus() throws IOException {
    // as of 2025-12-31, the due date of most sample commitments: a missed target is off track
    String md = report();
    assertTrue(md.contains("| off track | at risk | no data | not yet due | on track | achieved |\n"
        + "|---:|---:|---:|---:|---:|---:|\n| 6 | 1 | 0 | 0 | 1 | 4 |"), md);
  }

  @Test
  void reportSaysVarianceAsAheadOrBehindByTheIndicatorsDirection() throws IOException {
    String md = report();
    // higher is better, above the plan: ahead
    assertTrue(md.contains("| rail-punctuality: Trains arriving on time | achieved | 91 | 89.5"
        + " | 1.5 points ahead (1.7%) |"), md);
    // a percentage says its difference in points first: 80.2 against 85 is 4.8 points, 5.6%
    assertTrue(md.contains("| numeracy: Pupils reaching the expected standard in maths at 11"
        + " | off track | 80.2 | 85 | 4.8 points behind (5.6%) |"), md);
    // lower is better, above the plan: behind, in the indicator's unit
    assertTrue(md.contains("| 50.8 | 48 | 2.8 s/vehicle-mile behind (5.8%) |"), md);
    // no signed percentages left
    assertFalse(md.matches("(?s).*\\| [+-][0-9.]+% \\|.*"), md);
  }

  @Test
  void reportStatesTheRuleEachStatusFollowsFrom() throws IOException {
    String md = report();
    assertTrue(md.contains("The status: achieved once the final target is attained; on track"
        + " while the actual value is ahead of the expected one or behind it by at most 5% of"
        + " it, at risk up to 15%, off track beyond that, or on and after a target's date if it"
        + " is not met."), md);
    // 0.8% behind, the final target a year away: within 5%, on track
    assertTrue(md.contains("| child-poverty: Children in relative low-income households"
        + " | on track | 25.2 | 25 | 0.2 points behind (0.8%) |"), md);
    // 8.3% behind: past 5%, within 15%, at risk
    assertTrue(md.contains("| at risk | 39 | 36 | 3 points behind (8.3%) |"), md);
    // 0.7% behind on the target's date: missed, off track
    assertTrue(md.contains("| off track | 94.3 | 95 | 0.7 points behind (0.7%)"
        + " | at least 95 by 2025-12-31 |"), md);
  }

  @Test
  void reportListsTheAccountabilityFindingsAndCredit() throws IOException {
    String md = report();
    assertTrue(md.contains("6 findings: 0 errors, 6 warnings, 0 for information."), md);
    assertTrue(md.contains("| Department for Education | 3.050 | 3.05 | 25.4% |"), md);
    // a credit with no finite decimal is given exactly beside its rounded figure
    assertTrue(md.contains("| Department for Transport | 2.333 | 7/3 | 19.4% |"), md);
    assertTrue(md.contains("| Prime Minister's Delivery Unit | 0.333 | 1/3 | 2.8% |"), md);
    assertTrue(md.contains("The credits add up to the 12 commitments allocated"), md);
    // directive share: 4 directives against 9 supportive acts, of all directive and supportive
    assertTrue(md.contains("| directive share of all directive and supportive interventions"
        + " | 0.308 |"), md);
    assertTrue(md.contains("| 2025-07-01 to 2025-12-31 | 9 | 9 | 4 | 3 | 57% |"), md);
  }

  @Test
  void reportShowsTheChartsAndTheGraphAsImagesInTheMarkdown() throws IOException {
    String md = report();
    assertEquals(12, count(md, "!\\[[^\\]]*\\]\\(charts/[a-z-]+\\.svg\\)"));
    assertTrue(md.contains("](accountability.svg)"), md);
    try (var charts = Files.list(dir.resolve("out/charts"))) {
      assertEquals(12, charts.count());
    }
    assertTrue(Files.readString(dir.resolve("out/accountability.dot")).startsWith("digraph"));
  }

  @Test
  void reportWritesOneSelfContainedHtmlPage() throws IOException {
    report();
    String html = Files.readString(dir.resolve("out/report.html"));
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertEquals(13, count(html, "<svg xmlns"), "12 charts and the graph, inline");
    assertFalse(html.contains(" src="), "no external script or image");
    assertFalse(html.contains("<link rel=\"stylesheet\""), "no external style sheet");
    String noSvgNamespace = html.replace("http://www.w3.org/2000/svg", "");
    assertFalse(noSvgNamespace.contains("http://") || noSvgNamespace.contains("https://"),
        "no address to fetch");
  }

  @Test
  void reportHasADetailPerCommitment() throws IOException {
    report();
    String html = Files.readString(dir.resolve("out/report.html"));
    assertEquals(12, count(html, "<details id=\"c-"));
    assertTrue(html.contains("<a href=\"#c-literacy\">literacy: Raise literacy at age 11</a>"),
        html);
  }

  @Test
  void reportReadsAModelFile() throws IOException {
    Path file = sampleFile("better-connected");
    String md = report(file.toString());
    assertTrue(md.contains("Model: " + file + ". Progress as of 2025-12-31."), md);
    assertTrue(md.contains("| 7 | 7 | 3 | 3 |"), md);
  }

  /** health (department) accountable for c1, ngo responsible: a network with no centre. */
  private Path noCentreFile(org.sharedoutcomes.core.AgencyKind healthKind) {
    org.sharedoutcomes.core.OutcomeModel m = org.sharedoutcomes.core.OutcomeModel.builder()
        .agency(org.sharedoutcomes.core.Agency.of("health", "Health", healthKind,
            org.sharedoutcomes.core.GovernmentLevel.NATIONAL))
        .agency(org.sharedoutcomes.core.Agency.of("ngo", "NGO",
            org.sharedoutcomes.core.AgencyKind.NGO,
            org.sharedoutcomes.core.GovernmentLevel.LOCAL))
        .commitment(org.sharedoutcomes.core.Commitment.builder("c1", "Clinics").build())
        .assign(org.sharedoutcomes.core.AgencyId.of("health"),
            org.sharedoutcomes.core.Role.ACCOUNTABLE, org.sharedoutcomes.core.CommitmentId.of("c1"))
        .assign(org.sharedoutcomes.core.AgencyId.of("ngo"),
            org.sharedoutcomes.core.Role.RESPONSIBLE, org.sharedoutcomes.core.CommitmentId.of("c1"))
        .build();
    Path file = dir.resolve(healthKind + ".json");
    OutcomeJson.standard().write(m, file);
    return file;
  }

  @Test
  void reportPrintsTheCentresSharesAsNotAvailableWithTheReasonWhenThereIsNoCentre()
      throws IOException {
    String md = report(noCentreFile(org.sharedoutcomes.core.AgencyKind.DEPARTMENT).toString());
    assertTrue(md.contains("| the centre's share of edges | n/a |"), md);
    assertTrue(md.contains("| the centre's share of interventions | n/a |"), md);
    assertTrue(md.contains("the model has no centre"), md);
  }

  @Test
  void reportPrintsTheCentresSharesOfTheSameNetworkAroundACentre() throws IOException {
    // neighbour: health a central agency holds one of the two role edges; no interventions
    String md = report(noCentreFile(org.sharedoutcomes.core.AgencyKind.CENTRAL_AGENCY)
        .toString());
    assertTrue(md.contains("| the centre's share of edges | 0.5"), md);
    assertTrue(md.contains("| the centre's share of interventions | n/a |"), md);
    assertTrue(md.contains("the model has no interventions"), md);
  }

  @Test
  void reportCutsLongTablesAndSaysHowManyRowsAreLeft() throws IOException {
    assertTrue(report("--max-rows", "2").contains(
        "... and 10 more (raise --max-rows to list them)."));
  }

  @Test
  void reportIsQuietOnStandardErrorWhenNotOnATerminal() {
    Run r = run("report", "--out", dir.toString());
    assertEquals(0, r.code());
    assertEquals("", r.err());
  }

  @Test
  void reportShowsAProgressBarWhenAskedTo() {
    Run r = run("report", "--out", dir.toString(), "--progress");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("report") && r.err().contains("100%"), r.err());
  }

  @Test
  void reportRejectsAnUnknownOptionWithExitCode2() {
    Run r = run("report", "--colour");
    assertEquals(2, r.code());
    assertEquals("outcome: Unknown option: '--colour'\nTry 'outcome report --help'.\n",
        r.err());
  }

  @Test
  void reportRejectsAMalformedDateWithExitCode2() {
    Run r = run("report", "--as-of", "31/12/2025");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("'31/12/2025'"), r.err());
  }

  @Test
  void reportRejectsAnUnknownSample() {
    Run r = run("report", "--sample", "nope", "--out", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no bundled sample 'nope'; choose one of delivery-unit,"
        + " joint-service, better-connected"), r.err());
  }

  @Test
  void reportNamesTheFileLineAndColumnOfAMalformedModelInOneLine() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"format\": \"sharedoutcomes/1\",\n  \"agencies\": [ }");
    Run r = run("report", file.toString(), "--out", dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("outcome: " + file + ":2:"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void reportSaysWhichFileIsMissing() {
    Run r = run("report", dir.resolve("missing.json").toString());
    assertEquals(1, r.code());
    assertEquals("outcome: " + dir.resolve("missing.json") + ": no such file\n", r.err());
  }

  // ------------------------------------------------------------------ check

  @Test
  void checkListsTheFindingsAndExitsWith1() {
    Run r = run("check", sampleFile("delivery-unit").toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("SO-ACC-006 WARNING indicator 'street-crime' has no data owner"),
        r.out());
    assertTrue(r.out().endsWith("6 findings: 0 errors, 6 warnings, 0 for information.\n"),
        r.out());
  }

  @Test
  void checkExitsWith0WhenNoFindingReachesFailOn() {
    Run r = run("check", "--sample", "delivery-unit", "--fail-on", "ERROR");
    assertEquals(0, r.code(), r.err());
    // six findings and the summary line
    assertEquals(7, r.out().lines().count(), r.out());
  }

  @Test
  void checkNeedsAModel() {
    Run r = run("check");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("outcome: a model file is needed"), r.err());
  }

  // ------------------------------------------------------------------ validate

  @Test
  void validateSaysAGoodModelIsValid() {
    Path file = sampleFile("better-connected");
    Run r = run("validate", file.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(file + ": valid: 7 agencies, 3 commitments, 3 outcomes, 1 indicator,"
        + " 12 measurements.\n", r.out());
  }

  @Test
  void validateNamesTheLineAndColumnOfAnUnknownField() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"format\": \"sharedoutcomes/1\",\n  \"agencys\": []}\n");
    Run r = run("validate", file.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("outcome: " + file + ":2:3: "), r.err());
    assertTrue(r.err().contains("agencys"), r.err());
  }

  // ------------------------------------------------------------------ export

  @Test
  void exportWritesEachFormat() {
    String file = sampleFile("delivery-unit").toString();
    assertTrue(run("export", file, "--format", "dot").out().startsWith("digraph"));
    assertTrue(run("export", file, "--format", "graphml").out().contains("<graphml"));
    assertTrue(run("export", file, "--format", "mermaid").out().startsWith("flowchart"));
    assertTrue(run("export", file, "-f", "json").out().contains("\"nodes\""));
    assertEquals(6, count(run("export", file, "-f", "svg").out(), "data-id=\"agency:"));
  }

  @Test
  void exportWritesOneCsvRowPerEdge() {
    Run r = run("export", sampleFile("delivery-unit").toString(), "--format", "csv");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("source,source_type,source_label,relation,target,"
        + "target_type,target_label\r\n"), r.out());
    assertTrue(r.out().contains("\r\neducation,agency,Department for Education,"
        + "accountable-for,literacy,commitment,Raise literacy at age 11\r\n"), r.out());
  }

  @Test
  void exportToAFileWritesNothingToStandardOutput() throws IOException {
    Path out = dir.resolve("g.mmd");
    Run r = run("export", "--sample", "joint-service", "-f", "mermaid", "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertTrue(Files.readString(out).startsWith("flowchart"));
  }

  @Test
  void exportRejectsAnUnknownFormat() {
    Run r = run("export", "--sample", "joint-service", "-f", "png");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("png"), r.err());
  }

  // ------------------------------------------------------------------ help

  @Test
  void helpListsTheCommandsExitCodesAndExamples() {
    Run r = run("--help");
    assertEquals(0, r.code());
    for (String s : new String[] {"report", "check", "validate", "export", "Exit codes:",
        "2   usage error", "Examples:", "java -jar outcome-cli.jar report --out report-out"}) {
      assertTrue(r.out().contains(s), s + " in\n" + r.out());
    }
  }

  @Test
  void noCommandIsAUsageError() {
    Run r = run();
    assertEquals(2, r.code());
    assertTrue(r.err().contains("a command is needed"), r.err());
  }

  @Test
  void samplesAreTheBundledModels() {
    assertEquals(SampleModels.jointServiceDelivery(), ModelFiles.sample("joint-service"));
  }
}
