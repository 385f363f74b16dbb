package org.sharedoutcomes.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.Role;

/** A mandate-letter table: MLC ID, Commitment, Reporting Lead, All ministers. */
class MandateTableTest {
  static final TableMapping MANDATES = TableMapping.commitments()
      .id("MLC ID").title("Commitment")
      .role(Role.ACCOUNTABLE, "Reporting Lead")
      .roles(Role.CONTRIBUTOR, "All ministers", ";")
      .build();

  private static final String HEADER = "MLC ID,Commitment,Reporting Lead,All ministers\n";

  private static ImportResult read(String rows) {
    return TabularImport.readTable(MANDATES, new StringReader(HEADER + rows), "mandates.csv");
  }

  private static Set<?> parties(ImportResult r, Role role, String commitment) {
    return r.model().partiesWith(role, CommitmentId.of(commitment));
  }

  @Test
  void mapsAMandateRowToACommitmentWithItsLeadAndEveryMinister() {
    ImportResult r = read("MLC-1,Cut child poverty,Finance,Finance;Health\n");
    assertEquals(List.of(), r.problems());
    assertEquals("Cut child poverty",
        r.model().commitment(CommitmentId.of("MLC-1")).orElseThrow().title());
    assertEquals(Set.of(AgencyId.of("finance")), parties(r, Role.ACCOUNTABLE, "MLC-1"));
    assertEquals(Set.of(AgencyId.of("finance"), AgencyId.of("health")),
        parties(r, Role.CONTRIBUTOR, "MLC-1"));
  }

  @Test
  void readsTheSameNameInAnotherCaseAsOneParty() {
    ImportResult r = read("MLC-1,Cut child poverty,Finance,Finance;finance; FINANCE.\n");
    assertEquals(List.of(), r.problems());
    assertEquals(Set.of(AgencyId.of("finance")), parties(r, Role.CONTRIBUTOR, "MLC-1"));
    assertEquals(1, r.model().agencies().size());
  }

  @Test
  void mapsTyposToOneAgencyThroughTheAliasTable() {
    PartyNames names = PartyNames.builder().alias("Finanse", "Finance Canada")
        .alias("Department of Finance", "Finance Canada").build();
    ImportResult r = TabularImport.with(names).read(MANDATES, new StringReader(HEADER
        + "a,A,Finanse,Department of Finance;Finance Canada\n"), "m.csv").result();
    assertEquals(Set.of(AgencyId.of("finance-canada")), parties(r, Role.CONTRIBUTOR, "a"));
    assertEquals("Finance Canada", r.model().agencies().get(0).name());
  }

  @Test
  void reportsAPunctuationOnlyPartyAsARowProblemAndImportsTheOtherRows() {
    ImportResult r = read("a,A,???,Health\nb,B,Finance,\n");
    assertEquals(List.of(new RowProblem("mandates.csv", 2, Optional.of("Reporting Lead"),
        "party name '???' has no letter or digit (or makes an id longer than 256 characters)",
        true)), r.problems());
    assertEquals(1, r.imported());
    assertTrue(r.model().commitment(CommitmentId.of("b")).isPresent());
  }

  @Test
  void reportsADuplicateIdDifferingInCaseNamingTheFirstRow() {
    ImportResult r = read("MLC-1,A,Finance,\nmlc-1,B,Health,\nMLC-2,C,Health,\n");
    assertEquals("mandates.csv:3: column 'MLC ID': duplicate id 'mlc-1': row 2 has 'MLC-1' (ids"
        + " that differ only in case name the same commitment) (row skipped)",
        r.problems().get(0).toString());
    assertEquals(2, r.model().commitments().size());
  }

  @Test
  void reportsARowWithTheWrongNumberOfCellsAndImportsTheNext() {
    ImportResult r = read("a,A,Finance\nb,B,Finance,,extra\nc,C,Finance,\n");
    assertEquals(List.of("mandates.csv:2: expected 4 cells as in the header, found 3 (row"
        + " skipped)", "mandates.csv:3: expected 4 cells as in the header, found 5 (row"
        + " skipped)"), r.problems().stream().map(RowProblem::toString).toList());
    assertEquals(1, r.imported());
  }

  @Test
  void reportsAnEmptyRequiredCell() {
    ImportResult r = read(",No id,Finance,\nb, ,Finance,\nc,C,Finance,\n");
    assertEquals(List.of("mandates.csv:2: column 'MLC ID': the cell is empty; it is required"
        + " (row skipped)", "mandates.csv:3: column 'Commitment': the cell is empty; it is"
        + " required (row skipped)"), r.problems().stream().map(RowProblem::toString).toList());
    assertEquals(1, r.imported());
  }

  @Test
  void reportsAnUnterminatedQuoteAndImportsTheRowsAfterIt() {
    // line 3 opens a quote that is never closed: without recovery lines 4 and 5 would be
    // swallowed into that one cell
    ImportResult r = read("a,A,Finance,\nb,\"Unclosed title,Finance,\nc,C,Health,\nd,D,Health,\n");
    assertEquals(1, r.problems().size(), r.problems().toString());
    RowProblem p = r.problems().get(0);
    assertEquals(3, p.row());
    assertEquals(Optional.of("Commitment"), p.column());
    assertTrue(p.reason().startsWith("unterminated quote") && p.reason().endsWith(
        "reading resumed on line 4"), p.reason());
    assertEquals(3, r.imported());
    assertEquals(4, r.rows());
    assertTrue(r.model().commitment(CommitmentId.of("d")).isPresent());
  }

  @Test
  void readsQuotedCellsWithSeparatorsQuotesAndLineBreaksOnTheRowsFirstLine() {
    ImportResult r = read("a,\"Say \"\"open\"\",\nby default\",Finance,\"X, Y; Z\"\n"
        + "b,B,Finance,\n");
    assertEquals(List.of(), r.problems());
    assertEquals("Say \"open\",\nby default",
        r.model().commitment(CommitmentId.of("a")).orElseThrow().title());
    assertEquals(Set.of(AgencyId.of("x-y"), AgencyId.of("z")), parties(r, Role.CONTRIBUTOR, "a"));
  }

  @Test
  void numbersARowAfterAMultiLineCellByTheLineItStartsOn() {
    ImportResult r = read("a,\"two\nlines\",Finance,\nb,B,???,\n");
    assertEquals(4, r.problems().get(0).row());
  }

  @Test
  void readsStatusesAndDatesAndKeepsAttributes() {
    TableMapping m = TableMapping.commitments().id("id").title("title").status("status")
        .due("due").attribute("minister", "minister").build();
    ImportResult r = TabularImport.readTable(m, new StringReader("id,title,status,due,minister\n"
        + "a,A,Underway - on track,2027,Jane\nb,B,Postponed,,\n"), "t.csv");
    var a = r.model().commitment(CommitmentId.of("a")).orElseThrow();
    assertEquals(java.util.Optional.of(CommitmentStatus.UNDERWAY_ON_TRACK), a.status());
    assertEquals("2027-12-31", a.due().orElseThrow().toString());
    assertEquals("Jane", a.attributes().get("minister"));
    assertTrue(r.problems().get(0).reason().startsWith("unknown status 'Postponed'"));
  }

  @Test
  void failsAsAWholeWhenTheHeaderLacksAMappedColumn() {
    TableFormatException e = assertThrows(TableFormatException.class, () ->
        TabularImport.readTable(MANDATES, new StringReader("MLC ID,Commitment\na,A\n"), "m.csv"));
    assertEquals("m.csv:1: the header has no column 'All ministers', 'Reporting Lead'; found"
        + " MLC ID, Commitment", e.getMessage());
  }

  @Test
  void failsAsAWholeOnAnEmptyTable() {
    assertThrows(TableFormatException.class,
        () -> TabularImport.readTable(MANDATES, new StringReader(""), "m.csv"));
  }

  @Test
  void matchesHeaderNamesIgnoringCaseSpacesAndAByteOrderMark() {
    ImportResult r = TabularImport.readTable(MANDATES, new StringReader(
        "\uFEFFmlc id , COMMITMENT,reporting  lead,All Ministers\r\na,A,Finance,\r\n"), "m.csv");
    assertEquals(1, r.imported());
  }

  @Test
  void keepsTheFirstProblemsAndCountsThemAll() {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      rows.append("x").append(i).append(",,Finance,\n");
    }
    ImportResult r = TabularImport.create().maxProblems(5)
        .read(MANDATES, new StringReader(HEADER + rows), "m.csv").result();
    assertEquals(5, r.problems().size());
    assertEquals(30, r.problemCount());
    assertTrue(r.problemsTruncated());
    assertEquals(30, r.skipped());
  }

  @Test
  void skipsBlankLinesWithoutCountingThemAsRows() {
    ImportResult r = read("a,A,Finance,\n\n   \nb,B,Finance,\n");
    assertEquals(2, r.rows());
    assertFalse(r.problemsTruncated());
  }

  @Test
  void reportsARecordLongerThanTheLimitAndReadsTheNext() {
    ImportResult r = TabularImport.create().maxRecordCharacters(50).read(MANDATES,
        new StringReader(HEADER + "a," + "x".repeat(100) + ",Finance,\nb,B,Finance,\n"),
        "m.csv").result();
    assertEquals("m.csv:2: the row is longer than 50 characters (row skipped)",
        r.problems().get(0).toString());
    assertEquals(1, r.imported());
  }
}
