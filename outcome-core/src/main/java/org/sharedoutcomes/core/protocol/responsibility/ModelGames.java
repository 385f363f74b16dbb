package org.sharedoutcomes.core.protocol.responsibility;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.protocol.Fraction;

/**
 * The named coalition games the {@code shapley} protocol builds from model facts, one per
 * commitment, and the rule that chooses among them. Player {@code i} of every game is
 * {@code request.parties().get(i)}.
 *
 * <table>
 *   <caption>Games from the model</caption>
 *   <tr><th>name</th><th>a coalition is worth</th><th>data it needs</th></tr>
 *   <tr><td>{@value #ESSENTIAL_PARTIES}</td><td>1 if it holds every essential role on the
 *       commitment, else 0 (veto players share; holders of one role are substitutes)</td>
 *       <td>the roles (always there)</td></tr>
 *   <tr><td>{@value #ADDITIVE_CONTRIBUTIONS}</td><td>the sum of its members' contributions to
 *       the commitment, in one unit</td><td>{@link Contribution}s, all in one unit or the unit
 *       named by {@value #UNIT_ATTRIBUTE}</td></tr>
 *   <tr><td>{@value #CONTRIBUTION_ESTIMATES}</td><td>the sum of its members'
 *       {@value AllocationRequest#CONTRIBUTION} role attributes</td><td>at least one positive
 *       estimate</td></tr>
 * </table>
 *
 * <p><b>Which game.</b> The commitment attribute {@value #GAME_ATTRIBUTE} names the game; if
 * it names none, the protocol's default applies ({@link ShapleyShares#ShapleyShares(String)});
 * and if the protocol has none either, the <b>stated default</b> ({@link #defaultGame}):
 * {@value #CONTRIBUTION_ESTIMATES} when a role assignment on the commitment declares a
 * {@value AllocationRequest#CONTRIBUTION} estimate, {@value #ESSENTIAL_PARTIES} otherwise.
 * Every commitment with an accountable party therefore has a game.
 *
 * <p><b>Essential roles</b> are {@link #DEFAULT_ESSENTIAL_ROLES} (ACCOUNTABLE, RESPONSIBLE and
 * IMPLEMENTER: who answers for the result and who does the work), or those the commitment
 * attribute {@value #ESSENTIAL_ROLES_ATTRIBUTE} lists (role ids separated by commas, such as
 * {@code "ACCOUNTABLE, FUNDER"}). The ACCOUNTABLE requirement is met by the request's
 * accountable party (the ACCOUNTABLE holder, or the single LEAD when there is none), so every
 * game has a veto player. An essential role nobody holds on the commitment is not required
 * (the explanation says so); one held only by parties outside the allocation is refused.
 *
 * <p><b>Missing data</b> is never answered with an empty or silent result: a game whose data
 * is missing, or contributions in several units with no {@value #UNIT_ATTRIBUTE}, make
 * {@link #build} throw an {@link IllegalArgumentException} whose message names the commitment
 * and what is missing, which {@link CreditReport#unallocated()} keeps as the reason.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class ModelGames {
  /** The commitment attribute naming the game: {@value}. */
  public static final String GAME_ATTRIBUTE = "credit-game";
  /** The commitment attribute listing the essential roles: {@value}. */
  public static final String ESSENTIAL_ROLES_ATTRIBUTE = "essential-roles";
  /** The commitment attribute naming the unit of the additive game: {@value}. */
  public static final String UNIT_ATTRIBUTE = "credit-unit";
  /** The essential-parties game: {@value}. */
  public static final String ESSENTIAL_PARTIES = "essential-parties";
  /** The additive game of contributions: {@value}. */
  public static final String ADDITIVE_CONTRIBUTIONS = "additive-contributions";
  /** The additive game of contribution estimates on role assignments: {@value}. */
  public static final String CONTRIBUTION_ESTIMATES = "contribution-estimates";
  /** The essential roles when the commitment lists none. */
  public static final List<Role> DEFAULT_ESSENTIAL_ROLES =
      List.of(Role.ACCOUNTABLE, Role.RESPONSIBLE, Role.IMPLEMENTER);

  private static final List<String> NAMES =
      List.of(ESSENTIAL_PARTIES, ADDITIVE_CONTRIBUTIONS, CONTRIBUTION_ESTIMATES);

  private ModelGames() {}

  /**
   * A game built from model facts, with its name and what it was built from.
   *
   * @param name the game's name, one of {@link #names()}
   * @param game the game over the request's parties
   * @param explanation what the game is and which data it used, in words
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Game(String name, CoalitionGame game, String explanation) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the name or explanation is blank
     */
    public Game {
      Checks.text(name, "game name");
      Checks.notNull(game, "game");
      Checks.text(explanation, "game explanation");
    }
  }

  /**
   * The names of the games.
   *
   * @return {@value #ESSENTIAL_PARTIES}, {@value #ADDITIVE_CONTRIBUTIONS} and
   *     {@value #CONTRIBUTION_ESTIMATES}
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * The stated default game of a request: {@value #CONTRIBUTION_ESTIMATES} if a role
   * assignment in it declares a {@value AllocationRequest#CONTRIBUTION} attribute, else
   * {@value #ESSENTIAL_PARTIES}.
   *
   * @param request the request
   * @return the name of its default game
   */
  public static String defaultGame(AllocationRequest request) {
    Checks.notNull(request, "request");
    for (RoleAssignment r : request.roles()) {
      if (r.attributes().containsKey(AllocationRequest.CONTRIBUTION)) {
        return CONTRIBUTION_ESTIMATES;
      }
    }
    return ESSENTIAL_PARTIES;
  }

  /**
   * The game for a request: the one its commitment names ({@value #GAME_ATTRIBUTE}), else
   * {@code fallback}, else the {@linkplain #defaultGame stated default}.
   *
   * @param request the request
   * @param fallback the game for commitments that name none, if any
   * @return the game
   * @throws IllegalArgumentException if the named game is unknown or its data is missing; the
   *     message names the commitment and what is missing
   */
  public static Game select(AllocationRequest request, Optional<String> fallback) {
    Checks.notNull(request, "request");
    Checks.optional(fallback, "fallback game");
    String named = request.attributes().get(GAME_ATTRIBUTE);
    String name = named != null ? named.strip() : fallback.orElseGet(() -> defaultGame(request));
    return build(name, request);
  }

  /**
   * Builds a named game for a request.
   *
   * @param name the game's name, one of {@link #names()}
   * @param request the request
   * @return the game
   * @throws IllegalArgumentException if the name is unknown or the game's data is missing;
   *     the message names the commitment and what is missing
   */
  public static Game build(String name, AllocationRequest request) {
    Checks.notNull(name, "game name");
    Checks.notNull(request, "request");
    return switch (name) {
      case ESSENTIAL_PARTIES -> essentialParties(request);
      case ADDITIVE_CONTRIBUTIONS -> additiveContributions(request);
      case CONTRIBUTION_ESTIMATES -> contributionEstimates(request);
      default -> throw new IllegalArgumentException("commitment '" + request.commitment()
          + "' names the credit game '" + Checks.abbreviate(name) + "' ("
          + GAME_ATTRIBUTE + "), which is not one of " + NAMES);
    };
  }

  /**
   * The essential roles of a request: those its commitment lists in
   * {@value #ESSENTIAL_ROLES_ATTRIBUTE}, else {@link #DEFAULT_ESSENTIAL_ROLES}.
   *
   * @param request the request
   * @return the roles, in the order given, without repeats
   * @throws IllegalArgumentException if the attribute lists no role or a role id is invalid
   */
  public static List<Role> essentialRoles(AllocationRequest request) {
    String listed = request.attributes().get(ESSENTIAL_ROLES_ATTRIBUTE);
    if (listed == null) {
      return DEFAULT_ESSENTIAL_ROLES;
    }
    Set<Role> roles = new LinkedHashSet<>();
    for (String id : listed.split(",")) {
      if (id.isBlank()) {
        continue;
      }
      try {
        roles.add(Role.of(id.strip()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("commitment '" + request.commitment() + "' attribute "
            + ESSENTIAL_ROLES_ATTRIBUTE + ": " + e.getMessage(), e);
      }
    }
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("commitment '" + request.commitment() + "' attribute "
          + ESSENTIAL_ROLES_ATTRIBUTE + " is '" + Checks.abbreviate(listed)
          + "'; list at least one role id, such as ACCOUNTABLE, IMPLEMENTER");
    }
    return List.copyOf(roles);
  }

  private static Game essentialParties(AllocationRequest request) {
    List<PartyId> parties = request.parties();
    List<BitSet> requirements = new ArrayList<>();
    List<String> met = new ArrayList<>();
    List<String> unheld = new ArrayList<>();
    for (Role role : essentialRoles(request)) {
      Set<PartyId> holders = new TreeSet<>(org.sharedoutcomes.core.EntityId.ORDER);
      Set<PartyId> outside = new TreeSet<>(org.sharedoutcomes.core.EntityId.ORDER);
      if (role.equals(Role.ACCOUNTABLE)) {
        holders.add(request.accountable());
      }
      for (RoleAssignment r : request.roles()) {
        if (r.role().equals(role)) {
          (parties.contains(r.party()) ? holders : outside).add(r.party());
        }
      }
      if (holders.isEmpty() && !outside.isEmpty()) {
        throw new IllegalArgumentException("commitment '" + request.commitment()
            + "': the essential role " + role + " is held only by " + outside
            + ", who are not parties of the allocation " + parties
            + "; list contributing roles in " + ESSENTIAL_ROLES_ATTRIBUTE);
      }
      if (holders.isEmpty()) {
        unheld.add(role.id());
        continue;
      }
      BitSet b = new BitSet(parties.size());
      for (PartyId p : holders) {
        b.set(parties.indexOf(p));
      }
      requirements.add(b);
      met.add(role + " (" + holders.stream().map(PartyId::value)
          .collect(Collectors.joining(" or ")) + ")");
    }
    if (requirements.isEmpty()) {
      // only when ACCOUNTABLE is not essential and no essential role is held
      throw new IllegalArgumentException("commitment '" + request.commitment()
          + "': none of its essential roles " + essentialRoles(request)
          + " is held by a party, so no coalition can deliver it");
    }
    List<PartyId> veto = new ArrayList<>();
    for (int i = 0; i < parties.size(); i++) {
      for (BitSet b : requirements) {
        if (b.cardinality() == 1 && b.get(i)) {
          veto.add(parties.get(i));
          break;
        }
      }
    }
    String explanation = ESSENTIAL_PARTIES + " game: a coalition delivers (worth 1) only if it"
        + " holds " + String.join(" and ", met) + "; veto parties " + veto
        + (unheld.isEmpty() ? "" : "; essential roles held by nobody, not required: " + unheld);
    return new Game(ESSENTIAL_PARTIES, CoalitionGame.requiring(parties.size(), requirements),
        explanation);
  }

  private static Game additiveContributions(AllocationRequest request) {
    List<Contribution> all = request.contributions();
    if (all.isEmpty()) {
      throw new IllegalArgumentException("commitment '" + request.commitment()
          + "' uses the " + ADDITIVE_CONTRIBUTIONS + " game, but no contributions to it are"
          + " recorded");
    }
    Set<String> units = new TreeSet<>();
    for (Contribution c : all) {
      units.add(c.unit());
    }
    String unit;
    String named = request.attributes().get(UNIT_ATTRIBUTE);
    if (named != null) {
      unit = named.strip();
      if (!units.contains(unit)) {
        throw new IllegalArgumentException("commitment '" + request.commitment() + "' names the"
            + " unit '" + Checks.abbreviate(unit) + "' (" + UNIT_ATTRIBUTE + "), but its"
            + " contributions are in " + units);
      }
    } else if (units.size() > 1) {
      throw new IllegalArgumentException("commitment '" + request.commitment() + "' has"
          + " contributions in " + units.size() + " units " + units + ": amounts are never"
          + " added across units or currencies, so it has no " + ADDITIVE_CONTRIBUTIONS
          + " game; name one unit with the commitment attribute " + UNIT_ATTRIBUTE);
    } else {
      unit = units.iterator().next();
    }
    List<PartyId> parties = request.parties();
    Map<PartyId, Fraction> sums = new LinkedHashMap<>();
    Set<PartyId> outside = new TreeSet<>(org.sharedoutcomes.core.EntityId.ORDER);
    for (Contribution c : all) {
      if (!c.unit().equals(unit)) {
        continue;
      }
      if (!parties.contains(c.party())) {
        outside.add(c.party());
        continue;
      }
      sums.merge(c.party(), Fraction.of(c.amount()), Fraction::plus);
    }
    List<Fraction> values = new ArrayList<>();
    List<PartyId> none = new ArrayList<>();
    boolean positive = false;
    for (PartyId p : parties) {
      Fraction f = sums.get(p);
      if (f == null) {
        none.add(p);
        f = Fraction.ZERO;
      }
      positive |= f.signum() > 0;
      values.add(f);
    }
    if (!positive) {
      throw new IllegalArgumentException("commitment '" + request.commitment() + "': no party"
          + " of the allocation " + parties + " contributes a positive amount in " + unit
          + (outside.isEmpty() ? "" : " (contributions of " + outside
              + ", who hold no contributing role, are left out)"));
    }
    StringBuilder text = new StringBuilder(ADDITIVE_CONTRIBUTIONS + " game in " + unit + ": ");
    for (int i = 0; i < parties.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(parties.get(i)).append(' ')
          .append(values.get(i));
    }
    if (units.size() > 1) {
      units.remove(unit);
      text.append("; contributions in ").append(units).append(" left out");
    }
    if (!none.isEmpty()) {
      text.append("; no contribution from ").append(none).append(", taken as 0");
    }
    if (!outside.isEmpty()) {
      text.append("; contributions of ").append(outside)
          .append(", who hold no contributing role, left out");
    }
    return new Game(ADDITIVE_CONTRIBUTIONS, CoalitionGame.additive(values), text.toString());
  }

  private static Game contributionEstimates(AllocationRequest request) {
    List<PartyId> parties = request.parties();
    List<Fraction> values = new ArrayList<>();
    List<PartyId> missing = new ArrayList<>();
    boolean positive = false;
    for (PartyId p : parties) {
      Optional<Fraction> f = request.attributeSum(p, AllocationRequest.CONTRIBUTION);
      if (f.isEmpty()) {
        missing.add(p);
      }
      Fraction v = f.orElse(Fraction.ZERO);
      positive |= v.signum() > 0;
      values.add(v);
    }
    if (!positive) {
      throw new IllegalArgumentException("commitment '" + request.commitment() + "' uses the "
          + CONTRIBUTION_ESTIMATES + " game, but no role assignment on it has a positive '"
          + AllocationRequest.CONTRIBUTION + "' estimate");
    }
    return new Game(CONTRIBUTION_ESTIMATES, CoalitionGame.additive(values),
        CONTRIBUTION_ESTIMATES + " game (the additive game of '" + AllocationRequest.CONTRIBUTION
            + "' estimates)" + (missing.isEmpty() ? "" : "; none for " + missing
                + ", taken as 0"));
  }
}
