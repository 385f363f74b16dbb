package org.sharedoutcomes.core.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.DataSharingAgreement;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.Sensitivity;

class DataAccessTest {
  private static final AgencyId OWNER = AgencyId.of("stats");
  private static final AgencyId PARTNER = AgencyId.of("health");
  private static final AgencyId VIA_PERSON = AgencyId.of("housing");
  private static final AgencyId STRANGER = AgencyId.of("defence");
  private static final AgencyId SIGNATORY = AgencyId.of("treasury");
  private static final IndicatorId OPEN = IndicatorId.of("open");
  private static final IndicatorId SHARED = IndicatorId.of("shared");
  private static final IndicatorId PRIVATE = IndicatorId.of("private");
  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate END = LocalDate.of(2026, 12, 31);

  private static final OutcomeModel MODEL = model();

  private static OutcomeModel model() {
    OutcomeModel.Builder b = OutcomeModel.builder();
    for (AgencyId a : Set.of(OWNER, PARTNER, VIA_PERSON, STRANGER, SIGNATORY)) {
      b.agency(a.value(), a.value(), AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL);
    }
    b.person(Person.of("pat", "Pat", VIA_PERSON.value()));
    b.commitment(Commitment.builder("c", "Cut child poverty").build());
    b.assign(PARTNER, Role.ACCOUNTABLE, CommitmentId.of("c"));
    b.assign(PersonId.of("pat"), Role.CONTRIBUTOR, CommitmentId.of("c"));
    for (IndicatorId i : Set.of(OPEN, SHARED, PRIVATE)) {
      b.indicator(Indicator.builder(i.value(), i.value())
          .sensitivity(i == OPEN ? Sensitivity.PUBLIC
              : i == SHARED ? Sensitivity.PARTNERS : Sensitivity.OWNER_ONLY)
          .dataOwner(OWNER.value()).measures(CommitmentId.of("c")).build());
    }
    b.agreement(DataSharingAgreement.builder("dsa").parties(OWNER, SIGNATORY)
        .indicators(PRIVATE).from(START).to(END).build());
    return b.build();
  }

  private static final DataAccess ACCESS = DataAccess.of(MODEL);

  @Test
  void everyAgencySeesPublicData() {
    assertTrue(ACCESS.canSee(STRANGER, OPEN));
  }

  @Test
  void anAgencyWithARoleOnTheMeasuredCommitmentSeesPartnersData() {
    assertTrue(ACCESS.canSee(PARTNER, SHARED));
  }

  @Test
  void anAgencyWhosePersonHoldsARoleSeesPartnersData() {
    assertTrue(ACCESS.canSee(VIA_PERSON, SHARED));
  }

  @Test
  void anAgencyWithoutARoleDoesNotSeePartnersData() {
    assertFalse(ACCESS.canSee(STRANGER, SHARED));
  }

  @Test
  void theOwnerSeesOwnerOnlyData() {
    assertTrue(ACCESS.canSee(OWNER, PRIVATE));
  }

  @Test
  void aPartnerDoesNotSeeOwnerOnlyData() {
    assertFalse(ACCESS.canSee(PARTNER, PRIVATE));
  }

  @Test
  void aPartyToACoveringAgreementSeesOwnerOnlyDataWhileItIsInForce() {
    assertTrue(ACCESS.canSee(SIGNATORY, PRIVATE));
    assertTrue(ACCESS.canSee(SIGNATORY, PRIVATE, START));
    assertFalse(ACCESS.canSee(SIGNATORY, PRIVATE, END.plusDays(1)));
    assertFalse(ACCESS.seesAll(SIGNATORY, PRIVATE));
  }

  @Test
  void rejectsAnUnknownIndicatorNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ACCESS.canSee(OWNER, IndicatorId.of("nope")));
    assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
  }
}
