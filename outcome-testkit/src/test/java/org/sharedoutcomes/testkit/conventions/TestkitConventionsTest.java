package org.sharedoutcomes.testkit.conventions;

import org.junit.jupiter.api.Test;
import org.sharedoutcomes.testkit.RandomModels;

/** The test kit's own main classes follow the API conventions. */
class TestkitConventionsTest {
  @Test
  void testkitFollowsTheApiConventionsAndExposesNeitherJacksonNorJGraphT() {
    ApiConventions.forPackagePrefix("org.sharedoutcomes.testkit")
        .locatedBy(RandomModels.class)
        .forbidExposing("tools.jackson", "com.fasterxml.jackson", "org.jgrapht")
        .verify();
  }
}
