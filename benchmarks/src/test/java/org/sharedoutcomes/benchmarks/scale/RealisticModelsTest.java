package org.sharedoutcomes.benchmarks.scale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.check.AccountabilityCheck;
import org.sharedoutcomes.core.check.FindingCode;
import org.sharedoutcomes.testkit.Seeds;

class RealisticModelsTest {
  private static OutcomeModel small;
  private static OutcomeModel custom;

  @BeforeAll
  static void generate() {
    small = RealisticModels.of(RealisticModels.Size.S).model(RealisticModels.DEFAULT_SEED);
    custom = RealisticModels.withCommitments(5_000).model(RealisticModels.DEFAULT_SEED);
  }

  static java.util.stream.LongStream seeds() {
    return Seeds.of(5);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void twoRunsWithTheSameSeedGiveEqualModels(long seed) {
    RealisticModels g = RealisticModels.withCommitments(700);
    assertEquals(g.model(seed), g.model(seed));
  }

  @Test
  void differentSeedsGiveDifferentModels() {
    RealisticModels g = RealisticModels.of(RealisticModels.Size.S);
    assertNotEquals(g.model(1L), g.model(2L));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedModelsPassValidation(long seed) {
    OutcomeModel m = RealisticModels.withCommitments(1_000).builder(seed).build();
    assertEquals(1_000, m.commitments().size());
  }

  @Test
  void sizeSHasTheNamedCounts() {
    RealisticModels g = RealisticModels.of(RealisticModels.Size.S);
    assertAll(
        () -> assertEquals(500, small.commitments().size()),
        () -> assertEquals(g.agencyCount(), small.agencies().size()),
        () -> assertEquals(g.outcomeCount(), small.outcomes().size()),
        () -> assertEquals(24L * small.indicators().size(), small.measurementCount()));
  }

  @Test
  void namedSizesHaveTheCommitmentCountsOfTheIssue() {
    assertAll(
        () -> assertEquals(500, RealisticModels.Size.S.commitments()),
        () -> assertEquals(50_000, RealisticModels.Size.M.commitments()),
        () -> assertEquals(1_000_000, RealisticModels.Size.L.commitments()),
        () -> assertEquals(100_000, RealisticModels.of(RealisticModels.Size.L).agencyCount()));
  }

  @Test
  void everyCommitmentHasExactlyOneAccountableParty() {
    for (Commitment c : custom.commitments()) {
      assertEquals(1, custom.partiesWith(Role.ACCOUNTABLE, c.id()).size(), c.id().value());
    }
  }

  @Test
  void mostCommitmentsAreSharedByTwoToFiveAgencies() {
    long shared = custom.commitments().stream()
        .mapToInt(c -> custom.agenciesOn(c.id()).size())
        .filter(n -> n >= 2 && n <= 5)
        .count();
    double share = shared / (double) custom.commitments().size();
    assertTrue(share >= 0.75 && share <= 0.90, "share with 2-5 agencies: " + share);
  }

  @Test
  void aboutThreeRolesAndOneAndAHalfIndicatorsPerCommitment() {
    double roles = custom.roles().size() / (double) custom.commitments().size();
    long commitmentIndicators = custom.indicators().stream()
        .filter(i -> !i.commitments().isEmpty()).count();
    double indicators = commitmentIndicators / (double) custom.commitments().size();
    assertAll(
        () -> assertTrue(roles >= 2.8 && roles <= 3.3, "roles per commitment: " + roles),
        () -> assertTrue(indicators >= 1.45 && indicators <= 1.55,
            "indicators per commitment: " + indicators));
  }

  @Test
  void everyIndicatorHasTwentyFourMonthlyMeasurements() {
    for (Indicator i : small.indicators()) {
      assertEquals(RealisticModels.MONTHS, small.measurements(i.id()).size(), i.id().value());
    }
  }

  @Test
  void aFewLargeDepartmentsLeadManyCommitments() {
    Map<PartyId, Integer> leads = new HashMap<>();
    for (RoleAssignment r : custom.roles()) {
      if (r.role().equals(Role.ACCOUNTABLE)) {
        leads.merge(r.party(), 1, Integer::sum);
      }
    }
    int top = leads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    double topShare = top / (double) custom.commitments().size();
    double evenShare = 1.0 / leads.size();
    assertTrue(topShare > 10 * evenShare,
        "top lead's share " + topShare + " vs an even share " + evenShare);
  }

  @Test
  void agenciesSpanThreeLevelsOfGovernmentWithParents() {
    Set<GovernmentLevel> levels = EnumSet.noneOf(GovernmentLevel.class);
    long withParent = 0;
    for (Agency a : custom.agencies()) {
      levels.add(a.level());
      if (a.parent().isPresent()) {
        withParent++;
      }
    }
    long parents = withParent;
    assertAll(
        () -> assertTrue(levels.containsAll(
            EnumSet.of(GovernmentLevel.NATIONAL, GovernmentLevel.STATE, GovernmentLevel.LOCAL)),
            levels.toString()),
        () -> assertTrue(parents > 0, "agencies with a parent: " + parents));
  }

  @Test
  void theDeliveryUnitIsCentralAndHoldsTheDeliveryUnitRole() {
    AgencyId centre = AgencyId.of(RealisticModels.CENTRE);
    Agency du = custom.agency(centre).orElseThrow();
    long onCommitments = custom.rolesHeldBy(centre).stream()
        .filter(r -> r.role().equals(Role.DELIVERY_UNIT)).count();
    assertAll(
        () -> assertEquals(AgencyKind.CENTRAL_AGENCY, du.kind()),
        () -> assertTrue(custom.centre().contains(centre)),
        () -> assertTrue(onCommitments > 0.05 * custom.commitments().size(),
            "delivery unit roles: " + onCommitments));
  }

  @Test
  void dependenciesPointOnlyToLowerNumberedCommitments() {
    long withDependencies = 0;
    for (Commitment c : custom.commitments()) {
      for (CommitmentId d : c.dependsOn()) {
        assertTrue(d.value().compareTo(c.id().value()) < 0, c.id() + " depends on " + d);
      }
      if (!c.dependsOn().isEmpty()) {
        withDependencies++;
      }
    }
    assertTrue(withDependencies > 0.2 * custom.commitments().size(),
        "commitments with dependencies: " + withDependencies);
  }

  @Test
  void outcomesFormAHierarchyOfThreeLevels() {
    Set<OutcomeLevel> levels = EnumSet.noneOf(OutcomeLevel.class);
    custom.outcomes().forEach(o -> levels.add(o.level()));
    assertAll(
        () -> assertEquals(EnumSet.allOf(OutcomeLevel.class), levels),
        () -> assertTrue(custom.outcomes().stream()
            .allMatch(o -> o.level() == OutcomeLevel.IMPACT || !o.parents().isEmpty())));
  }

  @Test
  void generatedModelsHaveNoAccountabilityErrors() {
    assertEquals(0, AccountabilityCheck.of(small).findings(FindingCode.NO_ACCOUNTABLE_PARTY).size()
        + AccountabilityCheck.of(small).findings(FindingCode.SEVERAL_ACCOUNTABLE_PARTIES).size());
  }

  @Test
  void rejectsACommitmentCountOutOfRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RealisticModels.withCommitments(0));
    assertTrue(e.getMessage().contains("was 0"), e.getMessage());
  }
}
