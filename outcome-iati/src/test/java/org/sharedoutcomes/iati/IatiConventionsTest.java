package org.sharedoutcomes.iati;

import org.junit.jupiter.api.Test;
import org.sharedoutcomes.testkit.conventions.ApiConventions;

/** The IATI module follows the API conventions and exposes neither Jackson nor JGraphT. */
class IatiConventionsTest {
  @Test
  void iatiFollowsTheApiConventionsAndExposesNoJacksonOrJGraphT() {
    ApiConventions.forPackagePrefix("org.sharedoutcomes.iati")
        .locatedBy(IatiReader.class)
        .forbidExposing("tools.jackson", "org.jgrapht", "javax.xml")
        .verify();
  }
}
