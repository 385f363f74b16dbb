package org.sharedoutcomes.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.IndicatorId;

/**
 * Large generated inputs import row by row in a small heap: this class runs in its own JVM at
 * {@code -Xmx256m} (the {@code large-input} surefire execution of this module's pom), so a
 * reader that kept the file, or a model that kept more than it must, runs out of memory here.
 * The rows are made on the fly by {@link GeneratedTable}; no file is committed. No timing.
 */
class LargeInputTest {
  static final int ROWS = 200_000;

  @org.junit.jupiter.api.BeforeAll
  static void runsInASmallHeap() {
    long max = Runtime.getRuntime().maxMemory();
    assertTrue(max <= 300L << 20, "run in the large-input execution (-Xmx256m); max heap "
        + (max >> 20) + " MB");
  }

  @Test
  void importsTwoHundredThousandMandateRowsWithEveryBadRowReported() {
    GeneratedTable csv = new GeneratedTable(
        "MLC ID,Commitment,Reporting Lead,All ministers\n", ROWS,
        i -> i % 1000 == 999
            ? "MLC-" + i + ",\"Unclosed " + i + ",Finance,Health\n" // an unterminated quote
            : "MLC-" + i + ",Commitment number " + i + " to do something useful,Minister "
                + (i % 40) + ",Minister " + (i % 40) + ";minister " + ((i + 7) % 40)
                + ";Finance\n");
    ImportResult r = TabularImport.create().read(MandateTableTest.MANDATES, csv, "big.csv")
        .result();
    assertEquals(ROWS, r.rows());
    assertEquals(ROWS / 1000, r.problemCount());
    assertEquals(ROWS - ROWS / 1000, r.model().commitments().size());
    assertEquals(41, r.model().agencies().size());
  }

  @Test
  void importsTwoHundredThousandResultRowsIntoFewIndicators() {
    GeneratedTable csv = new GeneratedTable(
        "indicator,target_min,target_max,actual,date,notes\n", ROWS,
        i -> "Indicator " + (i % 50) + ",70,80," + (i % 97) + "," + (1000 + i / 50 % 9000)
            + ",\"" + "a long comment, with commas, ".repeat(4) + "\"\n");
    ImportResult r = TabularImport.create().read(ResultsTableTest.RESULTS, csv, "results.csv")
        .result();
    assertEquals(ROWS, r.imported(), r.problems().toString());
    assertEquals(50, r.model().indicators().size());
    assertEquals(ROWS / 50, r.model().measurements(IndicatorId.of("Indicator 7")).size());
    assertTrue(csv.characters() > 25_000_000L, "generated " + csv.characters());
  }
}
