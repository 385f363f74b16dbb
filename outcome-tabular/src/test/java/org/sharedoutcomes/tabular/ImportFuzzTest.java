package org.sharedoutcomes.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.sharedoutcomes.core.Role;

/**
 * Fuzzes the importer with bytes (decoded as UTF-8) under both a commitment and an indicator
 * mapping: any input gives a result or a {@link TableFormatException}, nothing else; every
 * skipped row is a problem, and every problem has a row and a reason. Under {@code mvn verify}
 * it runs in regression mode over the committed inputs in
 * {@code src/test/resources/org/sharedoutcomes/tabular/ImportFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} it fuzzes for the given duration.
 */
class ImportFuzzTest {
  private static final TableMapping COMMITMENTS = TableMapping.commitments()
      .id("id").title("title").status("status").due("due")
      .role(Role.ACCOUNTABLE, "lead").roles(Role.CONTRIBUTOR, "all", ";")
      .build();
  private static final TableMapping RESULTS = TableMapping.indicators()
      .id("id").commitment("c").targetMin("min").targetMax("max").actual("actual")
      .date("date").direction("dir")
      .build();

  @FuzzTest(maxDuration = "10m")
  @DictionaryEntries({"id,title,status,due,lead,all\n", "id,c,min,max,actual,date,dir\n",
      "\"", "\"\"", ",", ";", "\r\n", "\n", "???", "Finance", "finance", "2026-03-31", "2026",
      "-1.5", "1e3", "%", "ascending", "descending", "Underway - on track", "\uFEFF"})
  void anyInputGivesAResultOrAFormatException(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    int cut = text.indexOf('\u0000');
    String first = cut < 0 ? text : text.substring(0, cut);
    String second = cut < 0 ? "" : text.substring(cut + 1);
    TabularImport session = TabularImport.create().maxProblems(50).maxRecordLines(20)
        .maxRecordCharacters(2000);
    try {
      session.read(COMMITMENTS, new StringReader(first), "c.csv");
    } catch (TableFormatException e) {
      assertTrue(e.getMessage().startsWith("c.csv:"), e.getMessage());
    }
    try {
      session.read(RESULTS, new StringReader(second), "r.csv");
    } catch (TableFormatException e) {
      assertTrue(e.getMessage().startsWith("r.csv:"), e.getMessage());
    }
    ImportResult r = session.result();
    long skipped = 0;
    for (RowProblem p : r.problems()) {
      assertTrue(p.row() >= 2, p.toString());
      assertFalse(p.reason().isBlank(), p.toString());
      skipped += p.skipped() ? 1 : 0;
    }
    if (!r.problemsTruncated()) {
      assertEquals(r.skipped(), skipped, r.problems().toString());
    }
    assertTrue(r.model().commitments().size() <= r.imported(), r.toString());
  }
}
