package org.sharedoutcomes.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's table of checks: rendered from rows, found and replaced between its markers. */
class RuleTableTest {
  private static final List<List<String>> ROWS = List.of(
      List.of("SO-ACC-001", "ERROR", "nobody is accountable", "name one"),
      List.of("SO-ACC-002", "INFO", "a \"quoted\" summary", "do it"));
  private static final String README = "# Title\n\ntext\n\n" + RuleTable.BEGIN + "\n\nold\n\n"
      + RuleTable.END + "\n\nafter\n";

  @Test
  void rendersAHeaderAndOneRowPerRuleWithTheCodeInBackticks() {
    assertEquals("\n| code | severity | triggered by | what to do |\n|---|---|---|---|\n"
        + "| `SO-ACC-001` | ERROR | nobody is accountable | name one |\n"
        + "| `SO-ACC-002` | INFO | a \"quoted\" summary | do it |\n\n", RuleTable.render(ROWS));
  }

  @Test
  void replacesOnlyTheTextBetweenTheMarkers() {
    String table = RuleTable.render(ROWS);
    String updated = RuleTable.replace(README, table);
    assertEquals("# Title\n\ntext\n\n" + RuleTable.BEGIN + "\n" + table + RuleTable.END
        + "\n\nafter\n", updated);
    assertEquals(table, RuleTable.current(updated));
    assertEquals(updated, RuleTable.replace(updated, table));
  }

  @Test
  void readsTheCurrentTable() {
    assertEquals("\nold\n\n", RuleTable.current(README));
  }

  @Test
  void refusesAReadmeWithoutBothMarkersInOrder() {
    for (String bad : List.of("no markers\n", RuleTable.BEGIN + "\n\nrows\n",
        RuleTable.END + "\n" + RuleTable.BEGIN + "\n")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> RuleTable.current(bad));
      assertTrue(e.getMessage().contains(RuleTable.BEGIN), e.getMessage());
    }
  }

  @Test
  void refusesARowWithoutFourCells() {
    assertThrows(IllegalArgumentException.class,
        () -> RuleTable.render(List.of(List.of("SO-ACC-001", "ERROR", "summary"))));
  }
}
