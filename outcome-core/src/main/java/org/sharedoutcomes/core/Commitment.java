package org.sharedoutcomes.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.internal.SetOnce;

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
 * @param status its reported status, if one was reported (since 0.2; 0.1 wrote
 *     {@code NOT_STARTED} when none was given). A status a tracker reports outside
 *     {@link CommitmentStatus}'s vocabulary, or a tracker's "additional commitment" (a
 *     commitment added outside the mandate letter, which is its origin, not its progress), is
 *     no status: leave it absent and keep the tracker's wording in an attribute, such as
 *     {@code tracker.status} or {@code tracker.category = additional}
 * @param priority its priority, if one was given (since 0.2; 0.1 wrote {@code MEDIUM} when
 *     none was given)
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
    Optional<CommitmentStatus> status,
    Optional<Priority> priority,
    Optional<CollaborationMode> collaborationMode,
    Optional<Phase> phase,
    Optional<String> responsibilityProtocol,
    Optional<String> conflictProtocol,
    Map<String, String> attributes) {

  /**
   * Checks and copies the fields.
   *
   * <p><b>Not part of the stable API:</b> this canonical constructor gains a parameter whenever
   * the commitment gains a field. Build commitments with {@link #builder(String, String)}, or
   * derive them with {@link #toBuilder()}.
   *
   * @throws NullPointerException if any field or element is null
   * @throws IllegalArgumentException if the title is blank, a protocol id is invalid, or the
   *     commitment depends on itself
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
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
    Checks.optional(status, where, "status");
    Checks.optional(priority, where, "priority");
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
   * A builder for a commitment with the given id and title; every other field starts empty
   * (no description, dates, outcomes, milestones, status or priority). The title counts as
   * set: {@link Builder#title(String)} is for builders from {@link #toBuilder()}.
   *
   * @param id the id
   * @param title the title
   * @return a new builder
   */
  public static Builder builder(String id, String title) {
    return new Builder(CommitmentId.of(id), title);
  }

  /**
   * A builder for a commitment with the given id and title; see
   * {@link #builder(String, String)}.
   *
   * @param id the id
   * @param title the title
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Builder builder(CommitmentId id, String title) {
    return new Builder(id, title);
  }

  /**
   * A builder holding this commitment's fields, to derive a changed commitment. Each
   * single-valued field may be replaced once; the collections (outcomes, dependencies,
   * milestones, attributes) start with this commitment's elements and their setters add to them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, title);
    b.set = 0;
    b.description = description;
    b.madeBy = madeBy;
    b.madeOn = madeOn;
    b.due = due;
    b.outcomes.addAll(outcomes);
    b.dependsOn.addAll(dependsOn);
    b.milestones = milestones;
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
   *
   * <p>A single-valued field (title, description, madeBy, madeOn, due, status, priority,
   * collaboration mode, phase, the two protocols) is set at most once: a second call of its
   * setter throws {@link IllegalStateException} naming the commitment and the field, such as
   * {@code "commitment 'ccb' due is already set"}; the title given to
   * {@link Commitment#builder(String, String)} counts as set. A builder from
   * {@link Commitment#toBuilder()} starts with the commitment's values, each of which may be
   * replaced once. The setters of collections ({@code serves}, {@code dependsOn},
   * {@link #milestones}, {@link #attribute}) add.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private static final long TITLE = 1;
    private static final long DESCRIPTION = 1 << 1;
    private static final long MADE_BY = 1 << 2;
    private static final long MADE_ON = 1 << 3;
    private static final long DUE = 1 << 4;
    private static final long STATUS = 1 << 5;
    private static final long PRIORITY = 1 << 6;
    private static final long COLLABORATION_MODE = 1 << 7;
    private static final long PHASE = 1 << 8;
    private static final long RESPONSIBILITY_PROTOCOL = 1 << 9;
    private static final long CONFLICT_PROTOCOL = 1 << 10;

    private final CommitmentId id;
    private final Supplier<String> where;
    private long set = TITLE;
    private String title;
    private String description = "";
    private Optional<PartyId> madeBy = Optional.empty();
    private Optional<LocalDate> madeOn = Optional.empty();
    private Optional<LocalDate> due = Optional.empty();
    private final Set<OutcomeId> outcomes = new LinkedHashSet<>();
    private final Set<CommitmentId> dependsOn = new LinkedHashSet<>();
    private List<Milestone> milestones = List.of();
    private boolean ownMilestones; // whether milestones is this builder's own ArrayList
    private Optional<CommitmentStatus> status = Optional.empty();
    private Optional<Priority> priority = Optional.empty();
    private Optional<CollaborationMode> collaborationMode = Optional.empty();
    private Optional<Phase> phase = Optional.empty();
    private Optional<String> responsibilityProtocol = Optional.empty();
    private Optional<String> conflictProtocol = Optional.empty();
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(CommitmentId id, String title) {
      this.id = Checks.notNull(id, "commitment id");
      this.where = () -> "commitment '" + id + "' ";
      this.title = Checks.text(title, where, "title");
    }

    /** Marks a field set, after its value was checked: a setter that throws changes nothing. */
    private <T> T once(long bit, String field, T value) {
      set = SetOnce.mark(set, bit, where, field);
      return value;
    }

    /**
     * Replaces the title (once, in a builder from {@link Commitment#toBuilder()}).
     *
     * @param value the title, not blank
     * @return this builder
     * @throws IllegalStateException if the title is already set
     */
    public Builder title(String value) {
      this.title = once(TITLE, "title", Checks.text(value, where, "title"));
      return this;
    }

    /**
     * Sets the description.
     *
     * @param value the description, possibly empty
     * @return this builder
     * @throws IllegalStateException if the description is already set
     */
    public Builder description(String value) {
      this.description = once(DESCRIPTION, "description",
          Checks.notNull(value, where, "description"));
      return this;
    }

    /**
     * Sets who made the pledge.
     *
     * @param value an agency or person id
     * @return this builder
     * @throws IllegalStateException if madeBy is already set
     */
    public Builder madeBy(PartyId value) {
      this.madeBy = once(MADE_BY, "madeBy", Optional.of(Checks.notNull(value, where, "madeBy")));
      return this;
    }

    /**
     * Sets who made the pledge, or states that there is none: the optional is kept as given, so that many
     * commitments built in bulk can share one instance.
     *
     * @param value the value, or empty
     * @return this builder
     * @throws IllegalStateException if madeBy is already set
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder madeBy(Optional<PartyId> value) {
      Checks.optional(value, where, "madeBy");
      this.madeBy = once(MADE_BY, "madeBy", value);
      return this;
    }

    /**
     * Sets when the pledge was made.
     *
     * @param value the date
     * @return this builder
     * @throws IllegalStateException if madeOn is already set
     */
    public Builder madeOn(LocalDate value) {
      this.madeOn = once(MADE_ON, "madeOn", Optional.of(Checks.notNull(value, where, "madeOn")));
      return this;
    }

    /**
     * Sets when the pledge was made, or states that there is none: the optional is kept as given, so that many
     * commitments built in bulk can share one instance.
     *
     * @param value the value, or empty
     * @return this builder
     * @throws IllegalStateException if madeOn is already set
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder madeOn(Optional<LocalDate> value) {
      Checks.optional(value, where, "madeOn");
      this.madeOn = once(MADE_ON, "madeOn", value);
      return this;
    }

    /**
     * Sets the due date.
     *
     * @param value the date
     * @return this builder
     * @throws IllegalStateException if the due date is already set
     */
    public Builder due(LocalDate value) {
      this.due = once(DUE, "due", Optional.of(Checks.notNull(value, where, "due")));
      return this;
    }

    /**
     * Sets the due date, or states that there is none: the optional is kept as given, so that many
     * commitments built in bulk can share one instance.
     *
     * @param value the value, or empty
     * @return this builder
     * @throws IllegalStateException if due is already set
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder due(Optional<LocalDate> value) {
      Checks.optional(value, where, "due");
      this.due = once(DUE, "due", value);
      return this;
    }

    /**
     * Adds outcomes the commitment serves.
     *
     * @param ids outcome ids
     * @return this builder
     */
    public Builder serves(String... ids) {
      for (String s : Checks.elements(ids, where.get() + "outcomes")) {
        outcomes.add(OutcomeId.of(Checks.id(s, where, "outcomes")));
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
      Checks.addAll(outcomes, where, "outcomes", ids);
      return this;
    }

    /**
     * Adds commitments this one depends on.
     *
     * @param ids commitment ids
     * @return this builder
     */
    public Builder dependsOn(CommitmentId... ids) {
      Checks.addAll(dependsOn, where, "dependsOn", ids);
      return this;
    }

    /**
     * Adds commitments this one depends on.
     *
     * @param ids commitment ids
     * @return this builder
     */
    public Builder dependsOn(String... ids) {
      for (String s : Checks.elements(ids, where.get() + "dependsOn")) {
        dependsOn.add(CommitmentId.of(Checks.id(s, where, "dependsOn")));
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
      Checks.addAll(growableMilestones(), where, "milestones", values);
      return this;
    }

    private List<Milestone> growableMilestones() {
      if (!ownMilestones) {
        milestones = new ArrayList<>(milestones);
        ownMilestones = true;
      }
      return milestones;
    }

    /**
     * Adds milestones.
     *
     * @param values the milestones, in order
     * @return this builder
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder milestones(List<Milestone> values) {
      if (milestones.isEmpty() && !ownMilestones) {
        // an immutable list is kept as it is, so that many commitments can share one
        milestones = Checks.noNulls(values, where, "milestones");
      } else {
        Checks.addAll(growableMilestones(), values, where, "milestones");
      }
      return this;
    }

    /**
     * Sets the reported status.
     *
     * @param value the status
     * @return this builder
     * @throws IllegalStateException if the status is already set
     */
    public Builder status(CommitmentStatus value) {
      this.status = once(STATUS, "status", Optional.of(Checks.notNull(value, where, "status")));
      return this;
    }

    /**
     * Sets the reported status, or states that none was reported; the optional is kept as
     * given.
     *
     * @param value the status, or empty
     * @return this builder
     * @throws IllegalStateException if the status is already set
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder status(Optional<CommitmentStatus> value) {
      Checks.optional(value, where, "status");
      this.status = once(STATUS, "status", value);
      return this;
    }

    /**
     * Sets the priority.
     *
     * @param value the priority
     * @return this builder
     * @throws IllegalStateException if the priority is already set
     */
    public Builder priority(Priority value) {
      this.priority = once(PRIORITY, "priority",
          Optional.of(Checks.notNull(value, where, "priority")));
      return this;
    }

    /**
     * Sets the priority, or states that none was given; the optional is kept as given.
     *
     * @param value the priority, or empty
     * @return this builder
     * @throws IllegalStateException if the priority is already set
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder priority(Optional<Priority> value) {
      Checks.optional(value, where, "priority");
      this.priority = once(PRIORITY, "priority", value);
      return this;
    }

    /**
     * Sets the collaboration mode.
     *
     * @param value the mode
     * @return this builder
     * @throws IllegalStateException if the collaboration mode is already set
     */
    public Builder collaborationMode(CollaborationMode value) {
      this.collaborationMode = once(COLLABORATION_MODE, "collaborationMode",
          Optional.of(Checks.notNull(value, where, "collaborationMode")));
      return this;
    }

    /**
     * Sets the collaboration mode, or states that there is none: the optional is kept as given, so that many
     * commitments built in bulk can share one instance.
     *
     * @param value the value, or empty
     * @return this builder
     * @throws IllegalStateException if collaborationMode is already set
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder collaborationMode(Optional<CollaborationMode> value) {
      Checks.optional(value, where, "collaborationMode");
      this.collaborationMode = once(COLLABORATION_MODE, "collaborationMode", value);
      return this;
    }

    /**
     * Sets the phase of the collaborating group.
     *
     * @param value the phase
     * @return this builder
     * @throws IllegalStateException if the phase is already set
     */
    public Builder phase(Phase value) {
      this.phase = once(PHASE, "phase", Optional.of(Checks.notNull(value, where, "phase")));
      return this;
    }

    /**
     * Sets the phase of the collaborating group, or states that there is none: the optional is kept as given, so that many
     * commitments built in bulk can share one instance.
     *
     * @param value the value, or empty
     * @return this builder
     * @throws IllegalStateException if phase is already set
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder phase(Optional<Phase> value) {
      Checks.optional(value, where, "phase");
      this.phase = once(PHASE, "phase", value);
      return this;
    }

    /**
     * Names the agreed shared-responsibility protocol.
     *
     * @param protocolId a protocol id, such as {@code "equal-shares"}
     * @return this builder
     * @throws IllegalStateException if the responsibility protocol is already set
     */
    public Builder responsibilityProtocol(String protocolId) {
      this.responsibilityProtocol = once(RESPONSIBILITY_PROTOCOL, "responsibilityProtocol",
          Optional.of(Checks.id(protocolId, where, "responsibilityProtocol")));
      return this;
    }

    /**
     * Sets the shared-responsibility protocol, or states that there is none: the optional is kept as given, so that many
     * commitments built in bulk can share one instance.
     *
     * @param value the value, or empty
     * @return this builder
     * @throws IllegalStateException if responsibilityProtocol is already set
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder responsibilityProtocol(Optional<String> value) {
      Checks.optional(value, where, "responsibilityProtocol");
      value.ifPresent(v -> Checks.id(v, where, "responsibilityProtocol"));
      this.responsibilityProtocol = once(RESPONSIBILITY_PROTOCOL, "responsibilityProtocol", value);
      return this;
    }

    /**
     * Names the agreed conflict-resolution protocol.
     *
     * @param protocolId a protocol id, such as {@code "negotiate-then-escalate"}
     * @return this builder
     * @throws IllegalStateException if the conflict protocol is already set
     */
    public Builder conflictProtocol(String protocolId) {
      this.conflictProtocol = once(CONFLICT_PROTOCOL, "conflictProtocol",
          Optional.of(Checks.id(protocolId, where, "conflictProtocol")));
      return this;
    }

    /**
     * Sets the conflict-resolution protocol, or states that there is none: the optional is kept as given, so that many
     * commitments built in bulk can share one instance.
     *
     * @param value the value, or empty
     * @return this builder
     * @throws IllegalStateException if conflictProtocol is already set
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder conflictProtocol(Optional<String> value) {
      Checks.optional(value, where, "conflictProtocol");
      value.ifPresent(v -> Checks.id(v, where, "conflictProtocol"));
      this.conflictProtocol = once(CONFLICT_PROTOCOL, "conflictProtocol", value);
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
