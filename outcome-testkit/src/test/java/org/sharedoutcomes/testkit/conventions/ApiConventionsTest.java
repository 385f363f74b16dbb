package org.sharedoutcomes.testkit.conventions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.testkit.conventions.fixtures.bad.Unmarked;
import org.sharedoutcomes.testkit.conventions.fixtures.good.Tidy;
import org.sharedoutcomes.testkit.conventions.fixtures.records.Grown;

class ApiConventionsTest {
  private static final String FIXTURES = "org.sharedoutcomes.testkit.conventions.fixtures";
  private static final String BAD = FIXTURES + ".bad";

  private static ApiConventions bad() {
    return ApiConventions.forPackagePrefix(BAD)
        .locatedBy(Unmarked.class)
        .forbidExposing("java.util.concurrent");
  }

  private static Set<String> codes(List<Violation> violations) {
    return violations.stream()
        .map(v -> v.convention() + " " + v.element())
        .collect(Collectors.toSet());
  }

  @Test
  void findsNoViolationInAPackageThatFollowsEveryConvention() {
    assertEquals(List.of(), ApiConventions.forPackagePrefix(FIXTURES + ".good")
        .locatedBy(Tidy.class)
        .forbidExposing("java.util.concurrent")
        .violations());
  }

  @Test
  void findsEveryViolationInTheBadFixturesOnceEach() {
    Set<String> expected = Set.of(
        "NULL_MARKED_PACKAGE " + BAD,
        "API_STATUS " + BAD + ".MisplacedInternal",
        "API_STATUS " + BAD + ".NoApi",
        "API_STATUS " + BAD + ".Unmarked$Nested",
        "API_STATUS " + BAD + ".internal.Promoted",
        "FORBIDDEN_TYPE " + BAD + ".Unmarked#counters()",
        "FORBIDDEN_TYPE " + BAD + ".Unmarked#add(AtomicLong, AtomicLong)",
        "FORBIDDEN_TYPE " + BAD + ".Unmarked#last()",
        "NULLABLE_RESULT " + BAD + ".Unmarked#name()",
        "NULLABLE_RESULT " + BAD + ".Unmarked#names()");
    List<Violation> found = bad().violations();
    assertEquals(expected, codes(found));
    assertEquals(expected.size(), found.size(), () -> "duplicates in " + found);
  }

  @Test
  void reportsEveryViolationInOneAssertionMessage() {
    AssertionError e = assertThrows(AssertionError.class, () -> bad().verify());
    assertTrue(e.getMessage().startsWith("10 API convention violations under " + BAD + ":"),
        e.getMessage());
    for (String element : List.of("NoApi", "Unmarked#names()", "internal.Promoted")) {
      assertTrue(e.getMessage().contains(BAD + "." + element), () -> element + " missing");
    }
  }

  @Test
  void namesTheForbiddenTypeFoundInsideATypeArgument() {
    Violation v = bad().violations().stream()
        .filter(x -> x.element().endsWith("#counters()"))
        .findFirst().orElseThrow();
    assertTrue(v.detail().startsWith("returns java.util.concurrent.atomic.AtomicLong"),
        v.detail());
  }

  @Test
  void checksNoSignatureWhenNothingIsForbidden() {
    assertTrue(ApiConventions.forPackagePrefix(BAD).locatedBy(Unmarked.class).violations()
        .stream().noneMatch(v -> v.convention() == Convention.FORBIDDEN_TYPE));
  }

  @Test
  void failsWhenThePrefixMatchesNoClassInsteadOfPassingVacuously() {
    List<Violation> found = ApiConventions.forPackagePrefix(FIXTURES + ".nothing")
        .locatedBy(Tidy.class)
        .violations();
    assertEquals(1, found.size());
    assertEquals(Convention.SCANNABLE, found.get(0).convention());
  }

  @Test
  void rejectsAPrefixThatIsNotAPackageName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ApiConventions.forPackagePrefix("org/sharedoutcomes"));
    assertTrue(e.getMessage().contains("'org/sharedoutcomes'"), e.getMessage());
  }

  @Test
  void rejectsANullForbiddenPrefixNamingItsPosition() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> ApiConventions.forPackagePrefix(BAD).forbidExposing("a", null));
    assertEquals("packagePrefixes[1]", e.getMessage());
  }

  @Test
  void scansEveryClassPathRootWithThePackageWhenNoAnchorIsGiven() {
    assertEquals(codes(bad().violations()), codes(ApiConventions.forPackagePrefix(BAD)
        .forbidExposing("java.util.concurrent").violations()));
  }

  private static final String RECORDS = FIXTURES + ".records";

  private static List<Violation> growable(int maxComponents) {
    return ApiConventions.forPackagePrefix(RECORDS).locatedBy(Grown.class)
        .requireBuilders(maxComponents, RECORDS).violations();
  }

  @Test
  void findsTheWideRecordsThatCannotGrowAndNamesWhatIsMissing() {
    List<Violation> found = growable(4);
    assertEquals(Set.of("GROWABLE_RECORD " + RECORDS + ".Bare",
        "GROWABLE_RECORD " + RECORDS + ".HalfGrown"), codes(found));
    Violation half = found.stream().filter(v -> v.element().endsWith("HalfGrown"))
        .findFirst().orElseThrow();
    assertEquals("record of 5 components (more than 4), but its canonical constructor is not"
        + " annotated @API(status = INTERNAL): route construction through a builder so that a"
        + " new field breaks no caller", half.detail());
    Violation bare = found.stream().filter(v -> v.element().endsWith("Bare"))
        .findFirst().orElseThrow();
    assertTrue(bare.detail().contains("no public static builder(...)")
        && bare.detail().contains("no public toBuilder()"), bare.detail());
  }

  @Test
  void leavesARecordAtTheLimitAlone() {
    assertTrue(growable(5).isEmpty(), () -> growable(5).toString());
    assertTrue(growable(4).stream().noneMatch(v -> v.element().endsWith("Narrow")));
  }

  @Test
  void checksNoRecordUnlessAsked() {
    assertTrue(ApiConventions.forPackagePrefix(RECORDS).locatedBy(Grown.class).violations()
        .isEmpty());
  }

  @Test
  void rejectsANegativeComponentLimit() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ApiConventions.forPackagePrefix(RECORDS).requireBuilders(-1, RECORDS));
    assertEquals("maxComponents must be at least 0, was -1", e.getMessage());
  }
}
