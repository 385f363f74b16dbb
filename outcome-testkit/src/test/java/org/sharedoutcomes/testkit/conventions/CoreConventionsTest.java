package org.sharedoutcomes.testkit.conventions;

import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.OutcomeModel;

/** The core module follows the API conventions (it cannot depend on the test kit itself). */
class CoreConventionsTest {
  @Test
  void coreFollowsTheApiConventionsAndExposesNeitherJacksonNorJGraphT() {
    ApiConventions.forPackagePrefix("org.sharedoutcomes.core")
        .locatedBy(OutcomeModel.class)
        .forbidExposing("tools.jackson", "com.fasterxml.jackson", "org.jgrapht")
        .verify();
  }

  @Test
  void everyEntityOfMoreThanFourFieldsIsBuiltThroughABuilder() {
    ApiConventions.forPackagePrefix("org.sharedoutcomes.core")
        .locatedBy(OutcomeModel.class)
        .requireBuilders(4, "org.sharedoutcomes.core")
        .verify();
  }
}
