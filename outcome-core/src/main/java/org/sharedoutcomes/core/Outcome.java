package org.sharedoutcomes.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.internal.SetOnce;

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
   * <p><b>Not part of the stable API:</b> this canonical constructor gains a parameter whenever
   * the outcome gains a field. Create outcomes with {@link #of(String, String, OutcomeLevel)} or
   * {@link #builder(String, String, OutcomeLevel)}, or derive them with {@link #toBuilder()}.
   *
   * @throws NullPointerException if any field or element is null
   * @throws IllegalArgumentException if the statement is blank or the outcome is its own parent
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public Outcome {
    Checks.notNull(id, "outcome id");
    // the context is built only if a check fails
    Supplier<String> where = () -> "outcome '" + id + "' ";
    Checks.text(statement, where, "statement");
    Checks.notNull(level, where, "level");
    parents = Checks.sortedSet(parents, where, "parents");
    if (parents.contains(id)) {
      throw new IllegalArgumentException("outcome '" + id + "' parents must not contain itself");
    }
    revisions = Checks.list(revisions, where, "revisions");
    attributes = Checks.attributes(attributes, where, "attributes");
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
   * A builder for an outcome with the given id, statement and level; parents, revisions and
   * attributes are empty until added. The given values count as set: their setters are for
   * builders from {@link #toBuilder()}.
   *
   * @param id the id
   * @param statement the statement
   * @param level the level
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Builder builder(String id, String statement, OutcomeLevel level) {
    return new Builder(OutcomeId.of(id), statement, level);
  }

  /**
   * A builder for an outcome; see {@link #builder(String, String, OutcomeLevel)}.
   *
   * @param id the id
   * @param statement the statement
   * @param level the level
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Builder builder(OutcomeId id, String statement, OutcomeLevel level) {
    return new Builder(id, statement, level);
  }

  /**
   * A builder holding this outcome's fields, to derive a changed outcome: the statement and
   * level may each be replaced once; parents, revisions and attributes start with this
   * outcome's elements and their setters add to them.
   *
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Builder toBuilder() {
    Builder b = new Builder(id, statement, level);
    b.set = 0;
    b.parents.addAll(parents);
    b.revisions.addAll(revisions);
    b.attributes.putAll(attributes);
    return b;
  }

  /**
   * This outcome contributing to the given parents (replacing the parents it had).
   *
   * @param newParents the parent outcomes
   * @return a new outcome
   */
  public Outcome withParents(OutcomeId... newParents) {
    Builder b = toBuilder();
    b.parents.clear();
    return b.parents(newParents).build();
  }

  /**
   * This outcome with one more attribute (replacing any with the same key).
   *
   * @param key the key
   * @param value the value
   * @return a new outcome
   */
  public Outcome withAttribute(String key, String value) {
    return toBuilder().attribute(key, value).build();
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
    return toBuilder().revision(new OutcomeRevision(statement, on, reason))
        .statement(newStatement).build();
  }

  /**
   * A builder of {@link Outcome}s. Not thread-safe; each setter checks its argument at once.
   *
   * <p>A single-valued field (statement, level) is set at most once: a second call of its setter
   * throws {@link IllegalStateException} naming the outcome and the field; the values given to
   * {@code Outcome.builder(...)} count as set. A builder from {@link Outcome#toBuilder()} starts
   * with the outcome's values, each of which may be replaced once. The setters of collections
   * ({@link #parents}, {@link #revision}, {@link #attribute}) add.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private static final long STATEMENT = 1;
    private static final long LEVEL = 1 << 1;

    private final OutcomeId id;
    private final Supplier<String> where;
    private long set = STATEMENT | LEVEL;
    private String statement;
    private OutcomeLevel level;
    private final Set<OutcomeId> parents = new LinkedHashSet<>();
    private final List<OutcomeRevision> revisions = new ArrayList<>();
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(OutcomeId id, String statement, OutcomeLevel level) {
      this.id = Checks.notNull(id, "outcome id");
      this.where = () -> "outcome '" + id + "' ";
      this.statement = Checks.text(statement, where, "statement");
      this.level = Checks.notNull(level, where, "level");
    }

    /** Marks a field set, after its value was checked: a setter that throws changes nothing. */
    private <T> T once(long bit, String field, T value) {
      set = SetOnce.mark(set, bit, where, field);
      return value;
    }

    /**
     * Replaces the statement (once, in a builder from {@link Outcome#toBuilder()}), without
     * keeping the old one as a revision (use {@link Outcome#revise} or {@link #revision} for
     * that).
     *
     * @param value the statement, not blank
     * @return this builder
     * @throws IllegalStateException if the statement is already set
     */
    public Builder statement(String value) {
      this.statement = once(STATEMENT, "statement", Checks.text(value, where, "statement"));
      return this;
    }

    /**
     * Replaces the level (once, in a builder from {@link Outcome#toBuilder()}).
     *
     * @param value the level
     * @return this builder
     * @throws IllegalStateException if the level is already set
     */
    public Builder level(OutcomeLevel value) {
      this.level = once(LEVEL, "level", Checks.notNull(value, where, "level"));
      return this;
    }

    /**
     * Adds outcomes this one contributes to.
     *
     * @param ids the parent outcomes
     * @return this builder
     */
    public Builder parents(OutcomeId... ids) {
      Checks.addAll(parents, where, "parents", ids);
      return this;
    }

    /**
     * Adds outcomes this one contributes to.
     *
     * @param ids the parent outcomes
     * @return this builder
     */
    public Builder parents(Collection<OutcomeId> ids) {
      Checks.addAll(parents, ids, where, "parents");
      return this;
    }

    /**
     * Adds an earlier statement, after those already held (oldest first).
     *
     * @param value the revision
     * @return this builder
     */
    public Builder revision(OutcomeRevision value) {
      revisions.add(Checks.notNull(value, where, "revision"));
      return this;
    }

    /**
     * Adds an attribute (replacing any with the same key).
     *
     * @param key the key, not blank
     * @param value the value
     * @return this builder
     */
    public Builder attribute(String key, String value) {
      attributes.put(Checks.text(key, where, "attribute key"),
          Checks.notNull(value, where.get() + "attribute '" + key + "'"));
      return this;
    }

    /**
     * Builds the outcome.
     *
     * @return the outcome
     * @throws IllegalArgumentException if the outcome is its own parent
     */
    public Outcome build() {
      return new Outcome(id, statement, level, parents, revisions, attributes);
    }
  }
}
