package org.sharedoutcomes.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.CollaborationMode;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Milestone;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Phase;
import org.sharedoutcomes.core.Priority;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.json.OutcomeJson;

/**
 * The codecs that reuse one accumulator per reader ({@link Codec#reuse}) leave nothing of
 * one object in the next: an entity with every optional field, read just before one with
 * none, gives the second none of the first's values (and the other way round).
 */
class AccumulatorReuseTest {
  private static final OutcomeJson JSON = OutcomeJson.builder().build();
  private static final LocalDate D = LocalDate.of(2026, 1, 1);

  private static Commitment full(String id) {
    return Commitment.builder(id, "Everything").description("Described")
        .madeBy(AgencyId.of("a")).madeOn(D).due(D.plusYears(1)).serves("o")
        .dependsOn(CommitmentId.of("c0")).milestones(Milestone.due("Half", D.plusMonths(6)))
        .status(CommitmentStatus.UNDERWAY_ON_TRACK).priority(Priority.HIGH)
        .collaborationMode(CollaborationMode.COLLABORATION).phase(Phase.WORKING_TOGETHER)
        .responsibilityProtocol("lead-decides").conflictProtocol("escalate")
        .attribute("k", "v").build();
  }

  private static OutcomeModel.Builder base() {
    return OutcomeModel.builder()
        .agency("a", "A", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
        .agency("b", "B", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
        .outcome(Outcome.of("o", "O", OutcomeLevel.OUTCOME))
        .commitment(Commitment.builder("c0", "First").build());
  }

  private static OutcomeModel roundTrip(OutcomeModel m) {
    return JSON.read(JSON.write(m).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aBareCommitmentAfterAFullOneIsReadBare() {
    OutcomeModel m = base().commitment(full("c1"))
        .commitment(Commitment.builder("c2", "Bare").build()).build();
    OutcomeModel read = roundTrip(m);
    assertEquals(m, read);
    Commitment bare = read.commitments().get(2);
    assertEquals("c2", bare.id().value());
    assertEquals("", bare.description());
    assertEquals(Optional.empty(), bare.madeBy());
    assertEquals(Optional.empty(), bare.due());
    assertEquals(Optional.empty(), bare.status());
    assertEquals(Optional.empty(), bare.priority());
    assertEquals(List.of(), bare.milestones());
    assertEquals(Map.of(), bare.attributes());
  }

  @Test
  void aFullCommitmentAfterABareOneKeepsEveryField() {
    OutcomeModel m = base().commitment(full("c9")).build();
    assertEquals(m.commitment(CommitmentId.of("c9")),
        roundTrip(m).commitment(CommitmentId.of("c9")));
  }

  @Test
  void aRoleWithoutSpanAfterOneWithASpanIsReadWithout() {
    RoleAssignment dated = RoleAssignment.of(AgencyId.of("a"), Role.ACCOUNTABLE,
        CommitmentId.of("c0")).during(D, D.plusMonths(3)).withAttribute("k", "v");
    RoleAssignment plain = RoleAssignment.of(AgencyId.of("b"), Role.CONTRIBUTOR,
        CommitmentId.of("c0"));
    OutcomeModel m = base().role(dated).role(plain).build();
    OutcomeModel read = roundTrip(m);
    assertEquals(m.roles(), read.roles());
    RoleAssignment second = read.roles().stream()
        .filter(r -> r.party().equals(AgencyId.of("b"))).findFirst().orElseThrow();
    assertEquals(Optional.empty(), second.from());
    assertEquals(Optional.empty(), second.to());
    assertEquals(Map.of(), second.attributes());
  }
}
