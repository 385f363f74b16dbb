package org.sharedoutcomes.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BetterConnectedServicesExampleTest {
  private final String out = Output.of(BetterConnectedServicesExample::run);

  @Test
  void namesTheTrioOfRolesWithTheirSpans() {
    assertTrue(out.contains("public entrepreneur: Aroha, MSD case manager (msd),"
        + " 2024-08-01..2026-06-30"), out);
    assertTrue(out.contains("guardian angels:     Health NZ district director (health-nz),"
        + " 2024-10-01..2026-06-30; MSD Regional Commissioner (msd)"), out);
  }

  @Test
  void showsTheClientGroupAsCoProducer() {
    assertTrue(out.contains("co-producers:        Papakura families group (client group),"
        + " 2024-12-16..2026-06-30"), out);
  }

  @Test
  void showsTheRevisedOutcomeWithItsEarlierStatementAndReason() {
    assertTrue(out.contains("revised on 2025-05-14; before: \"Fewer agency contacts for each"
        + " family in Papakura\""), out);
  }

  @Test
  void listsPhasesInTheirNaturalOrder() {
    assertTrue(out.contains("phases: initiating 2022-03-01..2022-09-30; working together"
        + " 2022-10-01..2024-06-30; sustaining 2024-07-01.."), out);
  }

  @Test
  void reportsTheFamiliesPlanFigureAgainstItsTarget() {
    // 0 + (120 - 0) * 1.05 = 126 in December
    assertTrue(out.contains("Families with one shared plan: 126 families by 2025-12-31"
        + " (target at least 120)"), out);
  }

  @Test
  void flagsOnlyTheCollaborationThatLacksAGuardianAngel() {
    assertTrue(out.contains("[SO-ACC-009 INFO] commitment 'mangere-education'"), out);
    assertTrue(out.contains("without a guardian angel;"), out);
    assertTrue(!out.contains("[SO-ACC-009 INFO] commitment 'icm-papakura'"), out);
  }
}
