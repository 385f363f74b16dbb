package org.sharedoutcomes.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * A shared result in the world, stated in words. Outcomes form a hierarchy (impact, outcome,
 * output): an outcome contributes to its parents. Its statement can be revised, with the date
 * and reason kept in {@link #revisions()}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Outcome o = Outcome.of("poverty", "Fewer children live in poverty", OutcomeLevel.IMPACT);
 * Outcome clarified = o.revise("Child poverty halves by 2030", LocalDate.of(2026, 3, 1),
 *     "target agreed with provinces");
 * }</pre>
 *
 * @param id the outcome's id
 * @param statement the current statement, not blank
 * @param level its level in the results chain
 * @param parents the outcomes it contributes to, sorted by id
 * @param revisions its earlier statements, oldest first
 * @param attributes free string attributes for integrators, sorted by key
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Outcome(
    OutcomeId id,
    String statement,
    OutcomeLevel level,
    Set<OutcomeId> parents,
    List<OutcomeRevision> revisions,
    Map<String, String> attributes) {

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if any field or element is null
   * @throws IllegalArgumentException if the statement is blank or the outcome is its own parent
   */
  public Outcome {
    Checks.notNull(id, "outcome id");
    Checks.text(statement, "outcome '" + id + "' statement");
    Checks.notNull(level, "outcome '" + id + "' level");
    parents = Checks.sortedSet(parents, "outcome '" + id + "' parents");
    if (parents.contains(id)) {
      throw new IllegalArgumentException("outcome '" + id + "' parents must not contain itself");
    }
    revisions = Checks.list(revisions, "outcome '" + id + "' revisions");
    attributes = Checks.attributes(attributes, "outcome '" + id + "' attributes");
  }

  /**
   * An outcome with no parents, revisions or attributes.
   *
   * @param id the id
   * @param statement the statement
   * @param level the level
   * @return the outcome
   */
  public static Outcome of(String id, String statement, OutcomeLevel level) {
    return new Outcome(OutcomeId.of(id), statement, level, Set.of(), List.of(), Map.of());
  }

  /**
   * This outcome contributing to the given parents (replacing the parents it had).
   *
   * @param newParents the parent outcomes
   * @return a new outcome
   */
  public Outcome withParents(OutcomeId... newParents) {
    return new Outcome(id, statement, level,
        new LinkedHashSet<>(Arrays.asList(Checks.elements(newParents,
            "outcome '" + id + "' parents"))), revisions,
        attributes);
  }

  /**
   * This outcome with one more attribute (replacing any with the same key).
   *
   * @param key the key
   * @param value the value
   * @return a new outcome
   */
  public Outcome withAttribute(String key, String value) {
    Map<String, String> copy = new TreeMap<>(attributes);
    copy.put(Checks.text(key, "outcome '" + id + "' attribute key"),
        Checks.notNull(value, "outcome '" + id + "' attribute '" + key + "'"));
    return new Outcome(id, statement, level, parents, revisions, copy);
  }

  /**
   * Revises the statement, keeping the current one as a revision.
   *
   * @param newStatement the new statement, not blank
   * @param on the date of the revision
   * @param reason why it was revised, not blank
   * @return a new outcome
   */
  public Outcome revise(String newStatement, LocalDate on, String reason) {
    List<OutcomeRevision> copy = new ArrayList<>(revisions);
    copy.add(new OutcomeRevision(statement, on, reason));
    return new Outcome(id, newStatement, level, parents, copy, attributes);
  }
}
