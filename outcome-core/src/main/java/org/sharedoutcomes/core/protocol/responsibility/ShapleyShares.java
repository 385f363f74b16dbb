package org.sharedoutcomes.core.protocol.responsibility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.protocol.Fraction;

/**
 * The {@value #ID} protocol: shares in proportion to the parties' Shapley values in a
 * coalition game (see {@link ShapleyValue}).
 *
 * <p><b>The game</b> is the one the caller gives with {@link AllocationRequest#withGame}; if
 * the caller gives none, a game built from the model ({@link ModelGames}): the one the
 * commitment names in its {@value ModelGames#GAME_ATTRIBUTE} attribute, else this protocol's
 * default game ({@link #ShapleyShares(String)}), else the stated default of
 * {@link ModelGames#defaultGame}. When the data a game needs is missing the protocol refuses
 * with the reason, which {@link CreditReport#unallocated()} keeps.
 *
 * <p><b>Exact means exact.</b> Games of at most {@code exactLimit} parties (default
 * {@value ShapleyValue#EXACT_LIMIT}) are solved in exact rational arithmetic
 * ({@link ShapleyValue#exactValues()}), and each share is the party's value divided by the sum,
 * exactly ({@link Allocation#proportional}): nothing is rounded, symmetric parties get equal
 * shares and null parties zero. Larger games are sampled over {@code permutations} random
 * permutations (default {@value #DEFAULT_PERMUTATIONS}) with a fixed seed; the estimates are
 * turned into shares by {@link Allocation#estimated} (read as their shortest decimals, divided
 * by their sum, exactly: no units to hand out, so no party is favoured by its id), and the
 * allocation reports each share's standard error.
 *
 * <p>Immutable and thread-safe (if the caller's games are).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShapleyShares implements ResponsibilityProtocol {
  /** This protocol's id: {@value}. */
  public static final String ID = "shapley";
  /** The default number of permutations sampled beyond the exact limit. */
  public static final int DEFAULT_PERMUTATIONS = 10_000;
  /** The default seed for sampling. */
  public static final long DEFAULT_SEED = 1953L;

  private final Optional<String> defaultGame;
  private final int exactLimit;
  private final int permutations;
  private final long seed;

  /**
   * Exact up to {@value ShapleyValue#EXACT_LIMIT} parties, sampled beyond, with the stated
   * default game of {@link ModelGames#defaultGame}.
   */
  public ShapleyShares() {
    this(ShapleyValue.EXACT_LIMIT, DEFAULT_PERMUTATIONS, DEFAULT_SEED);
  }

  /**
   * A protocol whose default game, for commitments that name none, is the given model game.
   *
   * @param defaultGame one of {@link ModelGames#names()}
   * @throws IllegalArgumentException if the name is not one of them
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public ShapleyShares(String defaultGame) {
    this(Optional.of(defaultGame), ShapleyValue.EXACT_LIMIT, DEFAULT_PERMUTATIONS, DEFAULT_SEED);
  }

  /**
   * A configured protocol.
   *
   * @param exactLimit the largest number of parties computed exactly, 1 to
   *     {@value ShapleyValue#EXACT_LIMIT}
   * @param permutations permutations sampled for larger games, at least 2
   * @param seed the seed for sampling
   * @throws IllegalArgumentException if a number is out of range
   */
  public ShapleyShares(int exactLimit, int permutations, long seed) {
    this(Optional.empty(), exactLimit, permutations, seed);
  }

  /**
   * A configured protocol with a default game.
   *
   * @param defaultGame one of {@link ModelGames#names()}, or empty for the stated default
   * @param exactLimit the largest number of parties computed exactly, 1 to
   *     {@value ShapleyValue#EXACT_LIMIT}
   * @param permutations permutations sampled for larger games, at least 2
   * @param seed the seed for sampling
   * @throws IllegalArgumentException if a number is out of range or the game is unknown
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public ShapleyShares(Optional<String> defaultGame, int exactLimit, int permutations,
      long seed) {
    Checks.optional(defaultGame, "shapley defaultGame");
    if (defaultGame.isPresent() && !ModelGames.names().contains(defaultGame.get())) {
      throw new IllegalArgumentException("shapley defaultGame is '" + defaultGame.get()
          + "'; it must be one of " + ModelGames.names());
    }
    this.defaultGame = defaultGame;
    if (exactLimit < 1 || exactLimit > ShapleyValue.EXACT_LIMIT) {
      throw new IllegalArgumentException("shapley exactLimit is " + exactLimit + "; it must be 1 to "
          + ShapleyValue.EXACT_LIMIT);
    }
    if (permutations < 2) {
      throw new IllegalArgumentException(
          "shapley permutations is " + permutations + "; at least 2 are needed");
    }
    this.exactLimit = exactLimit;
    this.permutations = permutations;
    this.seed = seed;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "shares in proportion to Shapley values of "
        + defaultGame.map(g -> "the " + g + " game").orElse("the commitment's game")
        + " (exact up to " + exactLimit + " parties, else " + permutations
        + " sampled permutations)";
  }

  @Override
  public Allocation allocate(AllocationRequest request) {
    List<PartyId> parties = request.parties();
    String gameText;
    CoalitionGame game;
    if (request.game().isPresent()) {
      game = request.game().get();
      gameText = "the caller's coalition game";
    } else {
      ModelGames.Game g = ModelGames.select(request, defaultGame);
      game = g.game();
      gameText = "the " + g.explanation();
    }
    ShapleyValue sv = ShapleyValue.of(game, exactLimit, permutations, seed);
    if (sv.isExact()) {
      List<Fraction> phi = sv.exactValues();
      Fraction whole = Fraction.ZERO;
      for (Fraction f : phi) {
        whole = whole.plus(f);
      }
      if (whole.signum() == 0) {
        throw new IllegalArgumentException("commitment '" + request.commitment()
            + "': the Shapley values in " + gameText + " sum to 0; shares are undefined when"
            + " the grand coalition is worth nothing");
      }
      return Allocation.proportional(request.commitment(), ID, parties, phi,
          request.accountable(), "exact Shapley values " + phi + " (enumerating "
              + (1L << parties.size()) + " coalitions) in " + gameText
              + ", divided by their sum " + whole + ", unrounded",
          Map.of());
    }
    double[] phi = sv.values();
    double whole = 0;
    for (double x : phi) {
      whole += x;
    }
    if (!(Math.abs(whole) > 1e-12)) {
      throw new IllegalArgumentException("commitment '" + request.commitment()
          + "': the Shapley values in " + gameText + " sum to " + whole
          + "; shares are undefined when the grand coalition is worth nothing");
    }
    Map<PartyId, Double> se = new LinkedHashMap<>();
    for (int i = 0; i < phi.length; i++) {
      se.put(parties.get(i), sv.standardError(i) / Math.abs(whole));
    }
    return Allocation.estimated(request.commitment(), ID, parties, phi, request.accountable(),
        "Shapley values estimated from " + permutations + " random permutations (seed " + seed
            + ") in " + gameText + ", divided by their sum exactly (no rounding); standard"
            + " errors reported",
        se);
  }
}
