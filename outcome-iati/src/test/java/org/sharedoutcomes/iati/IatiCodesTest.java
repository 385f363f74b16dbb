package org.sharedoutcomes.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.iati.IatiCodeList.Row;
import org.sharedoutcomes.iati.IatiCodeList.Use;

/** The code tables read both ways and agree with the core's own IATI codes. */
class IatiCodesTest {
  @Test
  void everyAgencyKindWritesTheCoreOwnOrganisationTypeCode() {
    for (AgencyKind k : AgencyKind.values()) {
      assertEquals(Optional.of(k.iatiOrganisationType()), IatiCodes.ORGANISATION_TYPE.toIati(k),
          k.name());
    }
  }

  @Test
  void everyOutcomeLevelWritesTheCoreOwnResultTypeCode() {
    for (OutcomeLevel l : OutcomeLevel.values()) {
      assertEquals(Optional.of(l.iatiResultType()), IatiCodes.RESULT_TYPE.toIati(l));
    }
  }

  @Test
  void everyMeasureTypeWritesTheCoreOwnMeasureCode() {
    for (MeasureType m : MeasureType.values()) {
      assertEquals(Optional.of(m.iatiCode()), IatiCodes.INDICATOR_MEASURE.toIati(m));
    }
  }

  @Test
  void everyCommitmentStatusWritesAnActivityStatus() {
    for (CommitmentStatus s : CommitmentStatus.values()) {
      assertTrue(IatiCodes.ACTIVITY_STATUS.toIati(s).isPresent(), s.name());
    }
  }

  @Test
  void everyOrganisationTypeCodeReadsAKindAndALevel() {
    List<String> codes = List.of("10", "11", "15", "21", "22", "23", "24", "30", "40", "60",
        "70", "71", "72", "73", "80", "90");
    for (String c : codes) {
      assertTrue(IatiCodes.ORGANISATION_TYPE.toLibrary(c).isPresent(), c);
      assertTrue(IatiCodes.ORGANISATION_LEVEL.toLibrary(c).isPresent(), c);
    }
  }

  @Test
  void writingThenReadingGivesTheValueBackForEveryRowUsedBothWays() {
    for (IatiCodeList<?> list : IatiCodes.all()) {
      roundTrip(list);
    }
  }

  private static <T> void roundTrip(IatiCodeList<T> list) {
    for (Row<T> r : list.rows()) {
      if (r.use() == Use.BOTH) {
        assertEquals(Optional.of(r.code()), list.toIati(r.value()), list.name() + " " + r);
        assertEquals(Optional.of(r.value()), list.toLibrary(r.code()), list.name() + " " + r);
      }
    }
  }

  @Test
  void textCodesReadIgnoringCase() {
    assertEquals(Optional.of(Role.FUNDER), IatiCodes.ORGANISATION_ROLE.toLibrary(" funding "));
    assertEquals(Optional.of(IatiCodes.DateType.ACTUAL_END),
        IatiCodes.ACTIVITY_DATE_TYPE.toLibrary("end-actual"));
  }

  @Test
  void anUnknownCodeReadsAsNothing() {
    assertEquals(Optional.empty(), IatiCodes.ORGANISATION_ROLE.toLibrary("5"));
  }

  @Test
  void aTableWhereTwoRowsReadOneCodeIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new IatiCodeList<>("X", List.of(new Row<>("1", "", "a", "A", Use.BOTH),
            new Row<>("1", "", "b", "B", Use.READ))));
    assertEquals("X: two rows read code '1'", e.getMessage());
  }

  @Test
  void aTableWhereTwoRowsWriteOneValueIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new IatiCodeList<>("X", List.of(new Row<>("1", "", "a", "A", Use.BOTH),
            new Row<>("2", "", "b", "A", Use.BOTH))));
  }
}
