package org.sharedoutcomes.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The registry of rules, the {@link FindingCode} constants and the module README's table say
 * the same thing. Nothing here knows how many codes there are.
 */
class AccountabilityRulesTest {
  private static final Path README = Path.of("README.md");
  private static final Path FINDING_CODE =
      Path.of("src/main/java/org/sharedoutcomes/core/check/FindingCode.java");

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
  void theReadmeTableListsEveryRuleWithItsMetadata() throws IOException {
    Map<String, List<String>> table = readmeTable();
    assertEquals(AccountabilityRule.all().stream().map(AccountabilityRule::code).toList(),
        new ArrayList<>(table.keySet()), "outcome-core/README.md, section 'Accountability"
            + " checks': the table must have one row per rule of AccountabilityRule.all(), in"
            + " code order");
    for (AccountabilityRule r : AccountabilityRule.all()) {
      assertEquals(List.of(r.code(), r.severity().name(), r.summary(), r.whatToDo()),
          table.get(r.code()), "outcome-core/README.md: the row of " + r.code() + " must"
              + " show its rule's code, severity, summary and what to do (backticks are"
              + " ignored)");
    }
  }

  @Test
  void eachFindingCodeConstantsJavadocNamesItsCode() throws IOException {
    String source = Files.readString(FINDING_CODE, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("/\\*\\* \\{@code (SO-ACC-\\d{3})\\}[^*]*\\*/\\s*"
        + "(?:@API\\([^)]*\\)\\s*)?([A-Z_]+)\\(").matcher(source);
    Map<String, String> documented = new LinkedHashMap<>();
    while (m.find()) {
      documented.put(m.group(2), m.group(1));
    }
    Map<String, String> actual = new LinkedHashMap<>();
    for (FindingCode c : FindingCode.values()) {
      actual.put(c.name(), c.code());
    }
    assertEquals(actual, documented);
  }

  /** The README's rows of codes, by code: code, severity, triggered by, what to do. */
  private static Map<String, List<String>> readmeTable() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## Accountability checks\n");
    assertTrue(start >= 0, "README.md has no section 'Accountability checks'");
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String line : section.split("\n")) {
      if (!line.startsWith("| `SO-ACC-")) {
        continue;
      }
      String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
      List<String> row = new ArrayList<>();
      for (String cell : cells) {
        row.add(cell.strip().replace("`", ""));
      }
      assertEquals(4, row.size(), line);
      assertEquals(null, rows.put(row.get(0), row), "two rows for " + row.get(0));
    }
    return rows;
  }
}
