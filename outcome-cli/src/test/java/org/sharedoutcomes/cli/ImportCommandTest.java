package org.sharedoutcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sharedoutcomes.cli.OutcomeCliTest.Run;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.json.OutcomeJson;

/** {@code outcome import}: output, report and exit codes. */
class ImportCommandTest {
  @TempDir Path dir;

  private static final String ACTIVITY = """
        <iati-activity default-currency="EUR" xml:lang="en">
          <iati-identifier>%s</iati-identifier>
          <reporting-org ref="XI-TEST-1" type="21"><narrative>Test Alliance</narrative></reporting-org>
          <title><narrative>Clean water %s</narrative></title>
          <participating-org ref="XI-TEST-1" type="21" role="2"><narrative>Test Alliance</narrative></participating-org>
          <participating-org ref="KE-NGO-7" type="22" role="4"><narrative>Water Trust</narrative></participating-org>
          <activity-status code="2"/>
          <activity-date iso-date="2024-01-01" type="2"/>
          <activity-date iso-date="2026-12-31" type="3"/>
          <transaction>
            <transaction-type code="3"/>
            <transaction-date iso-date="2024-03-01"/>
            <value>150000</value>
          </transaction>
        </iati-activity>
      """;

  private Path iati(String name, String... activities) throws IOException {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<iati-activities version=\"2.03\">\n");
    for (String a : activities) {
      b.append(a);
    }
    b.append("</iati-activities>\n");
    Path f = dir.resolve(name);
    Files.writeString(f, b, StandardCharsets.UTF_8);
    return f;
  }

  private static String activity(String id) {
    return String.format(ACTIVITY, id, id);
  }

  private Path file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  // ------------------------------------------------------------------ IATI

  @Test
  void aCleanIatiFileImportsWithExitZeroAndTheModelOnStandardOutput() throws IOException {
    Path f = iati("a.xml", activity("XI-TEST-1-1"), activity("XI-TEST-1-2"));
    Run r = OutcomeCliTest.run("import", f.toString());
    assertEquals(0, r.code(), r.err());
    OutcomeModel m = OutcomeJson.standard().read(r.out());
    assertEquals(2, m.commitments().size());
    assertEquals(2, m.agencies().size());
    assertEquals(2, m.contributions().size());
    // the report goes to standard error when the model goes to standard output
    assertEquals(List.of(f + ": 2 activities read, 0 malformed (skipped); model: 2 commitments,"
        + " 2 agencies, 4 roles, 0 outcomes, 0 indicators, 0 measurements, 2 contributions"),
        r.err().lines().toList());
  }

  @Test
  void withOutTheModelGoesToTheFileAndTheReportToStandardOutput() throws IOException {
    Path f = iati("a.xml", activity("XI-TEST-1-1"));
    Path model = dir.resolve("model.json");
    Run r = OutcomeCliTest.run("import", f.toString(), "--out", model.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith(f + ": 1 activity read, 0 malformed"), r.out());
    assertTrue(OutcomeJson.standard().read(model).commitment(CommitmentId.of("XI-TEST-1-1"))
        .isPresent());
  }

  @Test
  void aDroppedElementIsReportedWithItsCountAndFirstLocationsAndExitsOne() throws IOException {
    String withSector = activity("XI-TEST-1-1").replace("<activity-status",
        "<sector code=\"14030\"/>\n    <activity-status");
    Path f = iati("s.xml", withSector, activity("XI-TEST-1-2").replace("<activity-status",
        "<sector code=\"14031\"/>\n    <activity-status"));
    Path model = dir.resolve("model.json");
    Run r = OutcomeCliTest.run("import", f.toString(), "-o", model.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(
        "DROPPED /iati-activities/iati-activity/sector x2; first at line 9 "
            + "/iati-activities/iati-activity[1]/sector[1] (XI-TEST-1-1), line ")), r.out());
    // what could be imported was
    assertEquals(2, OutcomeJson.standard().read(model).commitments().size());
  }

  @Test
  void aMalformedActivityInTheMiddleIsSkippedAndNamedAndTheOthersImport() throws IOException {
    String bad = activity("XI-TEST-1-2").replace("2024-03-01", "2024-13-01");
    Path f = iati("m.xml", activity("XI-TEST-1-1"), bad, activity("XI-TEST-1-3"));
    Path model = dir.resolve("model.json");
    Run r = OutcomeCliTest.run("import", f.toString(), "--out", model.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().startsWith(f + ": 2 activities read, 1 malformed (skipped)"), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("MALFORMED " + f + ":18: activity "
        + "'XI-TEST-1-2': bad date '2024-13-01' in ") && l.endsWith("(skipped)")), r.out());
    assertEquals(2, OutcomeJson.standard().read(model).commitments().size());
  }

  @Test
  void aWarningIsPrintedWithItsFirstLocationAndDoesNotFailTheImport() throws IOException {
    String noRef = activity("XI-TEST-1-1").replace(
        "<participating-org ref=\"KE-NGO-7\" type=\"22\"", "<participating-org type=\"22\"");
    Run r = OutcomeCliTest.run("import", iati("w.xml", noRef).toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().lines().anyMatch(l -> l.startsWith("WARNING organisation-without-ref x1;"
        + " first at line 8 /iati-activities/iati-activity[1]/participating-org[2]"
        + " (XI-TEST-1-1): ")), r.err());
  }

  @Test
  void xmlThatIsNotWellFormedIsOneLineWithFileLineAndColumn() throws IOException {
    Path f = file("broken.xml", "<?xml version=\"1.0\"?>\n<iati-activities version=\"2.03\">\n"
        + "  <iati-activity>\n    <iati-identifier>X</iati-identifier>\n  </iati-actvity>\n");
    Run r = OutcomeCliTest.run("import", f.toString());
    assertEquals(1, r.code());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().matches("outcome: " + java.util.regex.Pattern.quote(f.toString())
        + ":5:\\d+: .+\\R"), r.err());
  }

  @Test
  void aMissingFileIsOneLineAndExitsOne() {
    Path f = dir.resolve("none.xml");
    Run r = OutcomeCliTest.run("import", f.toString());
    assertEquals(1, r.code());
    assertEquals("outcome: " + f + ": no such file" + System.lineSeparator(), r.err());
  }

  // ------------------------------------------------------------------ CSV

  private static final String MANDATES = """
      MLC ID,Commitment,Reporting Lead,All ministers
      MLC-1,Cut child poverty,Finance,Finance;Health;finance
      MLC-2,"One counter for every birth registration, everywhere",Finanse,Health
      mlc-1,Again,Health,
      MLC-3,Restore mail,???,Health
      """;

  private static final String RESULTS = """
      indicator,MLC ID,target_min,target_max,actual,date
      Child poverty rate,MLC-1,10,10,12.5,2025
      Child poverty rate,MLC-1,10,10,11.75,2026
      Registrations online,MLC-2,60,80,55,2026
      """;

  private String[] csvArgs(Path mandates, Path results, String... extra) {
    List<String> a = new java.util.ArrayList<>(List.of("import",
        "--csv", mandates.toString(), "--table", "commitments", "--map", "id=MLC ID",
        "--map", "title=Commitment", "--map", "role:ACCOUNTABLE=Reporting Lead",
        "--map", "roles:CONTRIBUTOR:;=All ministers",
        "--csv", results.toString(), "--table", "indicators", "--map", "id=indicator",
        "--map", "commitment=MLC ID", "--map", "targetMin=target_min",
        "--map", "targetMax=target_max", "--map", "actual=actual", "--map", "date=date",
        "--direction", "descending", "--alias", "Finanse=Finance"));
    a.addAll(List.of(extra));
    return a.toArray(new String[0]);
  }

  @Test
  void csvTablesImportThroughTheMappingAndEachSkippedRowIsNamed() throws IOException {
    Path mandates = file("mandates.csv", MANDATES);
    Path results = file("results.csv", RESULTS);
    Path model = dir.resolve("model.json");
    Run r = OutcomeCliTest.run(csvArgs(mandates, results, "--out", model.toString()));
    assertEquals(1, r.code(), r.out() + r.err());
    assertEquals(List.of(
        "7 rows read, 5 imported, 2 skipped, 2 problems; model: 2 commitments, 2 agencies,"
            + " 5 roles, 2 indicators, 3 measurements",
        mandates + ":4: column 'MLC ID': duplicate id 'mlc-1': row 2 has 'MLC-1' (ids that"
            + " differ only in case name the same commitment) (row skipped)",
        mandates + ":5: column 'Reporting Lead': party name '???' has no letter or digit (or"
            + " makes an id longer than 256 characters) (row skipped)"),
        r.out().lines().toList());
    OutcomeModel m = OutcomeJson.standard().read(model);
    assertEquals(2, m.commitments().size());
    assertEquals(2, m.indicators().size());
  }

  @Test
  void aCleanCsvTableImportsWithExitZero() throws IOException {
    Path mandates = file("mandates.csv", MANDATES.lines().limit(3)
        .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
    Path results = file("results.csv", RESULTS);
    Run r = OutcomeCliTest.run(csvArgs(mandates, results));
    assertEquals(0, r.code(), r.err());
    assertEquals(2, OutcomeJson.standard().read(r.out()).commitments().size());
    assertTrue(r.err().startsWith("5 rows read, 5 imported, 0 skipped, 0 problems"), r.err());
  }

  @Test
  void aTableThatCannotBeReadIsOneLineAndExitsOne() throws IOException {
    Path mandates = file("mandates.csv", "MLC,Commitment\nMLC-1,x\n");
    Run r = OutcomeCliTest.run("import", "--csv", mandates.toString(), "--table",
        "commitments", "--map", "id=MLC ID", "--map", "title=Commitment");
    assertEquals(1, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("outcome: " + mandates + ":1: "), r.err());
    assertTrue(r.err().contains("MLC ID"), r.err());
  }

  // ------------------------------------------------------------------ usage

  @Test
  void usageErrorsExitTwoWithOneLineAndAPointerToHelp() throws IOException {
    Path x = iati("a.xml", activity("XI-TEST-1-1"));
    Path c = file("c.csv", "id,title\n1,a\n");
    List<String[]> bad = List.of(
        new String[] {"import"},
        new String[] {"import", x.toString(), "--csv", c.toString(), "--table", "commitments",
            "--map", "id=id", "--map", "title=title"},
        new String[] {"import", "--csv", c.toString(), "--table", "commitments",
            "--map", "colour=id"},
        new String[] {"import", "--csv", c.toString(), "--table", "commitments",
            "--map", "id"},
        new String[] {"import", "--csv", c.toString(), "--table", "rows"},
        new String[] {"import", "--csv", c.toString(), "--table", "indicators",
            "--map", "id=id", "--direction", "sideways"},
        new String[] {"import", "--csv", c.toString(), "--table", "commitments",
            "--map", "id=id", "--map", "title=title", "--alias", "noequals"});
    for (String[] args : bad) {
      Run r = OutcomeCliTest.run(args);
      assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
      assertEquals("", r.out(), String.join(" ", args));
      List<String> lines = r.err().lines().toList();
      assertEquals(2, lines.size(), r.err());
      assertTrue(lines.get(0).startsWith("outcome: "), r.err());
      assertEquals("Try 'outcome import --help'.", lines.get(1));
    }
  }

  @Test
  void helpListsTheFieldsAndExitCodes() {
    Run r = OutcomeCliTest.run("import", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("roles:ROLE:SEPARATOR"), r.out());
    assertTrue(r.out().contains("Exit codes:"), r.out());
  }
}
