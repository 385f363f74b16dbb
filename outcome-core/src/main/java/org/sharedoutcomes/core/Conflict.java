package org.sharedoutcomes.core;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

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
   * @throws NullPointerException if any field or element is null
   * @throws IllegalArgumentException if there are fewer than two parties or the protocol id is
   *     invalid
   */
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
   * This conflict, to be resolved by the named protocol.
   *
   * @param protocolId the protocol's id
   * @return a new conflict
   */
  public Conflict withProtocol(String protocolId) {
    return new Conflict(id, subject, parties, raisedBy, raisedAt, description,
        Optional.of(Checks.id(protocolId, "conflict '" + id + "' protocol")), attributes);
  }
}
