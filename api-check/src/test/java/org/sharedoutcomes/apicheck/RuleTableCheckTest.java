package org.sharedoutcomes.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sharedoutcomes.codegen.RuleTable;
import org.sharedoutcomes.core.check.AccountabilityRule;

/** The table of checks in a README (a copy here, never the repository's): checked, rewritten. */
class RuleTableCheckTest {
  private static final String STALE = "# Checks\n\n" + RuleTable.BEGIN + "\n\n"
      + "| code | severity | triggered by | what to do |\n|---|---|---|---|\n"
      + "| `SO-ACC-001` | ERROR | an old summary | an old remedy |\n\n" + RuleTable.END
      + "\n\nAfter the table.\n";

  @TempDir
  Path dir;

  @Test
  void aStaleTableFailsTheCheckWithTheChangedRowAndTheAcceptCommand() {
    Optional<String> failure = ApiCheck.ruleTable(Path.of("README.md"), STALE, false);

    assertTrue(failure.isPresent());
    String message = failure.get();
    assertTrue(message.contains("- | `SO-ACC-001` | ERROR | an old summary | an old remedy |"),
        message);
    AccountabilityRule first = AccountabilityRule.all().get(0);
    assertTrue(message.contains("+ | `" + first.code() + "` | " + first.severity() + " | "
        + first.summary()), message);
    assertTrue(message.contains("Run " + ApiCheck.ACCEPT_COMMAND), message);
  }

  @Test
  void theUpdateRewritesTheTableOnlyAndThenPassesTheCheck() throws Exception {
    Path readme = dir.resolve("README.md");

    assertEquals(Optional.empty(), ApiCheck.ruleTable(readme, STALE, true));

    String written = Files.readString(readme, StandardCharsets.UTF_8);
    assertTrue(written.startsWith("# Checks\n\n" + RuleTable.BEGIN + "\n"), written);
    assertTrue(written.endsWith(RuleTable.END + "\n\nAfter the table.\n"), written);
    assertEquals(AccountabilityRule.all().size() + 2,
        RuleTable.current(written).strip().lines().count());
    assertEquals(Optional.empty(), ApiCheck.ruleTable(readme, written, false));
  }
}
