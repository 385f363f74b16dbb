package org.sharedoutcomes.core.protocol;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.protocol.conflict.Arbitration;
import org.sharedoutcomes.core.protocol.conflict.ConflictResolutionProtocol;
import org.sharedoutcomes.core.protocol.conflict.Consensus;
import org.sharedoutcomes.core.protocol.conflict.Consent;
import org.sharedoutcomes.core.protocol.conflict.LeadDecides;
import org.sharedoutcomes.core.protocol.conflict.MajorityVote;
import org.sharedoutcomes.core.protocol.conflict.NegotiateThenEscalate;
import org.sharedoutcomes.core.protocol.responsibility.DeclaredShares;
import org.sharedoutcomes.core.protocol.responsibility.EqualShares;
import org.sharedoutcomes.core.protocol.responsibility.ResponsibilityProtocol;
import org.sharedoutcomes.core.protocol.responsibility.ShapleyShares;
import org.sharedoutcomes.core.protocol.responsibility.SingleAccountable;

/**
 * Protocols by id: where commitments' and conflicts' protocol ids are looked up. A registry is
 * immutable; {@link #with(ResponsibilityProtocol)} and
 * {@link #with(ConflictResolutionProtocol)} return a registry with one more protocol, so that
 * integrators can register configured protocols programmatically:
 *
 * <pre>{@code
 * ProtocolRegistry registry = ProtocolRegistry.loaded()      // built-ins + ServiceLoader
 *     .with(new DeclaredShares("budget") { ... })             // or any ResponsibilityProtocol
 *     .replacing(new MajorityVote(Duration.ofDays(7), Fraction.of(2, 3),
 *         TieRule.ARBITER, Duration.ofDays(3)));
 * ConflictResolutionProtocol p = registry.requireConflict("majority-vote");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProtocolRegistry {
  private final Map<String, ResponsibilityProtocol> responsibility;
  private final Map<String, ConflictResolutionProtocol> conflict;

  private ProtocolRegistry(Map<String, ResponsibilityProtocol> responsibility,
      Map<String, ConflictResolutionProtocol> conflict) {
    this.responsibility = Collections.unmodifiableMap(responsibility);
    this.conflict = Collections.unmodifiableMap(conflict);
  }

  /**
   * A registry with no protocols.
   *
   * @return the empty registry
   */
  public static ProtocolRegistry empty() {
    return new ProtocolRegistry(new TreeMap<>(), new TreeMap<>());
  }

  /**
   * A registry with the built-in protocols in their default configuration (no
   * {@link ServiceLoader} look-up).
   *
   * @return the built-ins
   */
  public static ProtocolRegistry builtIns() {
    return empty()
        .with(new SingleAccountable()).with(new EqualShares()).with(new DeclaredShares())
        .with(new ShapleyShares())
        .with(new NegotiateThenEscalate()).with(new MajorityVote()).with(new Consensus())
        .with(new Consent()).with(new LeadDecides()).with(new Arbitration());
  }

  /**
   * A registry with every protocol {@link ServiceLoader} provides through the thread's context
   * class loader (the built-ins and any plug-ins on the class path or module path).
   *
   * @return the loaded protocols
   * @throws IllegalStateException if two different providers claim the same id
   */
  public static ProtocolRegistry loaded() {
    return loaded(ServiceLoader.load(ResponsibilityProtocol.class),
        ServiceLoader.load(ConflictResolutionProtocol.class));
  }

  /**
   * A registry with every protocol {@link ServiceLoader} provides through a class loader.
   *
   * @param loader the class loader
   * @return the loaded protocols
   * @throws IllegalStateException if two different providers claim the same id
   */
  public static ProtocolRegistry loaded(ClassLoader loader) {
    return loaded(ServiceLoader.load(ResponsibilityProtocol.class, loader),
        ServiceLoader.load(ConflictResolutionProtocol.class, loader));
  }

  private static ProtocolRegistry loaded(Iterable<ResponsibilityProtocol> r,
      Iterable<ConflictResolutionProtocol> c) {
    Map<String, ResponsibilityProtocol> rs = new TreeMap<>();
    for (ResponsibilityProtocol p : r) {
      ResponsibilityProtocol old = rs.putIfAbsent(id(p.id(), p), p);
      if (old != null && old.getClass() != p.getClass()) {
        throw new IllegalStateException("two responsibility protocols claim id '" + p.id()
            + "': " + old.getClass().getName() + " and " + p.getClass().getName());
      }
    }
    Map<String, ConflictResolutionProtocol> cs = new TreeMap<>();
    for (ConflictResolutionProtocol p : c) {
      ConflictResolutionProtocol old = cs.putIfAbsent(id(p.id(), p), p);
      if (old != null && old.getClass() != p.getClass()) {
        throw new IllegalStateException("two conflict-resolution protocols claim id '" + p.id()
            + "': " + old.getClass().getName() + " and " + p.getClass().getName());
      }
    }
    return new ProtocolRegistry(rs, cs);
  }

  private static String id(String id, Object protocol) {
    if (id == null) {
      throw new NullPointerException(
          "protocol " + protocol.getClass().getName() + " returned a null id");
    }
    return Checks.id(id, "id of protocol " + protocol.getClass().getName());
  }

  /**
   * This registry with one more responsibility protocol.
   *
   * @param protocol the protocol
   * @return a new registry
   * @throws IllegalArgumentException if a protocol with the same id is registered
   */
  public ProtocolRegistry with(ResponsibilityProtocol protocol) {
    Checks.notNull(protocol, "protocol");
    String id = id(protocol.id(), protocol);
    if (responsibility.containsKey(id)) {
      throw new IllegalArgumentException("a responsibility protocol with id '" + id
          + "' is already registered; use replacing(...) to replace it");
    }
    return replacing(protocol);
  }

  /**
   * This registry with one more conflict-resolution protocol.
   *
   * @param protocol the protocol
   * @return a new registry
   * @throws IllegalArgumentException if a protocol with the same id is registered
   */
  public ProtocolRegistry with(ConflictResolutionProtocol protocol) {
    Checks.notNull(protocol, "protocol");
    String id = id(protocol.id(), protocol);
    if (conflict.containsKey(id)) {
      throw new IllegalArgumentException("a conflict-resolution protocol with id '" + id
          + "' is already registered; use replacing(...) to replace it");
    }
    return replacing(protocol);
  }

  /**
   * This registry with a responsibility protocol added or replacing the one with its id.
   *
   * @param protocol the protocol
   * @return a new registry
   */
  public ProtocolRegistry replacing(ResponsibilityProtocol protocol) {
    Checks.notNull(protocol, "protocol");
    Map<String, ResponsibilityProtocol> r = new TreeMap<>(responsibility);
    r.put(id(protocol.id(), protocol), protocol);
    return new ProtocolRegistry(r, new TreeMap<>(conflict));
  }

  /**
   * This registry with a conflict-resolution protocol added or replacing the one with its id.
   *
   * @param protocol the protocol
   * @return a new registry
   */
  public ProtocolRegistry replacing(ConflictResolutionProtocol protocol) {
    Checks.notNull(protocol, "protocol");
    Map<String, ConflictResolutionProtocol> c = new TreeMap<>(conflict);
    c.put(id(protocol.id(), protocol), protocol);
    return new ProtocolRegistry(new TreeMap<>(responsibility), c);
  }

  /**
   * A responsibility protocol by id.
   *
   * @param id the id
   * @return the protocol, if registered
   */
  public Optional<ResponsibilityProtocol> responsibility(String id) {
    return Optional.ofNullable(responsibility.get(id));
  }

  /**
   * A conflict-resolution protocol by id.
   *
   * @param id the id
   * @return the protocol, if registered
   */
  public Optional<ConflictResolutionProtocol> conflict(String id) {
    return Optional.ofNullable(conflict.get(id));
  }

  /**
   * A responsibility protocol that must be registered.
   *
   * @param id the id
   * @return the protocol
   * @throws IllegalArgumentException naming the known ids if none has this id
   */
  public ResponsibilityProtocol requireResponsibility(String id) {
    return responsibility(id).orElseThrow(() -> new IllegalArgumentException(
        "no responsibility protocol '" + id + "' is registered; known: "
            + responsibility.keySet()));
  }

  /**
   * A conflict-resolution protocol that must be registered.
   *
   * @param id the id
   * @return the protocol
   * @throws IllegalArgumentException naming the known ids if none has this id
   */
  public ConflictResolutionProtocol requireConflict(String id) {
    return conflict(id).orElseThrow(() -> new IllegalArgumentException(
        "no conflict-resolution protocol '" + id + "' is registered; known: "
            + conflict.keySet()));
  }

  /**
   * The responsibility protocol a commitment names.
   *
   * @param commitment the commitment
   * @return its protocol, empty if it names none
   * @throws IllegalArgumentException if it names one that is not registered
   */
  public Optional<ResponsibilityProtocol> responsibilityFor(Commitment commitment) {
    return commitment.responsibilityProtocol().map(this::requireResponsibility);
  }

  /**
   * The conflict-resolution protocol for a conflict: the one it names, else the one its
   * commitment names.
   *
   * @param conflict the conflict
   * @param commitment the commitment it concerns, if any
   * @return the protocol, empty if neither names one
   * @throws IllegalArgumentException if the named one is not registered
   */
  public Optional<ConflictResolutionProtocol> conflictFor(Conflict conflict,
      Optional<Commitment> commitment) {
    Optional<String> id = conflict.protocol()
        .or(() -> commitment.flatMap(Commitment::conflictProtocol));
    return id.map(this::requireConflict);
  }

  /**
   * The ids of the registered responsibility protocols.
   *
   * @return the ids, sorted
   */
  public Set<String> responsibilityIds() {
    return responsibility.keySet();
  }

  /**
   * The ids of the registered conflict-resolution protocols.
   *
   * @return the ids, sorted
   */
  public Set<String> conflictIds() {
    return conflict.keySet();
  }

  @Override
  public String toString() {
    return "ProtocolRegistry[responsibility=" + responsibility.keySet() + ", conflict="
        + conflict.keySet() + "]";
  }
}
