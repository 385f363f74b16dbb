package org.sharedoutcomes.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrackerImportExampleTest {
  private final String out = Output.of(TrackerImportExample::run);

  @Test
  void importsTenOfThirteenRows() {
    assertTrue(out.contains("Imported 10 of 13 rows; 3 rejected:"), out);
  }

  @Test
  void reportsEachMalformedRowWithItsNumberAndReason() {
    assertTrue(out.contains("row 6: id: the cell is empty; it is required"), out);
    assertTrue(out.contains("row 9: status: unknown status 'Postponed'"), out);
    assertTrue(out.contains("row 11: id: duplicate id 'ccb', first used on row 2"), out);
  }

  @Test
  void buildsAModelOfTheImportedRows() {
    // 10 commitments; 14 agencies named in imported rows; 2 roles per lead + 14 contributors
    assertTrue(out.contains("The model: 10 commitments, 14 agencies, 34 role assignments"), out);
    assertTrue(out.matches("(?s).*completed fully met +3\n.*"), out);
  }

  @Test
  void checksTheImportedCommitments() {
    assertTrue(out.contains("SO-ACC-008 shared without conflict protocol: 9"), out);
    assertTrue(out.contains("SO-ACC-007 lead is sole contributor: 1"), out);
  }
}
