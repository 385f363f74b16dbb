package org.sharedoutcomes.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;

/** Several files read into one model: organisations merge by ref across files. */
class MultiFileTest {
  private static IatiResult both() throws IOException {
    IatiImport imp = IatiReader.standard().newImport();
    try (InputStream a = Fixtures.open("activities-203.xml");
        InputStream b = Fixtures.open("second-file.xml")) {
      imp.add(a, "activities-203.xml").add(b, "second-file.xml");
    }
    return imp.result();
  }

  @Test
  void theSameRefInTwoFilesIsOneAgency() throws IOException {
    IatiResult r = both();
    assertEquals(5, r.model().agencies().size());
    assertEquals(3, r.model().commitments().size());
    assertEquals(2, r.model().rolesHeldBy(AgencyId.of("GB-GOV-1")).stream()
        .filter(x -> x.target().equals(CommitmentId.of("GB-GOV-1-300001"))).count()
        + r.model().rolesHeldBy(AgencyId.of("XM-DAC-41114")).stream()
        .filter(x -> x.target().equals(CommitmentId.of("GB-GOV-1-300001"))).count());
  }

  @Test
  void aDifferentNameForTheSameRefIsAWarningAndTheFirstNameIsKept() throws IOException {
    IatiResult r = both();
    assertEquals("Foreign, Commonwealth and Development Office",
        r.model().agency(AgencyId.of("GB-GOV-1")).orElseThrow().name());
    assertTrue(r.report().warningCount("organisation-differs") >= 1);
  }

  @Test
  void aTextRoleCodeInASecondGenerationFileIsAWarning() throws IOException {
    assertEquals(1, both().report().warningCount("code-of-other-generation"));
  }

  @Test
  void theReportNamesEverySource() throws IOException {
    assertEquals("activities-203.xml, second-file.xml", both().report().source());
  }
}
