package org.sharedoutcomes.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.codegen.RuleTable;

/**
 * The registry of rules, the generated {@link FindingCode} constants and the module README's
 * table say the same thing, and every rule has its test. Nothing here knows how many codes
 * there are.
 */
class AccountabilityRulesTest {
  private static final Path README = Path.of("README.md");
  private static final Path CHECK_TEST =
      Path.of("src/test/java/org/sharedoutcomes/core/check/AccountabilityCheckTest.java");

  @Test
  void theRegistryHasOneRulePerFindingCodeInCodeOrder() {
    List<AccountabilityRule> all = AccountabilityRule.all();
    assertEquals(Arrays.asList(FindingCode.values()),
        all.stream().map(AccountabilityRule::findingCode).toList());
    for (FindingCode c : FindingCode.values()) {
      assertSame(c.rule(), all.get(c.ordinal()));
    }
  }

  @Test
  void theCodesAreNumberedFromOneInOrderWithoutGaps() {
    List<AccountabilityRule> all = AccountabilityRule.all();
    for (int i = 0; i < all.size(); i++) {
      assertEquals(String.format("SO-ACC-%03d", i + 1), all.get(i).code());
    }
  }

  @Test
  void eachCodeNamesItsConstant() {
    for (FindingCode c : FindingCode.values()) {
      assertSame(c, FindingCode.ofCode(c.code()));
      assertEquals(c.rule().code(), c.code());
      assertEquals(c.rule().severity(), c.severity());
    }
    assertThrows(IllegalArgumentException.class, () -> FindingCode.ofCode("SO-ACC-000"));
  }

  @Test
  void everyRuleSaysWhatTriggersItAndWhatToDo() {
    for (AccountabilityRule r : AccountabilityRule.all()) {
      assertFalse(r.summary().isBlank(), r::code);
      assertFalse(r.whatToDo().isBlank(), r::code);
      assertFalse(r.summary().contains("|") || r.whatToDo().contains("|"), r::code);
      assertEquals(r.code() + " " + r.severity() + ": " + r.summary(), r.toString());
    }
  }

  @Test
  void theRegistryIsUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> AccountabilityRule.all().clear());
  }

  @Test
  void theReadmeTableIsTheOneGeneratedFromTheRules() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    List<List<String>> rows = AccountabilityRule.all().stream()
        .map(r -> List.of(r.code(), r.severity().name(), r.summary(), r.whatToDo())).toList();
    assertEquals(RuleTable.render(rows), RuleTable.current(readme), "outcome-core/README.md,"
        + " section 'Accountability checks': the table differs from the rules'"
        + " metadata (AccountabilityRule.all()); run ./api-update at the top of the repository"
        + " to regenerate it, and commit README.md");
  }

  @Test
  void theCodesAddedAfterTheEnumDeclareTheirOwnSince() throws NoSuchFieldException {
    API type = FindingCode.class.getAnnotation(API.class);
    for (FindingCode c : FindingCode.values()) {
      API own = FindingCode.class.getField(c.name()).getAnnotation(API.class);
      if (own != null) {
        assertEquals(type.status(), own.status(), c::name);
        assertNotEquals(type.since(), own.since(), c::name);
      }
    }
  }

  /**
   * Every rule has its own test class, named after it, in this package: the edge that triggers
   * it and the nearest case that does not. The codes as old as the enum (no {@code since} of
   * their own) may instead be tested in {@link AccountabilityCheckTest}, which names them.
   */
  @Test
  void everyRuleHasItsOwnTestClass() throws IOException, NoSuchFieldException {
    String checkTest = Files.readString(CHECK_TEST, StandardCharsets.UTF_8);
    List<String> untested = new ArrayList<>();
    for (AccountabilityRule r : AccountabilityRule.all()) {
      String name = getClass().getPackageName() + "." + r.getClass().getSimpleName() + "Test";
      boolean asOldAsTheEnum = FindingCode.class.getField(r.findingCode().name())
          .getAnnotation(API.class) == null;
      if (!exists(name) && !(asOldAsTheEnum
          && checkTest.contains("FindingCode." + r.findingCode().name()))) {
        untested.add(r.code() + " (" + r.getClass().getSimpleName() + "): write " + name);
      }
    }
    assertEquals(List.of(), untested, "every rule needs its test class");
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
