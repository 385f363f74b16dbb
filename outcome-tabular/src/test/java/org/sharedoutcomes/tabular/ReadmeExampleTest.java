package org.sharedoutcomes.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.Target;

/** The README's worked example, as written there. */
class ReadmeExampleTest {
  private static final String MANDATES = """
      MLC ID,Commitment,Reporting Lead,All ministers
      MLC-1,Cut child poverty,Finance,Finance;Health;finance
      MLC-2,"One counter for every birth registration, everywhere",Finanse,Health
      mlc-1,Again,Health,
      MLC-3,Restore mail,???,Health
      """;
  private static final String RESULTS = """
      indicator,MLC ID,target_min,target_max,actual,date
      Child poverty rate,MLC-1,10,10,12.5,2025
      Child poverty rate,MLC-1,10,10,11.75,2026
      Registrations online,MLC-2,60,80,55,2026
      """;

  @Test
  void importsTheWorkedExampleAsTheReadmeSays() {
    TableMapping mandates = TableMapping.commitments()
        .id("MLC ID").title("Commitment")
        .role(Role.ACCOUNTABLE, "Reporting Lead")
        .roles(Role.CONTRIBUTOR, "All ministers", ";")
        .build();
    TableMapping results = TableMapping.indicators()
        .id("indicator").commitment("MLC ID")
        .targetMin("target_min").targetMax("target_max")
        .actual("actual").date("date")
        .direction(Direction.DESCENDING)
        .build();
    ImportResult r = TabularImport.with(PartyNames.builder().alias("Finanse", "Finance").build())
        .read(mandates, new StringReader(MANDATES), "mandates.csv")
        .read(results, new StringReader(RESULTS), "results.csv")
        .result();
    assertEquals(List.of("mandates.csv:4: column 'MLC ID': duplicate id 'mlc-1': row 2 has"
        + " 'MLC-1' (ids that differ only in case name the same commitment) (row skipped)",
        "mandates.csv:5: column 'Reporting Lead': party name '???' has no letter or digit (or"
        + " makes an id longer than 256 characters) (row skipped)"),
        r.problems().stream().map(RowProblem::toString).toList());
    assertEquals(2, r.model().commitments().size());
    assertEquals(List.of(AgencyId.of("finance"), AgencyId.of("health")),
        r.model().agencies().stream().map(a -> a.id()).toList());
    assertEquals(List.of(Target.atMost(LocalDate.of(2025, 12, 31), 10),
        Target.atMost(LocalDate.of(2026, 12, 31), 10)),
        r.model().indicator(IndicatorId.of("Child poverty rate")).orElseThrow().targets());
    assertEquals(2, r.model().measurements(IndicatorId.of("Child poverty rate")).size());
    assertEquals(List.of(Target.between(LocalDate.of(2026, 12, 31), 60, 80)),
        r.model().indicator(IndicatorId.of("Registrations online")).orElseThrow().targets());
  }
}
