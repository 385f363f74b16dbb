package org.sharedoutcomes.core.protocol.conflict;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.ConflictSubject;

/** Shared fixtures: a conflict between ESDC, CRA and a municipality, raised at T0. */
final class Fixtures {
  static final AgencyId ESDC = AgencyId.of("esdc");
  static final AgencyId CRA = AgencyId.of("cra");
  static final AgencyId CITY = AgencyId.of("city");
  static final AgencyId JUDGE = AgencyId.of("judge");
  static final AgencyId DU = AgencyId.of("delivery-unit");
  static final AgencyId DIRECTOR = AgencyId.of("director");
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  static final Conflict CONFLICT = Conflict.of("counter", ConflictSubject.commitment(
      CommitmentId.of("birth")), Set.of(ESDC, CRA, CITY), CITY, T0, "who runs the counter");

  static final ConflictSetting SETTING = ConflictSetting.of(CONFLICT).withLead(ESDC)
      .withArbiter(JUDGE).withCentre(Set.of(DU));

  private Fixtures() {}

  static Instant day(double days) {
    return T0.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
  }

  static ConflictProcess heardAll(ConflictProcess p, double atDay) {
    return p.apply(ConflictEvent.position(ESDC, day(atDay), "ESDC runs it"))
        .apply(ConflictEvent.position(CRA, day(atDay), "CRA runs it"))
        .apply(ConflictEvent.position(CITY, day(atDay), "the city runs it"));
  }
}
