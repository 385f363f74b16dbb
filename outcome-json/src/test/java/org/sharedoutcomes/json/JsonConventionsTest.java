package org.sharedoutcomes.json;

import org.junit.jupiter.api.Test;
import org.sharedoutcomes.testkit.conventions.ApiConventions;

/** The JSON module follows the API conventions; it may expose Jackson, never JGraphT. */
class JsonConventionsTest {
  @Test
  void jsonFollowsTheApiConventionsAndExposesNoJGraphT() {
    ApiConventions.forPackagePrefix("org.sharedoutcomes.json")
        .locatedBy(FormatVersion.class)
        .forbidExposing("org.jgrapht")
        .verify();
  }
}
