package org.sharedoutcomes.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * A pledge made by someone (a prime minister, a cabinet, a minister) on a date, serving
 * outcomes, due by a date, with milestones, a status and a priority; it may depend on other
 * commitments. Who does what is held in {@link RoleAssignment}s, not here.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder(String, String)}:
 *
 * <pre>{@code
 * Commitment ccb = Commitment.builder("ccb", "Canada Child Benefit")
 *     .due(LocalDate.of(2027, 3, 31))
 *     .serves("child-poverty")
 *     .status(CommitmentStatus.UNDERWAY_ON_TRACK)
 *     .conflictProtocol("negotiate-then-escalate")
 *     .build();
 * }</pre>
 *
 * @param id the commitment's id
 * @param title a short title, not blank
 * @param description a longer description, possibly empty
 * @param madeBy who made the pledge, if recorded
 * @param madeOn when it was made, if recorded
 * @param due when it is due, if it has a due date
 * @param outcomes the outcomes it serves, sorted by id
 * @param dependsOn the commitments it depends on, sorted by id
 * @param milestones its milestones, in the order given
 * @param status its reported status
 * @param priority its priority
 * @param collaborationMode how tightly its parties work together, if stated
 * @param phase the phase of its collaborating group, if stated
 * @param responsibilityProtocol the id of the agreed shared-responsibility protocol, if any
 * @param conflictProtocol the id of the agreed conflict-resolution protocol, if any
 * @param attributes free string attributes for integrators, sorted by key
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Commitment(
    CommitmentId id,
    String title,
    String description,
    Optional<PartyId> madeBy,
    Optional<LocalDate> madeOn,
    Optional<LocalDate> due,
    Set<OutcomeId> outcomes,
    Set<CommitmentId> dependsOn,
    List<Milestone> milestones,
    CommitmentStatus status,
    Priority priority,
    Optional<CollaborationMode> collaborationMode,
    Optional<Phase> phase,
    Optional<String> responsibilityProtocol,
    Optional<String> conflictProtocol,
    Map<String, String> attributes) {

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if any field or element is null
   * @throws IllegalArgumentException if the title is blank, a protocol id is invalid, or the
   *     commitment depends on itself
   */
  public Commitment {
    Checks.notNull(id, "commitment id");
    // the context is built only when a check fails: a million commitments per document
    Supplier<String> where = () -> "commitment '" + id + "' ";
    Checks.text(title, where, "title");
    Checks.notNull(description, where, "description");
    Checks.optional(madeBy, where, "madeBy");
    Checks.optional(madeOn, where, "madeOn");
    Checks.optional(due, where, "due");
    outcomes = Checks.sortedSet(outcomes, where, "outcomes");
    dependsOn = Checks.sortedSet(dependsOn, where, "dependsOn");
    if (dependsOn.contains(id)) {
      throw new IllegalArgumentException(where.get() + "dependsOn must not contain itself");
    }
    milestones = Checks.list(milestones, where, "milestones");
    Checks.notNull(status, where, "status");
    Checks.notNull(priority, where, "priority");
    Checks.optional(collaborationMode, where, "collaborationMode");
    Checks.optional(phase, where, "phase");
    Checks.optional(responsibilityProtocol, where, "responsibilityProtocol");
    if (responsibilityProtocol.isPresent()) {
      Checks.id(responsibilityProtocol.get(), where, "responsibilityProtocol");
    }
    Checks.optional(conflictProtocol, where, "conflictProtocol");
    if (conflictProtocol.isPresent()) {
      Checks.id(conflictProtocol.get(), where, "conflictProtocol");
    }
    attributes = Checks.attributes(attributes, where, "attributes");
  }

  /**
   * A builder for a commitment with the given id and title; every other field has a default
   * (empty, {@link CommitmentStatus#NOT_STARTED}, {@link Priority#MEDIUM}).
   *
   * @param id the id
   * @param title the title
   * @return a new builder
   */
  public static Builder builder(String id, String title) {
    return new Builder(CommitmentId.of(id), title);
  }

  /**
   * A builder holding this commitment's fields, to derive a changed commitment.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, title);
    b.description = description;
    b.madeBy = madeBy;
    b.madeOn = madeOn;
    b.due = due;
    b.outcomes.addAll(outcomes);
    b.dependsOn.addAll(dependsOn);
    b.milestones.addAll(milestones);
    b.status = status;
    b.priority = priority;
    b.collaborationMode = collaborationMode;
    b.phase = phase;
    b.responsibilityProtocol = responsibilityProtocol;
    b.conflictProtocol = conflictProtocol;
    b.attributes.putAll(attributes);
    return b;
  }

  /**
   * A builder of {@link Commitment}s. Not thread-safe; each setter checks its argument at once.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final CommitmentId id;
    private String title;
    private String description = "";
    private Optional<PartyId> madeBy = Optional.empty();
    private Optional<LocalDate> madeOn = Optional.empty();
    private Optional<LocalDate> due = Optional.empty();
    private final Set<OutcomeId> outcomes = new LinkedHashSet<>();
    private final Set<CommitmentId> dependsOn = new LinkedHashSet<>();
    private final List<Milestone> milestones = new ArrayList<>();
    private CommitmentStatus status = CommitmentStatus.NOT_STARTED;
    private Priority priority = Priority.MEDIUM;
    private Optional<CollaborationMode> collaborationMode = Optional.empty();
    private Optional<Phase> phase = Optional.empty();
    private Optional<String> responsibilityProtocol = Optional.empty();
    private Optional<String> conflictProtocol = Optional.empty();
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(CommitmentId id, String title) {
      this.id = Checks.notNull(id, "commitment id");
      this.title = Checks.text(title, "commitment '" + id + "' title");
    }

    private String where() {
      return "commitment '" + id + "' ";
    }

    /**
     * Sets the title.
     *
     * @param value the title, not blank
     * @return this builder
     */
    public Builder title(String value) {
      this.title = Checks.text(value, where() + "title");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param value the description, possibly empty
     * @return this builder
     */
    public Builder description(String value) {
      this.description = Checks.notNull(value, where() + "description");
      return this;
    }

    /**
     * Sets who made the pledge.
     *
     * @param value an agency or person id
     * @return this builder
     */
    public Builder madeBy(PartyId value) {
      this.madeBy = Optional.of(Checks.notNull(value, where() + "madeBy"));
      return this;
    }

    /**
     * Sets when the pledge was made.
     *
     * @param value the date
     * @return this builder
     */
    public Builder madeOn(LocalDate value) {
      this.madeOn = Optional.of(Checks.notNull(value, where() + "madeOn"));
      return this;
    }

    /**
     * Sets the due date.
     *
     * @param value the date
     * @return this builder
     */
    public Builder due(LocalDate value) {
      this.due = Optional.of(Checks.notNull(value, where() + "due"));
      return this;
    }

    /**
     * Adds outcomes the commitment serves.
     *
     * @param ids outcome ids
     * @return this builder
     */
    public Builder serves(String... ids) {
      for (String s : Checks.elements(ids, where() + "outcomes")) {
        outcomes.add(OutcomeId.of(Checks.id(s, where() + "outcomes")));
      }
      return this;
    }

    /**
     * Adds outcomes the commitment serves.
     *
     * @param ids outcome ids
     * @return this builder
     */
    public Builder serves(OutcomeId... ids) {
      for (OutcomeId o : Checks.notNull(ids, where() + "outcomes")) {
        outcomes.add(Checks.notNull(o, where() + "outcomes element"));
      }
      return this;
    }

    /**
     * Adds commitments this one depends on.
     *
     * @param ids commitment ids
     * @return this builder
     */
    public Builder dependsOn(CommitmentId... ids) {
      for (CommitmentId c : Checks.notNull(ids, where() + "dependsOn")) {
        dependsOn.add(Checks.notNull(c, where() + "dependsOn element"));
      }
      return this;
    }

    /**
     * Adds commitments this one depends on.
     *
     * @param ids commitment ids
     * @return this builder
     */
    public Builder dependsOn(String... ids) {
      for (String s : Checks.elements(ids, where() + "dependsOn")) {
        dependsOn.add(CommitmentId.of(Checks.id(s, where() + "dependsOn")));
      }
      return this;
    }

    /**
     * Adds milestones.
     *
     * @param values the milestones
     * @return this builder
     */
    public Builder milestones(Milestone... values) {
      milestones.addAll(Checks.list(Arrays.asList(
          Checks.notNull(values, where() + "milestones")), where() + "milestones"));
      return this;
    }

    /**
     * Sets the reported status.
     *
     * @param value the status
     * @return this builder
     */
    public Builder status(CommitmentStatus value) {
      this.status = Checks.notNull(value, where() + "status");
      return this;
    }

    /**
     * Sets the priority.
     *
     * @param value the priority
     * @return this builder
     */
    public Builder priority(Priority value) {
      this.priority = Checks.notNull(value, where() + "priority");
      return this;
    }

    /**
     * Sets the collaboration mode.
     *
     * @param value the mode
     * @return this builder
     */
    public Builder collaborationMode(CollaborationMode value) {
      this.collaborationMode = Optional.of(Checks.notNull(value, where() + "collaborationMode"));
      return this;
    }

    /**
     * Sets the phase of the collaborating group.
     *
     * @param value the phase
     * @return this builder
     */
    public Builder phase(Phase value) {
      this.phase = Optional.of(Checks.notNull(value, where() + "phase"));
      return this;
    }

    /**
     * Names the agreed shared-responsibility protocol.
     *
     * @param protocolId a protocol id, such as {@code "equal-shares"}
     * @return this builder
     */
    public Builder responsibilityProtocol(String protocolId) {
      this.responsibilityProtocol =
          Optional.of(Checks.id(protocolId, where() + "responsibilityProtocol"));
      return this;
    }

    /**
     * Names the agreed conflict-resolution protocol.
     *
     * @param protocolId a protocol id, such as {@code "negotiate-then-escalate"}
     * @return this builder
     */
    public Builder conflictProtocol(String protocolId) {
      this.conflictProtocol = Optional.of(Checks.id(protocolId, where() + "conflictProtocol"));
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
      attributes.put(Checks.text(key, where() + "attribute key"),
          Checks.notNull(value, where() + "attribute '" + key + "'"));
      return this;
    }

    /**
     * Builds the commitment.
     *
     * @return the commitment
     * @throws IllegalArgumentException if the commitment depends on itself
     */
    public Commitment build() {
      return new Commitment(id, title, description, madeBy, madeOn, due, outcomes, dependsOn,
          milestones, status, priority, collaborationMode, phase, responsibilityProtocol,
          conflictProtocol, attributes);
    }
  }
}
