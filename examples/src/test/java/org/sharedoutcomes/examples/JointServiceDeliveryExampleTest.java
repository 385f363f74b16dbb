package org.sharedoutcomes.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JointServiceDeliveryExampleTest {
  private final String out = Output.of(JointServiceDeliveryExample::run);

  @Test
  void creditsEachAgencyByItsDeclaredShare() {
    // staff time 6 : 3 : 2 : 2 : 1 of 14
    assertTrue(out.matches("(?s).*ServiceOntario +3/7 \\(42\\.9%\\) +1/5 \\(20\\.0%\\) +1/2"
        + " \\(50\\.0%\\) +1 \\(100\\.0%\\).*"), out);
    assertTrue(out.matches("(?s).*Toronto Public Health +1/14 \\(7\\.1%\\) +1/5 \\(20\\.0%\\)"
        + " +1/20 \\(5\\.0%\\) +0 \\(0\\.0%\\).*"), out);
  }

  @Test
  void creditsAddUpToTheOneCommitmentUnderEveryProtocol() {
    assertTrue(out.matches("(?s).*\\n  total +1 \\(100\\.0%\\) +1 \\(100\\.0%\\) +1 \\(100\\.0%\\)"
        + " +1 \\(100\\.0%\\)\\n.*"), out);
  }

  @Test
  void showsWhatEachAgencyMaySee() {
    // public data only for an agency with no role; owner-only data for owner and agreement
    assertTrue(out.matches("(?s).*Ontario Ministry of Finance +yes +- +- +- +-\\n.*"), out);
    assertTrue(out.matches("(?s).*Canada Revenue Agency +yes +yes +yes +- +yes\\n.*"), out);
    assertTrue(out.matches("(?s).*Toronto Public Health +yes +yes +yes +yes +-\\n.*"), out);
  }

  @Test
  void exportsForOneAgencyWithholdWhatItMayNotSee() {
    assertTrue(out.contains("ontario-finance: 12 of 60 measurements; withheld"
        + " {days-to-benefit=12, health-cards=12, home-visits=12, sin-at-birth=12}"), out);
    assertTrue(out.contains("cra: 48 of 60 measurements; withheld {home-visits=12}"), out);
  }
}
