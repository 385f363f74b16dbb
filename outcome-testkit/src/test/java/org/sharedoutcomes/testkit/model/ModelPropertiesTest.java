package org.sharedoutcomes.testkit.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.ModelValidationException;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Problem;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.RoleTarget;
import org.sharedoutcomes.core.check.AccountabilityCheck;
import org.sharedoutcomes.core.check.Finding;
import org.sharedoutcomes.testkit.RandomModels;
import org.sharedoutcomes.testkit.SeedReporter;
import org.sharedoutcomes.testkit.Seeds;

/**
 * Invariants of the model over 500 seeded random models a run. A failure names its seed;
 * replay it with {@code -Dsharedoutcomes.seed=N}.
 */
@ExtendWith(SeedReporter.class)
class ModelPropertiesTest {
  /** Immutable models shared by the tests of one run, so each seed is generated once. */
  private static final Map<Long, OutcomeModel> MODELS = new ConcurrentHashMap<>();

  static LongStream seeds() {
    return Seeds.of(500);
  }

  private static OutcomeModel model(long seed) {
    return MODELS.computeIfAbsent(seed, RandomModels::generate);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyGeneratedModelBuilds(long seed) {
    OutcomeModel m = assertDoesNotThrow(() -> RandomModels.small().builder(seed).build());
    assertFalse(m.agencies().isEmpty());
    MODELS.putIfAbsent(seed, m);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void toBuilderBuildsAnEqualModelWithTheSameHashCode(long seed) {
    OutcomeModel m = model(seed);
    OutcomeModel again = m.toBuilder().build();
    assertEquals(m, again);
    assertEquals(m.hashCode(), again.hashCode());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void addingThePartsInReverseOrderBuildsAnEqualModel(long seed) {
    OutcomeModel m = model(seed);
    OutcomeModel.Builder b = OutcomeModel.builder();
    reversed(m.contributions()).forEach(b::contribution);
    reversed(m.conflicts()).forEach(b::conflict);
    reversed(m.agreements()).forEach(b::agreement);
    reversed(m.interventions()).forEach(b::intervention);
    reversed(m.assessments()).forEach(b::assessment);
    for (Indicator i : reversed(m.indicators())) {
      reversed(m.measurements(i.id()).asList()).forEach(b::measurement);
      b.indicator(i);
    }
    reversed(m.roles()).forEach(b::role);
    reversed(m.commitments()).forEach(b::commitment);
    reversed(m.outcomes()).forEach(b::outcome);
    reversed(m.persons()).forEach(b::person);
    reversed(m.agencies()).forEach(b::agency);
    assertEquals(m, b.build());
  }

  private static <T> List<T> reversed(List<T> values) {
    List<T> copy = new ArrayList<>(values);
    Collections.reverse(copy);
    return copy;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void removingAReferencedEntityYieldsProblemsThatNameIt(long seed) {
    OutcomeModel m = model(seed);
    List<EntityId> referenced = new ArrayList<>(References.of(m));
    assertFalse(referenced.isEmpty(), "the generator made a model in which nothing refers to"
        + " anything");
    EntityId victim = referenced.get(new SplittableRandom(seed).nextInt(referenced.size()));
    ModelValidationException e = assertThrows(ModelValidationException.class,
        () -> m.toBuilder().remove(victim).build());
    String named = victim.kind().label() + " '" + victim.value() + "'";
    assertFalse(e.problems().isEmpty());
    for (Problem p : e.problems()) {
      assertTrue(p.message().contains(named), () -> "removed " + named + ", but " + p);
      assertFalse(p.field().isBlank(), p::toString);
      assertTrue(p.id().isPresent(), p::toString);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void removingAnUnreferencedEntityKeepsTheModelValid(long seed) {
    OutcomeModel m = model(seed);
    TreeSet<EntityId> unreferenced = new TreeSet<>(EntityId.ORDER);
    m.agencies().forEach(a -> unreferenced.add(a.id()));
    m.persons().forEach(p -> unreferenced.add(p.id()));
    m.outcomes().forEach(o -> unreferenced.add(o.id()));
    m.commitments().forEach(c -> unreferenced.add(c.id()));
    m.indicators().forEach(i -> unreferenced.add(i.id()));
    m.agreements().forEach(a -> unreferenced.add(a.id()));
    m.conflicts().forEach(c -> unreferenced.add(c.id()));
    unreferenced.removeAll(References.of(m));
    for (EntityId id : unreferenced) {
      OutcomeModel smaller = assertDoesNotThrow(() -> m.toBuilder().remove(id).build(),
          () -> "removing unreferenced " + id.kind().label() + " '" + id + "'");
      assertFalse(smaller.equals(m));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theAccountabilityCheckIsDeterministicAndNamesOnlyEntitiesOfTheModel(long seed) {
    OutcomeModel m = model(seed);
    List<Finding> one = assertDoesNotThrow(() -> AccountabilityCheck.of(m).findings());
    assertEquals(one, AccountabilityCheck.of(RandomModels.generate(seed)).findings());
    TreeSet<EntityId> known = new TreeSet<>(EntityId.ORDER);
    m.agencies().forEach(a -> known.add(a.id()));
    m.persons().forEach(p -> known.add(p.id()));
    m.outcomes().forEach(o -> known.add(o.id()));
    m.commitments().forEach(c -> known.add(c.id()));
    m.indicators().forEach(i -> known.add(i.id()));
    for (int i = 0; i < one.size(); i++) {
      Finding f = one.get(i);
      assertTrue(known.containsAll(f.entities()), f::toString);
      assertFalse(f.entities().isEmpty(), f::toString);
      if (i > 0) {
        assertTrue(one.get(i - 1).severity().compareTo(f.severity()) <= 0, "errors first");
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void listsAreInCanonicalOrderAndLookUpsAgreeWithThem(long seed) {
    OutcomeModel m = model(seed);
    List<String> agencyIds = m.agencies().stream().map(a -> a.id().value()).toList();
    assertEquals(agencyIds.stream().sorted().toList(), agencyIds);
    for (int i = 1; i < m.roles().size(); i++) {
      assertTrue(RoleAssignment.ORDER.compare(m.roles().get(i - 1), m.roles().get(i)) < 0);
    }
    for (RoleAssignment r : m.roles()) {
      assertTrue(m.rolesOn(r.target()).contains(r), r::toString);
      assertTrue(m.rolesHeldBy(r.party()).contains(r), r::toString);
      assertTrue(m.partiesWith(r.role(), r.target()).contains(r.party()), r::toString);
      assertTrue(m.agenciesOn(r.target()).contains(m.agencyOf(r.party())), r::toString);
    }
    // every target's roles, exactly: the model finds them as a run of the sorted roles
    Map<RoleTarget, List<RoleAssignment>> byTarget = new HashMap<>();
    for (RoleAssignment r : m.roles()) {
      byTarget.computeIfAbsent(r.target(), t -> new ArrayList<>()).add(r);
    }
    for (Commitment c : m.commitments()) {
      assertEquals(byTarget.getOrDefault(c.id(), List.of()), m.rolesOn(c.id()), c::toString);
      assertEquals(Optional.of(c), m.commitment(c.id()));
    }
    for (Outcome o : m.outcomes()) {
      assertEquals(byTarget.getOrDefault(o.id(), List.of()), m.rolesOn(o.id()), o::toString);
      assertEquals(Optional.of(o), m.outcome(o.id()));
    }
    assertEquals(List.of(), m.rolesOn(CommitmentId.of("no such commitment " + seed)));
    assertEquals(Optional.empty(), m.agency(AgencyId.of("no such agency " + seed)));
    long count = 0;
    for (Indicator i : m.indicators()) {
      MeasurementSeries s = m.measurements(i.id());
      for (int k = 1; k < s.size(); k++) {
        assertTrue(s.startEpochDay(k - 1) <= s.startEpochDay(k), "time order");
      }
      count += s.size();
    }
    assertEquals(count, m.measurementCount());
    for (Agency a : m.agencies()) {
      assertEquals(a.isCentral() || m.rolesHeldBy(a.id()).stream()
          .anyMatch(r -> r.role().id().equals("DELIVERY_UNIT"))
          || m.persons().stream().filter(p -> p.agency().equals(a.id()))
              .anyMatch(p -> m.rolesHeldBy(p.id()).stream()
                  .anyMatch(r -> r.role().id().equals("DELIVERY_UNIT"))),
          m.isCentre(a.id()), a::toString);
    }
  }
}
