package org.sharedoutcomes.tabular;

import org.junit.jupiter.api.Test;
import org.sharedoutcomes.testkit.conventions.ApiConventions;

/** The tabular module follows the API conventions and exposes neither Jackson nor JGraphT. */
class TabularConventionsTest {
  @Test
  void tabularFollowsTheApiConventionsAndExposesNoJacksonOrJGraphT() {
    ApiConventions.forPackagePrefix("org.sharedoutcomes.tabular")
        .locatedBy(TabularImport.class)
        .forbidExposing("tools.jackson", "org.jgrapht")
        .verify();
  }
}
