package org.sharedoutcomes.core;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.internal.SetOnce;

/**
 * A dispute between parties over a commitment, an indicator, a resource, data sharing,
 * attribution or a role. The conflict names the protocol that is to resolve it; the course of
 * its resolution (positions, stances, decision, audit trail) is kept by the protocol package's
 * conflict process. Immutable and thread-safe.
 *
 * @param id the conflict's id
 * @param subject what it is about
 * @param parties the parties in dispute, at least two, sorted by id
 * @param raisedBy who raised it
 * @param raisedAt when it was raised
 * @param description what it is about, in words, possibly empty
 * @param protocol the id of the conflict-resolution protocol that resolves it, if named here
 *     (otherwise the commitment's protocol applies)
 * @param attributes free string attributes for integrators, sorted by key
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Conflict(
    ConflictId id,
    ConflictSubject subject,
    Set<PartyId> parties,
    PartyId raisedBy,
    Instant raisedAt,
    String description,
    Optional<String> protocol,
    Map<String, String> attributes) {

  /**
   * Checks and copies the fields.
   *
   * <p><b>Not part of the stable API:</b> this canonical constructor gains a parameter whenever
   * the conflict gains a field. Create conflicts with
   * {@link #of(String, ConflictSubject, Set, PartyId, Instant, String)} or
   * {@link #builder(String, ConflictSubject, PartyId, Instant)}, or derive them with
   * {@link #toBuilder()}.
   *
   * @throws NullPointerException if any field or element is null
   * @throws IllegalArgumentException if there are fewer than two parties or the protocol id is
   *     invalid
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public Conflict {
    Checks.notNull(id, "conflict id");
    String where = "conflict '" + id + "' ";
    Checks.notNull(subject, where + "subject");
    parties = Checks.sortedSet(parties, EntityId.ORDER, where + "parties");
    if (parties.size() < 2) {
      throw new IllegalArgumentException(
          where + "parties must name at least two parties, has " + parties.size());
    }
    Checks.notNull(raisedBy, where + "raisedBy");
    Checks.notNull(raisedAt, where + "raisedAt");
    Checks.notNull(description, where + "description");
    Checks.optional(protocol, where + "protocol");
    protocol.ifPresent(p -> Checks.id(p, where + "protocol"));
    attributes = Checks.attributes(attributes, where + "attributes");
  }

  /**
   * A conflict with no protocol or attributes.
   *
   * @param id the id
   * @param subject what it is about
   * @param parties the parties
   * @param raisedBy who raised it
   * @param raisedAt when
   * @param description what it is about
   * @return the conflict
   */
  public static Conflict of(String id, ConflictSubject subject, Set<? extends PartyId> parties,
      PartyId raisedBy, Instant raisedAt, String description) {
    ConflictId cid = ConflictId.of(id);
    return new Conflict(cid, subject,
        Checks.sortedSet(Checks.notNull(parties, "conflict '" + cid + "' parties"),
            EntityId.ORDER, "conflict '" + cid + "' parties"),
        raisedBy, raisedAt, description, Optional.empty(), Map.of());
  }

  /**
   * A builder for a conflict with the given id, subject, raiser and time; parties are added with
   * {@link Builder#parties}, and the description, protocol and attributes are empty until set.
   * The given values count as set: their setters are for builders from {@link #toBuilder()}.
   *
   * @param id the id
   * @param subject what it is about
   * @param raisedBy who raised it
   * @param raisedAt when
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Builder builder(String id, ConflictSubject subject, PartyId raisedBy,
      Instant raisedAt) {
    return new Builder(ConflictId.of(id), subject, raisedBy, raisedAt);
  }

  /**
   * A builder for a conflict; see {@link #builder(String, ConflictSubject, PartyId, Instant)}.
   *
   * @param id the id
   * @param subject what it is about
   * @param raisedBy who raised it
   * @param raisedAt when
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Builder builder(ConflictId id, ConflictSubject subject, PartyId raisedBy,
      Instant raisedAt) {
    return new Builder(id, subject, raisedBy, raisedAt);
  }

  /**
   * A builder holding this conflict's fields, to derive a changed conflict: each single-valued
   * field may be replaced once; parties and attributes start with this conflict's elements and
   * their setters add to them.
   *
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Builder toBuilder() {
    Builder b = new Builder(id, subject, raisedBy, raisedAt);
    b.set = 0;
    b.parties.addAll(parties);
    b.description = description;
    b.protocol = protocol;
    b.attributes.putAll(attributes);
    return b;
  }

  /**
   * This conflict, to be resolved by the named protocol.
   *
   * @param protocolId the protocol's id
   * @return a new conflict
   */
  public Conflict withProtocol(String protocolId) {
    return toBuilder().protocol(protocolId).build();
  }

  /**
   * A builder of {@link Conflict}s. Not thread-safe; each setter checks its argument at once.
   *
   * <p>A single-valued field (subject, raisedBy, raisedAt, description, protocol) is set at most
   * once: a second call of its setter throws {@link IllegalStateException} naming the conflict
   * and the field; the values given to {@code Conflict.builder(...)} count as set. A builder
   * from {@link Conflict#toBuilder()} starts with the conflict's values, each of which may be
   * replaced once. The setters of collections ({@code parties}, {@link #attribute}) add.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private static final long SUBJECT = 1;
    private static final long RAISED_BY = 1 << 1;
    private static final long RAISED_AT = 1 << 2;
    private static final long DESCRIPTION = 1 << 3;
    private static final long PROTOCOL = 1 << 4;

    private final ConflictId id;
    private final Supplier<String> where;
    private long set = SUBJECT | RAISED_BY | RAISED_AT;
    private ConflictSubject subject;
    private final Set<PartyId> parties = new LinkedHashSet<>();
    private PartyId raisedBy;
    private Instant raisedAt;
    private String description = "";
    private Optional<String> protocol = Optional.empty();
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(ConflictId id, ConflictSubject subject, PartyId raisedBy, Instant raisedAt) {
      this.id = Checks.notNull(id, "conflict id");
      this.where = () -> "conflict '" + id + "' ";
      this.subject = Checks.notNull(subject, where, "subject");
      this.raisedBy = Checks.notNull(raisedBy, where, "raisedBy");
      this.raisedAt = Checks.notNull(raisedAt, where, "raisedAt");
    }

    /** Marks a field set, after its value was checked: a setter that throws changes nothing. */
    private <T> T once(long bit, String field, T value) {
      set = SetOnce.mark(set, bit, where, field);
      return value;
    }

    /**
     * Replaces the subject (once, in a builder from {@link Conflict#toBuilder()}).
     *
     * @param value what it is about
     * @return this builder
     * @throws IllegalStateException if the subject is already set
     */
    public Builder subject(ConflictSubject value) {
      this.subject = once(SUBJECT, "subject", Checks.notNull(value, where, "subject"));
      return this;
    }

    /**
     * Adds parties in dispute.
     *
     * @param ids the parties
     * @return this builder
     */
    public Builder parties(PartyId... ids) {
      return parties(Arrays.asList(Checks.notNull(ids, where, "parties")));
    }

    /**
     * Adds parties in dispute.
     *
     * @param ids the parties
     * @return this builder
     */
    public Builder parties(Collection<? extends PartyId> ids) {
      Checks.addAll(parties, ids, where, "parties");
      return this;
    }

    /**
     * Replaces who raised it (once, in a builder from {@link Conflict#toBuilder()}).
     *
     * @param value the party
     * @return this builder
     * @throws IllegalStateException if raisedBy is already set
     */
    public Builder raisedBy(PartyId value) {
      this.raisedBy = once(RAISED_BY, "raisedBy", Checks.notNull(value, where, "raisedBy"));
      return this;
    }

    /**
     * Replaces when it was raised (once, in a builder from {@link Conflict#toBuilder()}).
     *
     * @param value the time
     * @return this builder
     * @throws IllegalStateException if raisedAt is already set
     */
    public Builder raisedAt(Instant value) {
      this.raisedAt = once(RAISED_AT, "raisedAt", Checks.notNull(value, where, "raisedAt"));
      return this;
    }

    /**
     * Sets what the conflict is about, in words.
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
     * Names the conflict-resolution protocol that resolves it.
     *
     * @param protocolId the protocol's id
     * @return this builder
     * @throws IllegalStateException if the protocol is already set
     */
    public Builder protocol(String protocolId) {
      this.protocol = once(PROTOCOL, "protocol",
          Optional.of(Checks.id(protocolId, where, "protocol")));
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
     * Builds the conflict.
     *
     * @return the conflict
     * @throws IllegalArgumentException if there are fewer than two parties
     */
    public Conflict build() {
      return new Conflict(id, subject, parties, raisedBy, raisedAt, description, protocol,
          attributes);
    }
  }
}
