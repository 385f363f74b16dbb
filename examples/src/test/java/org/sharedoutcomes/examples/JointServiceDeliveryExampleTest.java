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
}
