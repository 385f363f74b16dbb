package org.sharedoutcomes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The entities' builders: a single-valued field is set at most once (a second set fails naming
 * the field and the entity), a builder from {@code toBuilder()} may replace each value once, the
 * collection setters add, and every single-valued component has a setter.
 */
class BuildersTest {
  private static final LocalDate D = LocalDate.of(2026, 1, 1);
  private static final AgencyId A = AgencyId.of("a");
  private static final AgencyId B = AgencyId.of("b");
  private static final CommitmentId C = CommitmentId.of("c");

  /** One entity of each type with a builder, each with the id (or first party) "x1". */
  static List<Record> samples() {
    return List.of(
        Agency.of("x1", "X", AgencyKind.NGO, GovernmentLevel.LOCAL),
        Person.of("x1", "X", "a"),
        Outcome.of("x1", "X", OutcomeLevel.OUTCOME),
        Commitment.builder("x1", "X").build(),
        Indicator.builder("x1", "X").build(),
        RoleAssignment.of(AgencyId.of("x1"), Role.LEAD, C),
        Measurement.of(IndicatorId.of("x1"), D, D, 1),
        DeliveryAssessment.of(CommitmentId.of("x1"), D, Rating.GREEN, ""),
        Intervention.of(AgencyId.of("x1"), B, C, InterventionKind.SUPPORT, D, ""),
        DataSharingAgreement.of("x1", Set.of(A, B), Set.of(IndicatorId.of("i"))),
        Conflict.of("x1", ConflictSubject.commitment(C), Set.of(A, B), A, Instant.EPOCH, ""));
  }

  private static boolean singleValued(RecordComponent c) {
    return !Collection.class.isAssignableFrom(c.getType())
        && !Map.class.isAssignableFrom(c.getType()) && !c.getName().equals("id");
  }

  private static Object toBuilder(Record entity) {
    try {
      return entity.getClass().getMethod("toBuilder").invoke(entity);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(entity.getClass().getSimpleName() + " has no toBuilder()", e);
    }
  }

  /** Every setter of a single-valued component, in every builder, with the sample entity. */
  static Stream<Arguments> singleValuedSetters() {
    List<Arguments> out = new ArrayList<>();
    for (Record entity : samples()) {
      Class<?> builder = toBuilder(entity).getClass();
      for (RecordComponent c : entity.getClass().getRecordComponents()) {
        if (!singleValued(c)) {
          continue;
        }
        for (Method m : builder.getMethods()) {
          if (m.getName().equals(c.getName()) && !Modifier.isStatic(m.getModifiers())) {
            out.add(Arguments.of(entity.getClass().getSimpleName() + "." + c.getName() + "("
                + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                    .reduce((x, y) -> x + ", " + y).orElse("") + ")", entity, m));
          }
        }
      }
    }
    return out.stream();
  }

  private static Object sample(Class<?> type) {
    if (type == String.class) {
      return "v";
    } else if (type == LocalDate.class) {
      return D.plusDays(1);
    } else if (type == Instant.class) {
      return Instant.EPOCH.plusSeconds(1);
    } else if (type == boolean.class) {
      return false;
    } else if (type == double.class) {
      return 2.0;
    } else if (type.isEnum()) {
      return type.getEnumConstants()[type.getEnumConstants().length - 1];
    } else if (type == Optional.class) {
      return Optional.empty();
    } else if (type == AgencyId.class || type == PartyId.class) {
      return AgencyId.of("p");
    } else if (type == IndicatorId.class) {
      return IndicatorId.of("p");
    } else if (type == CommitmentId.class || type == RoleTarget.class) {
      return CommitmentId.of("p");
    } else if (type == Role.class) {
      return Role.CONTRIBUTOR;
    } else if (type == ConflictSubject.class) {
      return ConflictSubject.indicator(IndicatorId.of("p"));
    } else if (type == Baseline.class) {
      return new Baseline(1, D);
    }
    throw new AssertionError("no sample value of " + type + "; add one to BuildersTest");
  }

  private static Object call(Object builder, Method setter) throws Throwable {
    Class<?>[] types = setter.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      // two texts of one setter differ: a ratio's numerator and denominator must
      args[i] = types[i] == String.class ? "v" + i : sample(types[i]);
    }
    try {
      return setter.invoke(builder, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleValuedSetters")
  void aSingleValuedSetterReplacesAValueOnceAndFailsTheSecondTimeNamingFieldAndEntity(
      String name, Record entity, Method setter) throws Throwable {
    Object builder = toBuilder(entity);
    assertSame(builder, call(builder, setter), name + " returns the builder");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> call(builder, setter), name);
    // the entity is named as it stands: after a party, indicator or date was replaced, the new one
    assertTrue(e.getMessage().matches("[a-z]+ .*'[a-z0-9]+' (.* )?" + setter.getName()
        + " is already set"), e.getMessage());
  }

  @Test
  void everySingleValuedComponentOfEveryEntityHasASetter() {
    List<String> missing = new ArrayList<>();
    for (Record entity : samples()) {
      Class<?> builder = toBuilder(entity).getClass();
      for (RecordComponent c : entity.getClass().getRecordComponents()) {
        if (singleValued(c) && Arrays.stream(builder.getMethods())
            .noneMatch(m -> m.getName().equals(c.getName()))) {
          missing.add(entity.getClass().getSimpleName() + "." + c.getName());
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyEntityFoundHasASample() {
    // the entity types of the model: a new one needs a sample above
    assertEquals(11, samples().stream().map(Record::getClass).distinct().count());
  }

  @Test
  void settingTheBaselineOfOneDateTwiceFailsNamingTheIndicatorAndDate() {
    Indicator.Builder b = Indicator.builder("rate", "Rate").baseline(1, D);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> b.baseline(2, D));
    assertEquals("indicator 'rate' baseline on 2026-01-01 is already set", e.getMessage());
  }

  @Test
  void settingTheBaselineOfOneDateAndDimensionTwiceFailsNamingTheDimension() {
    Indicator.Builder b = Indicator.builder("rate", "Rate")
        .baseline(Baseline.of(1, D, Map.of("region", "north")));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> b.baseline(Baseline.of(2, D, Map.of("region", "north"))));
    assertEquals("indicator 'rate' baseline on 2026-01-01 for {region=north} is already set",
        e.getMessage());
  }

  @Test
  void baselinesOfOtherDatesOrDimensionsAreKeptSideBySide() {
    Indicator i = Indicator.builder("rate", "Rate").baseline(1, D).baseline(2, D.plusYears(1))
        .baseline(Baseline.of(3, D, Map.of("region", "north"))).build();
    assertEquals(3, i.baselines().size());
    assertEquals(Optional.of(new Baseline(2, D.plusYears(1))), i.baseline(), "the latest total");
    assertEquals(Optional.of(Baseline.of(3, D, Map.of("region", "north"))),
        i.baselineFor(Map.of("region", "north")));
    assertEquals(Optional.empty(), i.baselineFor(Map.of("region", "south")));
  }

  @Test
  void aBaselineSetOnceIsKept() {
    assertEquals(Optional.of(new Baseline(1, D)),
        Indicator.builder("rate", "Rate").baseline(1, D).build().baseline());
  }

  @Test
  void theNameGivenToTheBuilderCountsAsSet() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Commitment.builder("ccb", "Child benefit").title("Other"));
    assertEquals("commitment 'ccb' title is already set", e.getMessage());
  }

  @Test
  void aBuilderFromToBuilderReplacesEachValueOnce() {
    Commitment c = Commitment.builder("ccb", "Child benefit").due(D)
        .status(CommitmentStatus.UNDERWAY_ON_TRACK).build();
    Commitment.Builder b = c.toBuilder().title("Canada Child Benefit").due(D.plusDays(1));
    Commitment changed = b.build();
    assertEquals("Canada Child Benefit", changed.title());
    assertEquals(Optional.of(D.plusDays(1)), changed.due());
    assertEquals(Optional.of(CommitmentStatus.UNDERWAY_ON_TRACK), changed.status(), "kept");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> b.due(D.plusDays(2)));
    assertEquals("commitment 'ccb' due is already set", e.getMessage());
  }

  @Test
  void theSettersOfCollectionsAdd() {
    Indicator i = Indicator.builder("rate", "Rate").target(Target.atLeast(D, 1))
        .target(Target.atLeast(D.plusDays(1), 2)).measures(C).measures(CommitmentId.of("d"))
        .attribute("k1", "v").attribute("k2", "v").build();
    assertEquals(2, i.targets().size());
    assertEquals(2, i.commitments().size());
    assertEquals(Map.of("k1", "v", "k2", "v"), i.attributes());
    Indicator more = i.toBuilder().target(Target.atLeast(D.plusDays(2), 3)).build();
    assertEquals(3, more.targets().size(), "toBuilder keeps the targets and adds");
  }

  @Test
  void aSetterThatRejectsItsArgumentLeavesTheFieldUnset() {
    Indicator.Builder b = Indicator.builder("rate", "Rate");
    assertThrows(IllegalArgumentException.class, () -> b.baseline(Double.NaN, D));
    assertEquals(Optional.of(new Baseline(2, D)), b.baseline(2, D).build().baseline());
  }

  @Test
  void anEmptyOptionalCountsAsSet() {
    Agency.Builder b = Agency.builder("a", "A", AgencyKind.NGO, GovernmentLevel.LOCAL)
        .parent(Optional.empty());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.parent(B));
    assertEquals("agency 'a' parent is already set", e.getMessage());
  }

  @Test
  void theWithMethodsStillReplaceEveryTime() {
    Agency a = Agency.of("a", "A", AgencyKind.NGO, GovernmentLevel.LOCAL)
        .withJurisdiction("CA").withJurisdiction("CA-ON");
    assertEquals(Optional.of("CA-ON"), a.jurisdiction());
    Measurement m = Measurement.of(IndicatorId.of("i"), D, D, 1)
        .withStatus(MeasurementStatus.PROVISIONAL).withStatus(MeasurementStatus.FINAL);
    assertEquals(MeasurementStatus.FINAL, m.status());
    Outcome o = Outcome.of("o", "O", OutcomeLevel.OUTPUT).withParents(OutcomeId.of("p"))
        .withParents(OutcomeId.of("q"));
    assertEquals(Set.of(OutcomeId.of("q")), o.parents(), "withParents replaces the parents");
  }

  @Test
  void sharesAnImmutableListOfMilestonesGivenWhole() {
    List<Milestone> shared = List.of(Milestone.due("m", D));
    Commitment one = Commitment.builder("c1", "C").milestones(shared).build();
    Commitment two = Commitment.builder("c2", "C").milestones(shared).build();
    assertSame(one.milestones(), two.milestones());
  }

  @Test
  void neverAddsToAMutableListOfMilestonesItWasGiven() {
    List<Milestone> mine = new ArrayList<>(List.of(Milestone.due("m", D)));
    Commitment c = Commitment.builder("c", "C").milestones(mine)
        .milestones(Milestone.due("n", D)).build();
    assertEquals(1, mine.size());
    assertEquals(2, c.milestones().size());
    assertNotSame(mine, c.milestones());
  }

  @Test
  void aBuilderFromToBuilderBuildsAnEqualEntity() {
    for (Record entity : samples()) {
      Object b = toBuilder(entity);
      try {
        assertEquals(entity, b.getClass().getMethod("build").invoke(b));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
  }
}
