package org.sharedoutcomes.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeliveryUnitExampleTest {
  private final String out = Output.of(DeliveryUnitExample::run);

  @Test
  void introducesTheCentreAndTheDepartments() {
    assertTrue(out.startsWith("The delivery unit (seed 000): 12 commitments of 5 departments,"
        + " overseen by pmdu"), out);
  }

  @Test
  void stocktakeShowsStatusTrendLikelihoodAndTheUnitsRating() {
    // numeracy: 80.2 against at least 85 due at the year's end: missed, off track, red
    assertTrue(out.matches("(?s).*Raise numeracy at age 11 +off track +worsening +likely red"
        + " +unit says amber red.*"), out);
    assertTrue(out.matches("(?s).*Raise literacy at age 11 +achieved +improving.*"), out);
  }

  @Test
  void stocktakeAsksCanWeHelpWhereThingsSlip() {
    assertTrue(out.contains("  Can we help? Raise numeracy at age 11, Cut persistent absence from"
        + " school\n"), out);
    assertTrue(out.contains("  Can we help? Four-hour waits in A&E, Treatment within 18 weeks of"
        + " referral\n"), out);
  }

  @Test
  void printsTheCentralizationFigures() {
    assertTrue(out.contains("degree centralization, collaboration network: 0.500"), out);
    // the sample declares no agency parents: no reporting lines, so no figure (it was 1.000
    // when every parentless agency was given an invented reports-to edge to the centre)
    assertTrue(out.contains("in-degree centralization, reporting network:  n/a (the network has"
        + " no edges"), out);
    assertTrue(out.contains("governance form: network administrative organization (governed by"
        + " pmdu)"), out);
  }

  @Test
  void warnsWhenTheCentreDriftsFromSupportToControl() {
    assertTrue(out.contains("2025-01-01 to 2025-06-30:  9 interventions, 0 directive,"
        + " 6 supportive, directive share 0%"), out);
    assertTrue(out.contains("2025-07-01 to 2025-12-31:  9 interventions, 4 directive,"
        + " 3 supportive, directive share 57%"), out);
    assertTrue(out.contains("WARNING: the centre is drifting from support to control: the"
        + " directive share of its interventions rose from 0% to 57%"), out);
    assertTrue(out.contains("[SO-ACC-011] the centre gave Home Office ('home-office') 3"
        + " directives and 1 offer of support"), out);
  }
}
