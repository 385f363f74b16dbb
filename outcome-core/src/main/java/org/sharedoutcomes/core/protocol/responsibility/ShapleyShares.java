package org.sharedoutcomes.core.protocol.responsibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.protocol.Fraction;

/**
 * The {@value #ID} protocol: shares in proportion to the parties' Shapley values in a
 * coalition game (see {@link ShapleyValue}), rounded to exact shares by the rule of
 * {@link Allocation#rounded}.
 *
 * <p>The game is the one the caller gives with {@link AllocationRequest#withGame}; if the
 * caller gives none, it is the additive game of the parties' contribution estimates, read from
 * the {@value AllocationRequest#CONTRIBUTION} role-assignment attribute (a party with no
 * estimate contributes zero). Games of at most {@code exactLimit} parties (default
 * {@value ShapleyValue#EXACT_LIMIT}) are computed exactly; larger ones are sampled over
 * {@code permutations} random permutations (default {@value #DEFAULT_PERMUTATIONS}) with a fixed
 * seed, and the allocation reports each share's standard error.
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

  private final int exactLimit;
  private final int permutations;
  private final long seed;

  /** Exact up to {@value ShapleyValue#EXACT_LIMIT} parties, sampled beyond. */
  public ShapleyShares() {
    this(ShapleyValue.EXACT_LIMIT, DEFAULT_PERMUTATIONS, DEFAULT_SEED);
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
    return "shares in proportion to Shapley values (exact up to " + exactLimit
        + " parties, else " + permutations + " sampled permutations)";
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
      double[] c = new double[parties.size()];
      List<PartyId> missing = new ArrayList<>();
      boolean any = false;
      for (int i = 0; i < c.length; i++) {
        Optional<Fraction> f =
            request.attributeSum(parties.get(i), AllocationRequest.CONTRIBUTION);
        if (f.isPresent()) {
          c[i] = f.get().doubleValue();
          any |= c[i] > 0;
        } else {
          missing.add(parties.get(i));
        }
      }
      if (!any) {
        throw new IllegalArgumentException("commitment '" + request.commitment()
            + "' has neither a coalition game nor a positive '"
            + AllocationRequest.CONTRIBUTION + "' estimate on its role assignments");
      }
      game = CoalitionGame.additive(c);
      gameText = "the additive game of '" + AllocationRequest.CONTRIBUTION + "' estimates"
          + (missing.isEmpty() ? "" : " (none for " + missing + ", taken as 0)");
    }
    ShapleyValue sv = ShapleyValue.of(game, exactLimit, permutations, seed);
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
    if (!sv.isExact()) {
      for (int i = 0; i < phi.length; i++) {
        se.put(parties.get(i), sv.standardError(i) / Math.abs(whole));
      }
    }
    String how = sv.isExact()
        ? "exact Shapley values by enumerating " + sv.coalitionsEvaluated() + " coalitions"
        : "Shapley values estimated from " + permutations + " random permutations (seed "
            + seed + "), standard errors reported";
    return Allocation.rounded(request.commitment(), ID, parties, phi, request.accountable(),
        how + " in " + gameText + ", rounded to multiples of 1/" + Allocation.ROUNDING_UNITS
            + " by largest remainder",
        se);
  }
}
