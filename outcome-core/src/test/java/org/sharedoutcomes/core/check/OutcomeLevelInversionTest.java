package org.sharedoutcomes.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeModel;

/** SO-ACC-013: an outcome under a parent of a lower level reads the results chain backwards. */
class OutcomeLevelInversionTest {
  private static final OutcomeId JOBS = OutcomeId.of("jobs");
  private static final OutcomeId COURSES = OutcomeId.of("courses");

  private static List<Finding> inversions(Outcome... outcomes) {
    OutcomeModel.Builder b = OutcomeModel.builder();
    for (Outcome o : outcomes) {
      b.outcome(o);
    }
    return AccountabilityCheck.of(b.build()).findings(FindingCode.OUTCOME_LEVEL_INVERTED);
  }

  @Test
  void flagsAnImpactContributingToAnOutputNamingBothAndTheirLevels() {
    List<Finding> found = inversions(
        Outcome.of("courses", "Courses delivered", OutcomeLevel.OUTPUT),
        Outcome.of("jobs", "More people in work", OutcomeLevel.IMPACT).withParents(COURSES));
    assertEquals(1, found.size());
    assertEquals(List.<EntityId>of(JOBS, COURSES), found.get(0).entities());
    assertEquals("[SO-ACC-013 WARNING] outcome 'jobs' (\"More people in work\", IMPACT)"
        + " contributes to outcome 'courses' (\"Courses delivered\", OUTPUT), a lower level: a"
        + " results chain runs from outputs to outcomes to impacts; fix one of the two levels"
        + " or the link", found.get(0).toString());
  }

  @Test
  void doesNotFlagAnOutputContributingToAnImpact() {
    assertEquals(List.of(), inversions(
        Outcome.of("jobs", "More people in work", OutcomeLevel.IMPACT),
        Outcome.of("courses", "Courses delivered", OutcomeLevel.OUTPUT).withParents(JOBS)));
  }

  @Test
  void doesNotFlagAParentOfTheSameLevel() {
    assertEquals(List.of(), inversions(
        Outcome.of("courses", "Courses delivered", OutcomeLevel.IMPACT),
        Outcome.of("jobs", "More people in work", OutcomeLevel.IMPACT).withParents(COURSES)));
  }

  @Test
  void flagsEachInvertedLinkOfAnOutcomeOnce() {
    List<Finding> found = inversions(
        Outcome.of("a", "A", OutcomeLevel.OUTPUT),
        Outcome.of("b", "B", OutcomeLevel.OUTCOME),
        Outcome.of("c", "C", OutcomeLevel.IMPACT),
        Outcome.of("x", "X", OutcomeLevel.IMPACT).withParents(OutcomeId.of("a"),
            OutcomeId.of("b"), OutcomeId.of("c")));
    assertEquals(List.of(List.of("x", "a"), List.of("x", "b")), found.stream()
        .map(f -> f.entities().stream().map(EntityId::value).toList()).toList());
  }

  @Test
  void flagsAnOutcomeContributingToAnOutput() {
    List<Finding> found = inversions(
        Outcome.of("courses", "Courses delivered", OutcomeLevel.OUTPUT),
        Outcome.of("skills", "Better skills", OutcomeLevel.OUTCOME).withParents(COURSES));
    assertEquals(1, found.size());
  }
}
