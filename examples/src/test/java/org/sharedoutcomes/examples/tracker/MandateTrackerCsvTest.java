package org.sharedoutcomes.examples.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.tabular.ImportResult;
import org.sharedoutcomes.tabular.TableFormatException;

class MandateTrackerCsvTest {
  private static final String HEADER = "id,title,lead,other_agencies,status\n";

  private static ImportResult read(String csv) {
    return MandateTrackerCsv.read(new StringReader(csv), "t.csv");
  }

  @Test
  void importsARowWithLeadAndContributors() {
    var r = read(HEADER + "ccb,Child benefit,Employment Canada,Revenue Agency; Finance,"
        + "Underway - on track\n");
    assertEquals(1, r.imported());
    assertEquals(java.util.Optional.of(CommitmentStatus.UNDERWAY_ON_TRACK),
        r.model().commitment(CommitmentId.of("ccb")).orElseThrow().status());
    assertEquals(Set.of(AgencyId.of("employment-canada")),
        r.model().partiesWith(Role.ACCOUNTABLE, CommitmentId.of("ccb")));
    assertEquals(2, r.model().partiesWith(Role.CONTRIBUTOR, CommitmentId.of("ccb")).size());
  }

  @Test
  void doesNotMakeTheLeadItsOwnContributor() {
    var r = read(HEADER + "a,A,Finance,finance;Health,Ongoing\n");
    assertEquals(Set.of(AgencyId.of("health")),
        r.model().partiesWith(Role.CONTRIBUTOR, CommitmentId.of("a")));
  }

  @Test
  void rejectsARowWithoutLeadAndKeepsTheNext() {
    var r = read(HEADER + "a,No lead,,,Ongoing\nb,Has lead,Finance,,Ongoing\n");
    assertEquals("row 2: lead: the cell is empty; it is required",
        MandateTrackerCsv.describe(r.problems().get(0)));
    assertEquals(1, r.imported());
  }

  @Test
  void rejectsADuplicateIdNamingTheFirstRow() {
    var r = read(HEADER + "a,A,Finance,,Ongoing\nb,B,Finance,,Ongoing\na,Again,Finance,,Ongoing\n");
    assertEquals("row 4: id: duplicate id 'a', first used on row 2",
        MandateTrackerCsv.describe(r.problems().get(0)));
    assertEquals(2, r.imported());
  }

  @Test
  void failsAsAWholeWhenTheHeaderLacksAColumn() {
    var e = assertThrows(TableFormatException.class,
        () -> read("id,title,lead,status\na,A,Finance,Ongoing\n"));
    assertTrue(e.getMessage().startsWith("t.csv:1: the header has no column 'other_agencies'"),
        e.getMessage());
  }

  @Test
  void makesAgencyIdsFromNames() {
    assertEquals("immigration-refugees-and-citizenship-canada",
        MandateTrackerCsv.slug("Immigration, Refugees and Citizenship Canada"));
  }
}
