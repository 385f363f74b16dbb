package org.sharedoutcomes.examples.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.Role;

class MandateTrackerCsvTest {
  private static final String HEADER = "id,title,lead,other_agencies,status\n";

  private static MandateTrackerCsv.ImportResult read(String csv) throws IOException {
    return MandateTrackerCsv.read(new StringReader(csv));
  }

  @Test
  void importsARowWithLeadAndContributors() throws IOException {
    var r = read(HEADER + "ccb,Child benefit,Employment Canada,Revenue Agency; Finance,"
        + "Underway - on track\n");
    assertEquals(1, r.imported());
    assertEquals(CommitmentStatus.UNDERWAY_ON_TRACK,
        r.model().commitment(CommitmentId.of("ccb")).orElseThrow().status());
    assertEquals(java.util.Set.of(AgencyId.of("employment-canada")),
        r.model().partiesWith(Role.ACCOUNTABLE, CommitmentId.of("ccb")));
    assertEquals(2, r.model().partiesWith(Role.CONTRIBUTOR, CommitmentId.of("ccb")).size());
  }

  @Test
  void rejectsARowWithoutIdAndKeepsTheNext() throws IOException {
    var r = read(HEADER + ",No id,Finance,,Ongoing\nb,Has id,Finance,,Ongoing\n");
    assertEquals(List.of(new MandateTrackerCsv.RejectedRow(2, "missing id (title \"No id\")")),
        r.rejected());
    assertEquals(1, r.imported());
  }

  @Test
  void rejectsAnUnknownStatusNamingIt() throws IOException {
    var r = read(HEADER + "a,A,Finance,,Postponed\n");
    assertEquals(2, r.rejected().get(0).row());
    assertTrue(r.rejected().get(0).reason().startsWith("unknown status 'Postponed' for 'a'"));
  }

  @Test
  void rejectsADuplicateIdNamingTheFirstRow() throws IOException {
    var r = read(HEADER + "a,A,Finance,,Ongoing\nb,B,Finance,,Ongoing\na,Again,Finance,,Ongoing\n");
    assertEquals("row 4: duplicate id 'a', first used on row 2", r.rejected().get(0).toString());
    assertEquals(2, r.imported());
  }

  @Test
  void rejectsARowWithTheWrongNumberOfFields() throws IOException {
    var r = read(HEADER + "a,A,Finance,Ongoing\n");
    assertEquals("row 2: expected 5 fields, found 4", r.rejected().get(0).toString());
  }

  @Test
  void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
    var r = read(HEADER + "a,\"Say \"\"open\"\", by default, always\",Finance,\"X, Y; Z\","
        + "On-going\r\n");
    assertEquals("Say \"open\", by default, always",
        r.model().commitment(CommitmentId.of("a")).orElseThrow().title());
    assertTrue(r.model().agency(AgencyId.of("x-y")).isPresent());
    assertEquals(CommitmentStatus.ONGOING,
        r.model().commitment(CommitmentId.of("a")).orElseThrow().status());
  }

  @Test
  void failsAsAWholeWhenTheHeaderLacksAColumn() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> read("id,title,lead,status\na,A,Finance,Ongoing\n"));
    assertTrue(e.getMessage().startsWith("row 1: the header has no column 'other_agencies'"),
        e.getMessage());
  }

  @Test
  void makesAgencyIdsFromNames() {
    assertEquals("immigration-refugees-and-citizenship-canada",
        MandateTrackerCsv.slug("Immigration, Refugees and Citizenship Canada"));
  }
}
