package org.sharedoutcomes.core.protocol.responsibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.protocol.Fraction;

/**
 * What a {@link ResponsibilityProtocol} allocates: a commitment, its parties, its accountable
 * party, and what the protocols may use to weigh them.
 *
 * <p><b>Weights</b> for {@code declared-shares} come either from the caller
 * ({@link #withWeights(Map)}) or, when the caller gives none, from the {@value #SHARE}
 * attribute of the role assignments on the commitment (a decimal such as {@code "0.4"} or
 * {@code "250000"}, or a fraction such as {@code "1/3"}; a party holding several roles gets the
 * sum). <b>Contribution estimates</b> for {@code shapley} come from the
 * {@value #CONTRIBUTION} attribute the same way, unless the caller gives a coalition game
 * ({@link #withGame(CoalitionGame)}) whose players are numbered in the order of
 * {@link #parties()}. The {@code shapley} protocol builds its <b>games from the model</b>
 * ({@link ModelGames}) from the request's roles, {@linkplain #contributions() contributions}
 * and the commitment's {@linkplain #attributes() attributes}.
 *
 * <pre>{@code
 * AllocationRequest r = AllocationRequest.from(model, CommitmentId.of("ccb"))
 *     .withWeights(Map.of(AgencyId.of("esdc"), Fraction.of(3), AgencyId.of("cra"), Fraction.of(1)));
 * Allocation a = new DeclaredShares().allocate(r); // esdc 3/4, cra 1/4
 * }</pre>
 *
 * <p>Immutable and thread-safe (a caller-given game must be thread-safe too).
 *
 * @param commitment the commitment
 * @param parties the parties sharing responsibility, at least one, distinct, in the order
 *     given (canonical id order when derived from a model)
 * @param accountable the accountable party, one of {@code parties}
 * @param roles the role assignments on the commitment, for their attributes; possibly empty
 * @param weights declared weights given by the caller, non-negative, only for listed parties;
 *     possibly empty
 * @param game a coalition game over the parties, if the caller gives one
 * @param contributions the contributions to the commitment, for the games built from them;
 *     possibly empty
 * @param attributes the commitment's attributes, which may choose a game
 *     ({@value ModelGames#GAME_ATTRIBUTE}) and set its parameters; possibly empty
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AllocationRequest(
    CommitmentId commitment,
    List<PartyId> parties,
    PartyId accountable,
    List<RoleAssignment> roles,
    Map<PartyId, Fraction> weights,
    Optional<CoalitionGame> game,
    List<Contribution> contributions,
    Map<String, String> attributes) {

  /** The role-assignment attribute holding a declared share weight: {@value}. */
  public static final String SHARE = "share";
  /** The role-assignment attribute holding a contribution estimate: {@value}. */
  public static final String CONTRIBUTION = "contribution";

  /**
   * Checks and copies the fields.
   *
   * <p><b>Not part of the stable API:</b> this canonical constructor gains a parameter whenever
   * the request gains a field. Create requests with {@link #of} or {@link #from}, and derive
   * them with the {@code with...} methods.
   *
   * @throws NullPointerException if a field or element is null
   * @throws IllegalArgumentException if there are no parties, a party is repeated, the
   *     accountable party is not a party, a weight is negative or names a non-party, or the game
   *     has a different number of players
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public AllocationRequest {
    Checks.notNull(commitment, "allocation request commitment");
    String where = "allocation request for commitment '" + commitment + "' ";
    parties = Checks.list(parties, where + "parties");
    if (parties.isEmpty()) {
      throw new IllegalArgumentException(where + "must name at least one party");
    }
    if (new LinkedHashSet<>(parties).size() != parties.size()) {
      throw new IllegalArgumentException(where + "names a party twice: " + parties);
    }
    Checks.notNull(accountable, where + "accountable");
    if (!parties.contains(accountable)) {
      throw new IllegalArgumentException(where + "accountable party '" + accountable
          + "' is not among its parties " + parties);
    }
    roles = Checks.list(roles, where + "roles");
    Checks.notNull(weights, where + "weights");
    Map<PartyId, Fraction> w = new LinkedHashMap<>();
    for (PartyId p : parties) {
      Fraction f = weights.get(p);
      if (f != null) {
        if (f.signum() < 0) {
          throw new IllegalArgumentException(
              where + "weight of '" + p + "' is " + f + "; weights must not be negative");
        }
        w.put(p, f);
      }
    }
    for (Map.Entry<PartyId, Fraction> e : weights.entrySet()) {
      Checks.notNull(e.getKey(), where + "weights key");
      Checks.notNull(e.getValue(), where + "weights['" + e.getKey() + "']");
      if (!parties.contains(e.getKey())) {
        throw new IllegalArgumentException(where + "has a weight for '" + e.getKey()
            + "', which is not among its parties " + parties);
      }
    }
    weights = java.util.Collections.unmodifiableMap(w);
    Checks.optional(game, where + "game");
    if (game.isPresent() && game.get().players() != parties.size()) {
      throw new IllegalArgumentException(where + "has a game of " + game.get().players()
          + " players for " + parties.size() + " parties");
    }
    contributions = Checks.list(contributions, where + "contributions");
    for (Contribution c : contributions) {
      if (!c.target().equals(commitment)) {
        throw new IllegalArgumentException(where + "has a contribution of '" + c.party()
            + "' to '" + c.target() + "', another target");
      }
    }
    attributes = Checks.attributes(attributes, where + "attributes");
  }

  /**
   * A request with the given parties and nothing else.
   *
   * @param commitment the commitment
   * @param accountable the accountable party, added to the parties if missing
   * @param parties the parties
   * @return the request
   */
  public static AllocationRequest of(
      CommitmentId commitment, PartyId accountable, List<? extends PartyId> parties) {
    List<PartyId> all = new ArrayList<>(parties);
    if (!all.contains(accountable)) {
      all.add(0, accountable);
    }
    return new AllocationRequest(commitment, all, accountable, List.of(), Map.of(),
        Optional.empty(), List.of(), Map.of());
  }

  /**
   * The request for a commitment of a model. Its parties are the holders of
   * {@link Role#ACCOUNTABLE} and of every {@linkplain Role#isContributing() contributing role}
   * on the commitment, in canonical id order; its accountable party is the single ACCOUNTABLE
   * holder or, if there is none, the single LEAD; its roles are all role assignments on the
   * commitment; its contributions are those made to the commitment
   * ({@link OutcomeModel#contributionsTo}); its attributes are the commitment's.
   *
   * @param model the model
   * @param commitment the commitment
   * @return the request
   * @throws IllegalArgumentException if the model has no such commitment, or it has several
   *     ACCOUNTABLE parties, or neither an ACCOUNTABLE party nor a single LEAD
   */
  public static AllocationRequest from(OutcomeModel model, CommitmentId commitment) {
    Checks.notNull(model, "model");
    Checks.notNull(commitment, "commitment");
    Commitment c = model.commitment(commitment).orElseThrow(() -> new IllegalArgumentException(
        "the model has no commitment '" + commitment + "'"));
    List<RoleAssignment> roles = model.rolesOn(c.id());
    Set<PartyId> accountable = model.partiesWith(Role.ACCOUNTABLE, c.id());
    PartyId acc;
    if (accountable.size() == 1) {
      acc = accountable.iterator().next();
    } else if (accountable.size() > 1) {
      throw new IllegalArgumentException("commitment '" + commitment + "' has "
          + accountable.size() + " accountable parties " + accountable
          + "; exactly one is required to allocate responsibility");
    } else {
      Set<PartyId> leads = model.partiesWith(Role.LEAD, c.id());
      if (leads.size() != 1) {
        throw new IllegalArgumentException("commitment '" + commitment
            + "' has no ACCOUNTABLE party and " + leads.size()
            + " LEAD parties; one of them is required to allocate responsibility");
      }
      acc = leads.iterator().next();
    }
    TreeSet<PartyId> parties = new TreeSet<>(EntityId.ORDER);
    parties.add(acc);
    for (RoleAssignment r : roles) {
      if (r.role().equals(Role.ACCOUNTABLE) || r.role().isContributing()) {
        parties.add(r.party());
      }
    }
    return new AllocationRequest(commitment, List.copyOf(parties), acc, roles, Map.of(),
        Optional.empty(), model.contributionsTo(c.id()), c.attributes());
  }

  /**
   * This request with caller-given weights (replacing any).
   *
   * @param value non-negative weights by party
   * @return a new request
   */
  public AllocationRequest withWeights(Map<? extends PartyId, Fraction> value) {
    return new AllocationRequest(commitment, parties, accountable, roles, Map.copyOf(value),
        game, contributions, attributes);
  }

  /**
   * This request with a coalition game over its parties (player {@code i} is
   * {@code parties().get(i)}).
   *
   * @param value the game
   * @return a new request
   */
  public AllocationRequest withGame(CoalitionGame value) {
    return new AllocationRequest(commitment, parties, accountable, roles, weights,
        Optional.of(value), contributions, attributes);
  }

  /**
   * This request with role assignments whose attributes declare weights or contributions.
   *
   * @param value the role assignments on the commitment
   * @return a new request
   */
  public AllocationRequest withRoles(List<RoleAssignment> value) {
    return new AllocationRequest(commitment, parties, accountable, value, weights, game,
        contributions, attributes);
  }

  /**
   * This request with the contributions to its commitment (replacing any).
   *
   * @param value contributions whose target is the request's commitment
   * @return a new request
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public AllocationRequest withContributions(List<Contribution> value) {
    return new AllocationRequest(commitment, parties, accountable, roles, weights, game, value,
        attributes);
  }

  /**
   * This request with the commitment's attributes (replacing any), such as
   * {@value ModelGames#GAME_ATTRIBUTE}.
   *
   * @param value the attributes
   * @return a new request
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public AllocationRequest withAttributes(Map<String, String> value) {
    return new AllocationRequest(commitment, parties, accountable, roles, weights, game,
        contributions, value);
  }

  /**
   * The sum of a numeric attribute over the role assignments a party holds on the commitment.
   *
   * @param party the party
   * @param attribute the attribute key, such as {@value #SHARE}
   * @return the sum, or empty if none of the party's assignments has the attribute
   * @throws IllegalArgumentException if a value is not a non-negative number; the message names
   *     the party, the role and the value
   */
  public Optional<Fraction> attributeSum(PartyId party, String attribute) {
    Fraction sum = null;
    for (RoleAssignment r : roles) {
      if (!r.party().equals(party)) {
        continue;
      }
      String text = r.attributes().get(attribute);
      if (text == null) {
        continue;
      }
      Fraction f;
      try {
        f = Fraction.parse(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("commitment '" + commitment + "': attribute '"
            + attribute + "' of role " + r.role() + " held by '" + party + "' is '" + text
            + "', not a number", e);
      }
      if (f.signum() < 0) {
        throw new IllegalArgumentException("commitment '" + commitment + "': attribute '"
            + attribute + "' of role " + r.role() + " held by '" + party + "' is " + text
            + "; it must not be negative");
      }
      sum = sum == null ? f : sum.plus(f);
    }
    return Optional.ofNullable(sum);
  }
}
