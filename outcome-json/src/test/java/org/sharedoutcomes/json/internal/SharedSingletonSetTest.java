package org.sharedoutcomes.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.json.OutcomeJson;

/**
 * Commitments that serve one outcome, or depend on one commitment, share one set per id once
 * read ({@link IdTable#one}); the sets hold what the document said, whichever order the
 * sections come in and whether or not the id was defined before the reference.
 */
class SharedSingletonSetTest {
  private static final OutcomeJson JSON = OutcomeJson.builder().build();
  private static final String HEADER = "{\"format\":\"sharedoutcomes/1\"";
  private static final String OUTCOMES = "\"outcomes\":["
      + "{\"id\":\"o1\",\"statement\":\"One\",\"level\":\"OUTCOME\"},"
      + "{\"id\":\"o2\",\"statement\":\"Two\",\"level\":\"OUTCOME\"}]";
  private static final String COMMITMENTS = "\"commitments\":["
      + "{\"id\":\"c1\",\"title\":\"A\",\"outcomes\":[\"o1\"]},"
      + "{\"id\":\"c2\",\"title\":\"B\",\"outcomes\":[\"o2\"],\"dependsOn\":[\"c1\"]},"
      + "{\"id\":\"c3\",\"title\":\"C\",\"outcomes\":[\"o1\"],\"dependsOn\":[\"c1\"]},"
      + "{\"id\":\"c4\",\"title\":\"D\",\"outcomes\":[\"o1\",\"o2\"],\"dependsOn\":[\"c5\"]},"
      + "{\"id\":\"c5\",\"title\":\"E\",\"outcomes\":[\"o2\"]}]";

  private static OutcomeModel read(String json) {
    return JSON.read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Commitment commitment(OutcomeModel m, String id) {
    return m.commitment(CommitmentId.of(id)).orElseThrow();
  }

  @Test
  void commitmentsServingOneOutcomeShareItsSet() {
    OutcomeModel m = read(HEADER + "," + OUTCOMES + "," + COMMITMENTS + "}");
    assertEquals(Set.of(OutcomeId.of("o1")), commitment(m, "c1").outcomes());
    assertSame(commitment(m, "c1").outcomes(), commitment(m, "c3").outcomes());
    assertSame(commitment(m, "c2").outcomes(), commitment(m, "c5").outcomes());
    assertNotSame(commitment(m, "c1").outcomes(), commitment(m, "c2").outcomes());
    assertEquals(Set.of(OutcomeId.of("o2")), commitment(m, "c2").outcomes());
    assertEquals(Set.of(OutcomeId.of("o1"), OutcomeId.of("o2")), commitment(m, "c4").outcomes());
    // a dependency on a commitment read before is shared; one read later (c5) is its own set
    assertSame(commitment(m, "c2").dependsOn(), commitment(m, "c3").dependsOn());
    assertEquals(Set.of(CommitmentId.of("c5")), commitment(m, "c4").dependsOn());
  }

  @Test
  void theModelIsTheSameWhicheverSectionComesFirst() {
    OutcomeModel outcomesFirst = read(HEADER + "," + OUTCOMES + "," + COMMITMENTS + "}");
    OutcomeModel commitmentsFirst = read(HEADER + "," + COMMITMENTS + "," + OUTCOMES + "}");
    assertEquals(outcomesFirst, commitmentsFirst);
    // the references came before their outcomes: nothing to share, each set is the document's
    assertEquals(Set.of(OutcomeId.of("o1")), commitment(commitmentsFirst, "c3").outcomes());
    assertEquals(Set.of(OutcomeId.of("o2")), commitment(commitmentsFirst, "c5").outcomes());
  }
}
