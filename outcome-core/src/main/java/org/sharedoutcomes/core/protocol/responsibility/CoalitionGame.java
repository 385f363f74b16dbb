package org.sharedoutcomes.core.protocol.responsibility;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.protocol.Fraction;

/**
 * A cooperative game with transferable utility: players {@code 0 .. players()-1} and the value
 * {@code v(S)} of each coalition {@code S}, for example the share of an outcome's result that a
 * set of agencies would achieve on their own. Used by {@link ShapleyValue} and the
 * {@code shapley} protocol.
 *
 * <p>Implementations must be deterministic and thread-safe. Only {@link #players()} and
 * {@link #value(BitSet)} are required; override {@link #value(long)} and {@link #walk()} for
 * speed (the built-in games do).
 *
 * <p><b>Exact values.</b> {@link ShapleyValue#exactValues()} computes in exact rational
 * arithmetic from {@link #exactValue(long)}. By default that is the shortest decimal that
 * reads back as {@link #value(long)} ({@link BigDecimal#valueOf(double)}: {@code 0.1} is
 * {@code 1/10}); games with rational values that are not decimals, such as thirds, override it
 * ({@link #additive(List)}, {@link #ofFractions(int, List)} and {@link #requiring(int, List)}
 * do).
 *
 * <pre>{@code
 * CoalitionGame glove = CoalitionGame.glove(1, 2); // one left glove, two right gloves
 * ShapleyValue.exact(glove).values();             // [2/3, 1/6, 1/6]
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface CoalitionGame {

  /**
   * The number of players.
   *
   * @return at least one
   */
  int players();

  /**
   * The value of a coalition.
   *
   * @param coalition the members (bits {@code 0 .. players()-1}); must not be modified
   * @return a finite value
   */
  double value(BitSet coalition);

  /**
   * The value of a coalition given as a bit mask, for games of at most 63 players.
   *
   * @param coalition bit {@code i} set if player {@code i} is a member
   * @return a finite value
   */
  default double value(long coalition) {
    return value(BitSet.valueOf(new long[] {coalition}));
  }

  /**
   * The exact value of a coalition given as a bit mask, for games of at most 63 players. By
   * default the shortest decimal whose double is {@link #value(long)}; rational games override
   * it, and then {@link #value(long)} must be this value's nearest double.
   *
   * @param coalition bit {@code i} set if player {@code i} is a member
   * @return the exact value, within the {@linkplain Fraction limits}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  default Fraction exactValue(long coalition) {
    double v = value(coalition);
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("game value of coalition " + Long.toBinaryString(
          coalition) + " is " + v + "; values must be finite");
    }
    return v == 0 ? Fraction.ZERO : Fraction.of(BigDecimal.valueOf(v));
  }

  /**
   * A walk that grows a coalition one player at a time, for sampling over permutations. The
   * default walk keeps a {@link BitSet} and calls {@link #value(BitSet)}; games whose values
   * can be updated incrementally override it.
   *
   * @return a new walk, starting at the empty coalition; not thread-safe
   */
  default Walk walk() {
    return new Walk() {
      private final BitSet members = new BitSet(players());

      @Override
      public double reset() {
        members.clear();
        return value(members);
      }

      @Override
      public double add(int player) {
        members.set(player);
        return value(members);
      }
    };
  }

  /**
   * The game whose values are the sums of this game's and another's (for additivity).
   *
   * @param other a game with the same number of players
   * @return the sum game
   * @throws IllegalArgumentException if the numbers of players differ
   */
  default CoalitionGame plus(CoalitionGame other) {
    return Games.sum(this, other);
  }

  /**
   * A coalition that grows one player at a time. Not thread-safe; one per thread.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  interface Walk {
    /**
     * Empties the coalition.
     *
     * @return the value of the empty coalition
     */
    double reset();

    /**
     * Adds a player that is not yet a member.
     *
     * @param player the player
     * @return the value of the coalition with the player
     */
    double add(int player);
  }

  /**
   * An additive game: a coalition is worth the sum of its members' contributions. This is the
   * game derived from contribution estimates; its Shapley values are the contributions.
   *
   * @param contributions each player's finite contribution, at least one player
   * @return the game
   */
  static CoalitionGame additive(double... contributions) {
    return new Games.Additive(contributions);
  }

  /**
   * An additive game with exact contributions: a coalition is worth the sum of its members'
   * contributions, computed exactly by {@link ShapleyValue#exactValues()}.
   *
   * @param contributions each player's contribution, at least one player
   * @return the game
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  static CoalitionGame additive(List<Fraction> contributions) {
    return new Games.RationalAdditive(contributions);
  }

  /**
   * A game of requirements: a coalition is worth 1 if it meets every requirement, that is holds
   * at least one player of each set, else 0. A requirement of one player makes that player a
   * veto player; players of one requirement are substitutes. With {@code k} requirements of one
   * player each and nothing else, the Shapley value is {@code 1/k} for each veto player and 0
   * for everyone else. This is the {@code essential-parties} game of {@link ModelGames}.
   *
   * @param players the number of players, at least one
   * @param requirements the requirements, at least one, each a non-empty set of players
   *     {@code 0 .. players-1}
   * @return the game (the sets are copied)
   * @throws IllegalArgumentException if there is no requirement, or one is empty or names a
   *     player out of range
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  static CoalitionGame requiring(int players, List<BitSet> requirements) {
    return new Games.Requirements(players, requirements);
  }

  /**
   * A game given by a table of exact values indexed by bit mask, for at most 20 players.
   *
   * @param players the number of players
   * @param values {@code 2^players} values, {@code values.get(mask)}
   * @return the game (the list is copied)
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  static CoalitionGame ofFractions(int players, List<Fraction> values) {
    return new Games.RationalTable(players, values);
  }

  /**
   * A weighted voting game {@code [quota; w1, ..., wn]}: a coalition is worth 1 if its weights
   * reach the quota, else 0. Shapley values here are the Shapley-Shubik power index.
   *
   * @param quota the quota, positive
   * @param weights non-negative weights, at least one player
   * @return the game
   */
  static CoalitionGame weightedVoting(double quota, double... weights) {
    return new Games.WeightedVoting(quota, weights);
  }

  /**
   * The airport game (Littlechild and Owen 1973): a coalition costs the largest cost of its
   * members (the runway the largest plane needs). Its Shapley value has a closed form: sorted
   * by cost, each player pays {@code sum over j <= i of (c_j - c_{j-1}) / (n - j + 1)}.
   *
   * @param costs non-negative costs, at least one player
   * @return the game
   */
  static CoalitionGame airport(double... costs) {
    return new Games.Airport(costs);
  }

  /**
   * The glove game: players {@code 0 .. left-1} hold a left glove, the others a right glove; a
   * coalition is worth the number of pairs it can form.
   *
   * @param left the number of left gloves
   * @param right the number of right gloves
   * @return the game
   */
  static CoalitionGame glove(int left, int right) {
    return new Games.Glove(left, right);
  }

  /**
   * A game given by a table of values indexed by bit mask, for at most 20 players.
   *
   * @param players the number of players
   * @param values {@code 2^players} finite values, {@code values[mask]}
   * @return the game (the table is copied)
   */
  static CoalitionGame ofTable(int players, double[] values) {
    return new Games.Table(players, values);
  }

  /**
   * A game given by a function.
   *
   * @param players the number of players, at least one
   * @param value the value of each coalition; must be deterministic and thread-safe
   * @return the game
   */
  static CoalitionGame of(int players, ToDoubleFunction<BitSet> value) {
    return new Games.Function(players, value);
  }
}
