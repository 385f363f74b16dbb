package org.sharedoutcomes.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.Target;

/** A results table: indicator, target_min, target_max, actual, date. */
class ResultsTableTest {
  static final TableMapping RESULTS = TableMapping.indicators()
      .id("indicator")
      .targetMin("target_min").targetMax("target_max")
      .actual("actual").date("date")
      .build();

  private static final String HEADER = "indicator,target_min,target_max,actual,date\n";

  private static ImportResult read(TableMapping m, String rows) {
    return TabularImport.readTable(m, new StringReader(HEADER + rows), "results.csv");
  }

  private static Indicator indicator(ImportResult r, String id) {
    return r.model().indicator(IndicatorId.of(id)).orElseThrow();
  }

  @Test
  void readsEqualBoundsAsReachingTheValueAtLeastWhenAscending() {
    ImportResult r = read(RESULTS, "Employment rate,70,70,68.5,2026-03-31\n");
    assertEquals(List.of(Target.atLeast(LocalDate.of(2026, 3, 31), 70)),
        indicator(r, "Employment rate").targets());
  }

  @Test
  void readsEqualBoundsAsReachingTheValueAtMostWhenDescending() {
    TableMapping m = TableMapping.indicators().id("indicator").targetMin("target_min")
        .targetMax("target_max").actual("actual").date("date")
        .direction(Direction.DESCENDING).build();
    ImportResult r = read(m, "Wait days,30,30,41,2026\n");
    assertEquals(List.of(Target.atMost(LocalDate.of(2026, 12, 31), 30)),
        indicator(r, "Wait days").targets());
  }

  @Test
  void readsDifferentBoundsAsARangeAndOneBoundAsAtLeastOrAtMost() {
    ImportResult r = read(RESULTS, "a,5,10,,2026\nb,5,,,2026\nc,,10,,2026\n");
    LocalDate d = LocalDate.of(2026, 12, 31);
    assertEquals(List.of(Target.between(d, 5, 10)), indicator(r, "a").targets());
    assertEquals(List.of(Target.atLeast(d, 5)), indicator(r, "b").targets());
    assertEquals(List.of(Target.atMost(d, 10)), indicator(r, "c").targets());
  }

  @Test
  void reportsAMinimumAboveTheMaximum() {
    ImportResult r = read(RESULTS, "a,10,5,3,2026\n");
    assertEquals("results.csv:2: column 'target_min': target minimum 10.0 exceeds the maximum"
        + " 5.0 (row skipped)", r.problems().get(0).toString());
    assertTrue(r.model().indicators().isEmpty());
  }

  @Test
  void makesOneIndicatorWithAMeasurementPerRow() {
    ImportResult r = read(RESULTS, "a,70,70,60,2024\nA,70,70,65,2025\na,75,75,-2.5,2026\n");
    assertEquals(List.of(), r.problems());
    assertEquals(1, r.model().indicators().size());
    MeasurementSeries s = r.model().measurements(IndicatorId.of("a"));
    assertEquals(3, s.size());
    assertEquals(-2.5, s.value(2));
    assertEquals(LocalDate.of(2026, 12, 31), s.periodStart(2));
    assertEquals(3, indicator(r, "a").targets().size());
  }

  @Test
  void makesPeriodsOfTheGivenLengthEndingOnTheDate() {
    TableMapping m = TableMapping.indicators().id("indicator").actual("actual").date("date")
        .period(Period.ofYears(1)).build();
    ImportResult r = read(m, "a,,,10,2026-03-31\n");
    assertEquals(LocalDate.of(2025, 4, 1),
        r.model().measurements(IndicatorId.of("a")).periodStart(0));
  }

  @Test
  void reportsATargetThatContradictsAnEarlierOneOnTheSameDate() {
    ImportResult r = read(RESULTS, "a,70,70,60,2026\na,80,80,61,2026\n");
    assertEquals("results.csv:3: column 'target_min': target at least 80.0 on 2026-12-31"
        + " contradicts at least 70.0 given on row 2 (row skipped)",
        r.problems().get(0).toString());
    assertEquals(1, r.model().measurements(IndicatorId.of("a")).size());
  }

  @Test
  void reportsCellsThatAreNotNumbersOrDates() {
    ImportResult r = read(RESULTS, "a,,,lots,2026\nb,,,1,March\nc,,,NaN,2026\n");
    assertEquals(List.of("results.csv:2: column 'actual': 'lots' is not a number (row skipped)",
        "results.csv:3: column 'date': 'March' is not a date (expected 2026-03-31 or a year)"
            + " (row skipped)",
        "results.csv:4: column 'actual': 'NaN' is not a number (row skipped)"),
        r.problems().stream().map(RowProblem::toString).toList());
  }

  @Test
  void linksIndicatorsToCommitmentsOfAnEarlierTable() {
    TableMapping m = TableMapping.indicators().id("indicator").commitment("MLC ID")
        .actual("actual").date("date").build();
    ImportResult r = TabularImport.create()
        .read(MandateTableTest.MANDATES, new StringReader(
            "MLC ID,Commitment,Reporting Lead,All ministers\nMLC-1,A,Finance,Health\n"), "m.csv")
        .read(m, new StringReader("indicator,MLC ID,actual,date\nrate,mlc-1,5,2026\n"
            + "other,MLC-9,6,2026\n"), "r.csv")
        .result();
    assertEquals(java.util.Set.of(CommitmentId.of("MLC-1")), indicator(r, "rate").commitments());
    RowProblem p = r.problems().get(0);
    assertEquals(3, p.row());
    assertFalse(p.skipped());
    assertEquals(1, r.model().measurements(IndicatorId.of("other")).size());
    assertEquals(1, r.model().partiesWith(Role.CONTRIBUTOR, CommitmentId.of("MLC-1")).size());
  }
}
