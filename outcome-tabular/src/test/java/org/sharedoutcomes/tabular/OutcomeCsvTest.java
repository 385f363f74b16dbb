package org.sharedoutcomes.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.Sensitivity;
import org.sharedoutcomes.core.Target;

class OutcomeCsvTest {
  private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

  private static OutcomeModel model() {
    return OutcomeModel.builder()
        .agency("msd", "Social Development", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
        .agency("stats", "Stats", AgencyKind.CROWN_ENTITY, GovernmentLevel.NATIONAL)
        .commitment(Commitment.builder("c1", "Cut \"child\" poverty, now").due(
            LocalDate.of(2030, 6, 30)).build())
        .commitment(Commitment.builder("c2", "Line\nbreak").build())
        .assign(AgencyId.of("msd"), Role.ACCOUNTABLE, CommitmentId.of("c1"))
        .indicator(Indicator.builder("rate", "Poverty rate").unit("%")
            .baseline(12.5, JAN).target(Target.atMost(LocalDate.of(2030, 1, 1), 10))
            .dataOwner("stats").sensitivity(Sensitivity.OWNER_ONLY).build())
        .measurement(IndicatorId.of("rate"), JAN, JAN.plusMonths(1).minusDays(1), 12.0)
        .measurement(IndicatorId.of("rate"), JAN.plusMonths(1), JAN.plusMonths(2).minusDays(1),
            11.75)
        .build();
  }

  @Test
  void writesOneRowPerRoleAndQuotesByRfc4180() {
    StringBuilder out = new StringBuilder();
    OutcomeCsv.commitments(model(), out);
    assertEquals("commitment_id,title,status,priority,made_on,due,outcomes,role,party_kind,"
        + "party_id,agency_id,role_from,role_to\r\n"
        + "c1,\"Cut \"\"child\"\" poverty, now\",,,,2030-06-30,,ACCOUNTABLE,"
        + "agency,msd,msd,,\r\n"
        + "c2,\"Line\nbreak\",,,,,,,,,,,\r\n", out.toString());
  }

  @Test
  void writesEachIndicatorWithItsLatestTotal() {
    StringBuilder out = new StringBuilder();
    OutcomeCsv.indicators(model(), out);
    assertEquals(String.join(",", OutcomeCsv.INDICATOR_COLUMNS) + "\r\n"
        + "rate,Poverty rate,%,UNIT,ASCENDING,OWNER_ONLY,stats,12.5,2026-01-01,AT_MOST,10,"
        + "2030-01-01,2026-02-01,2026-02-28,11.75,FINAL,2,0\r\n", out.toString());
  }

  @Test
  void leavesOutTheLatestValueAndTheBaselineAViewerMayNotSee() {
    StringBuilder out = new StringBuilder();
    OutcomeCsv.indicators(model(), AgencyId.of("msd"), out);
    // OWNER_ONLY: the baseline is a measured figure too, withheld like the measurements
    assertEquals(String.join(",", OutcomeCsv.INDICATOR_COLUMNS) + "\r\n"
        + "rate,Poverty rate,%,UNIT,ASCENDING,OWNER_ONLY,stats,,,AT_MOST,10,"
        + "2030-01-01,,,,,0,2\r\n", out.toString());
  }

  @Test
  void theDataOwnerSeesItsBaselineAndLatestValue() {
    StringBuilder out = new StringBuilder();
    OutcomeCsv.indicators(model(), AgencyId.of("stats"), out);
    assertEquals(String.join(",", OutcomeCsv.INDICATOR_COLUMNS) + "\r\n"
        + "rate,Poverty rate,%,UNIT,ASCENDING,OWNER_ONLY,stats,12.5,2026-01-01,AT_MOST,10,"
        + "2030-01-01,2026-02-01,2026-02-28,11.75,FINAL,2,0\r\n", out.toString());
  }

  @Test
  void neutralisesTextCellsThatASpreadsheetWouldRunAsFormulas() {
    for (String bad : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
      assertEquals("'" + bad, OutcomeCsv.neutralise(bad), bad);
    }
    assertEquals("Plain", OutcomeCsv.neutralise("Plain"));
    assertEquals("", OutcomeCsv.neutralise(""));
  }

  @Test
  void writesAFormulaTitleAsTextButANegativeBaselineAsANumber() {
    OutcomeModel m = OutcomeModel.builder()
        .commitment(Commitment.builder("c1", "=HYPERLINK(\"http://x\")").build())
        .indicator(Indicator.builder("bal", "-Balance").baseline(-2.5, JAN).build())
        .build();
    StringBuilder commitments = new StringBuilder();
    OutcomeCsv.commitments(m, commitments);
    assertTrue(commitments.toString().contains("\r\nc1,\"'=HYPERLINK(\"\"http://x\"\")\","),
        commitments.toString());
    StringBuilder indicators = new StringBuilder();
    OutcomeCsv.indicators(m, indicators);
    assertTrue(indicators.toString().contains("\r\nbal,'-Balance,,UNIT,ASCENDING,PUBLIC,,-2.5,"),
        indicators.toString());
  }
}
