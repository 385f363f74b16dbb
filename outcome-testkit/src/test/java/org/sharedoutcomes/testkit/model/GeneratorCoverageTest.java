package org.sharedoutcomes.testkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.Milestone;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.testkit.RandomModels;
import org.sharedoutcomes.testkit.Seeds;

/**
 * The generators cover every field: over a run of generated models, every record component of
 * every entity (and of the value records inside them) takes more than one value, so that no
 * component stays at its default in every generated entity and a new field cannot ride through
 * the JSON round trip untested. Components are found by reflection, and the entity lists by
 * reflection over {@link OutcomeModel}'s no-argument methods returning lists of records, so a new
 * field or a new kind of entity is checked without editing this test.
 */
class GeneratorCoverageTest {
  private static final int SEEDS = 300;
  private static ComponentCoverage coverage;
  private static List<String> entityLists;

  @BeforeAll
  static void generate() {
    coverage = new ComponentCoverage();
    entityLists = new ArrayList<>();
    List<Method> lists = entityListMethods();
    lists.forEach(m -> entityLists.add(m.getName()));
    Seeds.of(SEEDS).forEach(seed -> {
      OutcomeModel model = RandomModels.small().model(seed); // contributions on by default
      for (Method m : lists) {
        for (Object e : (List<?>) invoke(m, model)) {
          coverage.visit((Record) e);
        }
      }
      // measurements are held column by column, not as a list of records
      for (Indicator i : model.indicators()) {
        model.measurements(i.id()).asList().forEach(coverage::visit);
      }
    });
  }

  private static List<Method> entityListMethods() {
    List<Method> out = new ArrayList<>();
    for (Method m : OutcomeModel.class.getMethods()) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
          && m.getReturnType() == List.class
          && m.getGenericReturnType() instanceof ParameterizedType p) {
        Type element = p.getActualTypeArguments()[0];
        if (element instanceof Class<?> c && c.isRecord()) {
          out.add(m);
        }
      }
    }
    out.sort(java.util.Comparator.comparing(Method::getName));
    return out;
  }

  private static Object invoke(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot call OutcomeModel." + m.getName() + "()", e);
    }
  }

  @Test
  void everyComponentOfEveryEntityTakesMoreThanOneValueOverTheRun() {
    assertEquals(List.of(), coverage.constantComponents(),
        "components RandomModels leaves at one value in every entity of seeds 0.." + (SEEDS - 1)
            + " (make RandomModels vary them, so that the JSON round trip and the other"
            + " properties test them)");
  }

  @Test
  void theRunMeetsEveryKindOfEntityTheModelLists() {
    Map<String, Long> met = coverage.records();
    List<String> missing = new ArrayList<>();
    for (String list : entityLists) {
      Method m;
      try {
        m = OutcomeModel.class.getMethod(list);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
      Class<?> type = (Class<?>) ((ParameterizedType) m.getGenericReturnType())
          .getActualTypeArguments()[0];
      if (!met.containsKey(type.getSimpleName())) {
        missing.add(type.getSimpleName() + " (OutcomeModel." + list + "())");
      }
    }
    if (!met.containsKey("Measurement")) {
      missing.add("Measurement");
    }
    assertEquals(List.of(), missing, "entity types no generated model of the run holds");
    assertTrue(entityLists.size() >= 10, "OutcomeModel lists found: " + entityLists);
  }

  @Test
  void namesAComponentThatNeverVaries() {
    ComponentCoverage c = new ComponentCoverage();
    c.visit(Milestone.due("a", LocalDate.of(2026, 1, 1)));
    c.visit(Milestone.due("b", LocalDate.of(2026, 1, 2)));
    assertEquals(List.of("Milestone.done: always Optional.empty (in 2 records)"),
        c.constantComponents());
  }

  @Test
  void acceptsAComponentSeenWithASecondValueOnce() {
    ComponentCoverage c = new ComponentCoverage();
    c.visit(Milestone.due("a", LocalDate.of(2026, 1, 1)));
    c.visit(Milestone.due("a", LocalDate.of(2026, 1, 1)).doneOn(LocalDate.of(2026, 2, 1)));
    assertEquals(List.of("Milestone.name: always a (in 2 records)",
        "Milestone.due: always 2026-01-01 (in 2 records)"), c.constantComponents());
    assertEquals(Optional.of(2L), Optional.ofNullable(c.records().get("Milestone")));
  }
}
