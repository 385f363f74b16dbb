package org.sharedoutcomes.graph;

import org.junit.jupiter.api.Test;
import org.sharedoutcomes.testkit.conventions.ApiConventions;

/** The graph module follows the API conventions; it may expose JGraphT, never Jackson. */
class GraphConventionsTest {
  @Test
  void graphFollowsTheApiConventionsAndExposesNoJackson() {
    ApiConventions.forPackagePrefix("org.sharedoutcomes.graph")
        .locatedBy(Relation.class)
        .forbidExposing("tools.jackson", "com.fasterxml.jackson")
        .verify();
  }
}
