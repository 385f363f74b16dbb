package org.sharedoutcomes.graph;

import java.time.LocalDate;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.Role;

/** Small hand-made models for the tests. */
public final class Fixtures {
  private Fixtures() {}

  public static AgencyId a(String id) {
    return AgencyId.of(id);
  }

  public static CommitmentId c(String id) {
    return CommitmentId.of(id);
  }

  public static Agency agency(String id, AgencyKind kind) {
    return Agency.of(id, "Agency " + id, kind, GovernmentLevel.NATIONAL);
  }

  /**
   * A delivery unit "du" (central agency) at the top; departments "health" and "edu" with no
   * parent; a municipality "city" under "health"; an NGO "ngo" under "city"; person "pat" in
   * "edu". Commitment "c1" (du DELIVERY_UNIT, health ACCOUNTABLE, city RESPONSIBLE, ngo
   * IMPLEMENTER, pat CONTRIBUTOR) and "c2" (edu ACCOUNTABLE, health CONTRIBUTOR), c2 depends on
   * c1.
   */
  public static OutcomeModel deliveryModel() {
    return OutcomeModel.builder()
        .agency(agency("du", AgencyKind.CENTRAL_AGENCY))
        .agency(agency("health", AgencyKind.DEPARTMENT))
        .agency(agency("edu", AgencyKind.DEPARTMENT))
        .agency(agency("city", AgencyKind.MUNICIPALITY).withParent(a("health")))
        .agency(agency("ngo", AgencyKind.NGO).withParent(a("city")))
        .person(org.sharedoutcomes.core.Person.of("pat", "Pat", "edu"))
        .commitment(Commitment.builder("c1", "Clinics").madeOn(LocalDate.of(2024, 1, 1))
            .due(LocalDate.of(2024, 12, 31))
            .status(org.sharedoutcomes.core.CommitmentStatus.NOT_STARTED).build())
        .commitment(Commitment.builder("c2", "Schools").dependsOn("c1")
            .status(org.sharedoutcomes.core.CommitmentStatus.NOT_STARTED).build())
        .assign(a("du"), Role.DELIVERY_UNIT, c("c1"))
        .assign(a("health"), Role.ACCOUNTABLE, c("c1"))
        .assign(a("city"), Role.RESPONSIBLE, c("c1"))
        .assign(a("ngo"), Role.IMPLEMENTER, c("c1"))
        .assign(PersonId.of("pat"), Role.CONTRIBUTOR, c("c1"))
        .assign(a("edu"), Role.ACCOUNTABLE, c("c2"))
        .assign(a("health"), Role.CONTRIBUTOR, c("c2"))
        .build();
  }
}
