package org.sharedoutcomes.core.protocol.responsibility;

import java.util.BitSet;
import java.util.function.ToDoubleFunction;
import org.apiguardian.api.API;

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
