package org.sharedoutcomes.core.protocol.responsibility;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Lazy;
import org.sharedoutcomes.core.protocol.Fraction;

/**
 * The Shapley value of a {@link CoalitionGame} (Shapley 1953): each player's average marginal
 * contribution over all orders in which the grand coalition can form.
 *
 * <ul>
 *   <li><b>Exact</b> ({@link #exact(CoalitionGame)}, at most {@value #EXACT_LIMIT} players) by
 *       subset enumeration: every coalition is evaluated once and its value is credited to its
 *       members with the weight {@code (k-1)!(n-k)!/n! + k!(n-k-1)!/n!}, less the common term
 *       {@code sum over S of |S|!(n-|S|-1)!/n! v(S)}. Time {@code O(2^n n)}, memory
 *       {@code O(n)}.
 *   <li><b>Sampled</b> ({@link #sampled(CoalitionGame, int, long)}, any number of players) by
 *       Monte Carlo over uniformly random permutations (Castro, Gómez and Tejada 2009): each
 *       permutation adds one marginal contribution per player, using the game's
 *       {@link CoalitionGame#walk() walk}. The estimate is unbiased; {@link #standardError(int)}
 *       is the sample standard deviation of the player's marginal contributions divided by the
 *       square root of the number of permutations. Time {@code O(m n)} for {@code m}
 *       permutations with an incremental walk. Deterministic for a given seed.
 * </ul>
 *
 * <p>The values satisfy efficiency up to floating-point error: they sum to
 * {@code v(N) - v(empty)}. {@link #exactValues()} computes the exact values in rational
 * arithmetic from {@link CoalitionGame#exactValue(long)}, with no rounding: efficiency,
 * symmetry and the null-player property then hold exactly, as {@link Fraction} equalities.
 *
 * <pre>{@code
 * ShapleyValue s = ShapleyValue.exact(CoalitionGame.airport(1, 2, 4));
 * s.value(2); // 1/3 + 1/2 + 2 = 2.8333...
 * }</pre>
 *
 * <p>Computed on first use; thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ShapleyValue {
  /** The largest number of players computed exactly. */
  public static final int EXACT_LIMIT = 20;

  private final CoalitionGame game;
  private final int players;
  private final boolean exact;
  private final int permutations;
  private final long seed;
  private final Lazy<Result> result = Lazy.of(this::computeResult);

  /** The values, their standard errors and the evaluation count, computed together once. */
  private record Result(double[] values, double[] errors, long evaluated) {}
  private final Lazy<List<Fraction>> fractions = Lazy.of(this::computeFractions);

  private ShapleyValue(CoalitionGame game, boolean exact, int permutations, long seed) {
    this.game = Objects.requireNonNull(game, "game must not be null");
    this.players = game.players();
    if (players < 1) {
      throw new IllegalArgumentException("game has " + players + " players; at least 1 needed");
    }
    if (exact && players > EXACT_LIMIT) {
      throw new IllegalArgumentException("exact Shapley values are computed for at most "
          + EXACT_LIMIT + " players; the game has " + players + " (use sampled)");
    }
    if (!exact && permutations < 2) {
      throw new IllegalArgumentException(
          "sampled Shapley values need at least 2 permutations, got " + permutations);
    }
    this.exact = exact;
    this.permutations = permutations;
    this.seed = seed;
  }

  /**
   * Exact Shapley values by subset enumeration.
   *
   * @param game a game of at most {@value #EXACT_LIMIT} players
   * @return the (not yet computed) values
   * @throws IllegalArgumentException if the game has more players
   */
  public static ShapleyValue exact(CoalitionGame game) {
    return new ShapleyValue(game, true, 0, 0);
  }

  /**
   * Shapley values estimated from random permutations.
   *
   * @param game the game
   * @param permutations how many permutations to sample, at least 2
   * @param seed the seed of the random permutations
   * @return the (not yet computed) estimates
   * @throws IllegalArgumentException if {@code permutations} is less than 2
   */
  public static ShapleyValue sampled(CoalitionGame game, int permutations, long seed) {
    return new ShapleyValue(game, false, permutations, seed);
  }

  /**
   * Exact values for games of at most {@code exactLimit} players, sampled values otherwise.
   *
   * @param game the game
   * @param exactLimit the largest game computed exactly, at most {@value #EXACT_LIMIT}
   * @param permutations permutations to sample for larger games
   * @param seed the seed for sampling
   * @return the values
   */
  public static ShapleyValue of(CoalitionGame game, int exactLimit, int permutations,
      long seed) {
    if (exactLimit > EXACT_LIMIT) {
      throw new IllegalArgumentException(
          "exactLimit is " + exactLimit + "; at most " + EXACT_LIMIT + " is allowed");
    }
    return game.players() <= exactLimit ? exact(game) : sampled(game, permutations, seed);
  }

  /**
   * Whether the values are exact (not sampled).
   *
   * @return true if exact
   */
  public boolean isExact() {
    return exact;
  }

  /**
   * The number of players.
   *
   * @return the game's number of players
   */
  public int players() {
    return players;
  }

  /**
   * A player's Shapley value (or its estimate).
   *
   * @param player the player, {@code 0 .. players()-1}
   * @return the value
   */
  public double value(int player) {
    Objects.checkIndex(player, players);
    return result.get().values()[player];
  }

  /**
   * All players' values.
   *
   * @return a new array of the values, by player
   */
  public double[] values() {
    return result.get().values().clone();
  }

  /**
   * The exact Shapley values, in rational arithmetic from the game's
   * {@linkplain CoalitionGame#exactValue(long) exact values}: no rounding anywhere, so they sum
   * to exactly {@code v(N) - v(empty)}, symmetric players get equal values and null players
   * zero. Time {@code O(2^n n)} big-integer additions: all values are brought to one common
   * denominator (the least common multiple of the coalition values' denominators, times
   * {@code n!}).
   *
   * @return the values, by player
   * @throws IllegalStateException if these values are sampled ({@link #isExact()} is false)
   * @throws ArithmeticException if a value is beyond the {@linkplain Fraction limits}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public List<Fraction> exactValues() {
    if (!exact) {
      throw new IllegalStateException("these Shapley values of " + players
          + " players are sampled; exact values need at most " + EXACT_LIMIT + " players and"
          + " ShapleyValue.exact(game)");
    }
    return fractions.get();
  }

  /**
   * The standard error of a player's estimate.
   *
   * @param player the player
   * @return zero for exact values, else the estimate's standard error
   */
  public double standardError(int player) {
    Objects.checkIndex(player, players);
    return result.get().errors()[player];
  }

  /**
   * How many coalition values were evaluated: {@code 2^n} when exact, {@code m n + m} when
   * sampled.
   *
   * @return the number of evaluations
   */
  public long coalitionsEvaluated() {
    return result.get().evaluated();
  }

  private Result computeResult() {
    return exact ? computeExact() : computeSampled();
  }

  private Result computeExact() {
    int n = players;
    // w[k] = k! (n-k-1)! / n!, the weight of a coalition of size k not holding the player
    double[] w = new double[n];
    for (int k = 0; k < n; k++) {
      w[k] = Math.exp(logFactorial(k) + logFactorial(n - k - 1) - logFactorial(n));
    }
    // a coalition of size k holding the player: weight w[k-1]; minus w[k] for everyone
    double[] credit = new double[n + 1];
    for (int k = 1; k <= n; k++) {
      credit[k] = w[k - 1] + (k < n ? w[k] : 0);
    }
    double[] sum = new double[n];
    double common = 0;
    long count = 1L << n;
    for (long mask = 0; mask < count; mask++) {
      double v = game.value(mask);
      int k = Long.bitCount(mask);
      if (k < n) {
        common += w[k] * v;
      }
      double x = credit[k] * v;
      long m = mask;
      while (m != 0) {
        sum[Long.numberOfTrailingZeros(m)] += x;
        m &= m - 1;
      }
    }
    for (int i = 0; i < n; i++) {
      sum[i] -= common;
    }
    return new Result(sum, new double[n], count);
  }

  private List<Fraction> computeFractions() {
    int n = players;
    // phi_i = (1/n!) [sum over S holding i of W(|S|-1) v(S) - sum over S not holding i of
    // W(|S|) v(S)], W(k) = k! (n-k-1)!, an integer: the first sum less the common term
    // sum over S, |S| < n, of W(|S|) v(S), plus W(|S|) v(S) back for members when |S| < n
    BigInteger[] w = new BigInteger[n];
    for (int k = 0; k < n; k++) {
      w[k] = factorial(k).multiply(factorial(n - k - 1));
    }
    BigInteger[] credit = new BigInteger[n + 1];
    credit[0] = BigInteger.ZERO;
    for (int k = 1; k <= n; k++) {
      credit[k] = k < n ? w[k - 1].add(w[k]) : w[k - 1];
    }
    BigInteger[] sum = new BigInteger[n];
    java.util.Arrays.fill(sum, BigInteger.ZERO);
    BigInteger common = BigInteger.ZERO;
    BigInteger denominator = BigInteger.ONE; // common denominator of the values so far
    BigInteger lastDenominator = BigInteger.ONE;
    BigInteger lastFactor = BigInteger.ONE;
    long count = 1L << n;
    for (long mask = 0; mask < count; mask++) {
      Fraction v = game.exactValue(mask);
      if (v.signum() == 0) {
        continue;
      }
      BigInteger d = v.denominator();
      if (!d.equals(lastDenominator)) {
        if (denominator.mod(d).signum() != 0) {
          BigInteger grow = d.divide(denominator.gcd(d));
          denominator = denominator.multiply(grow);
          common = common.multiply(grow);
          for (int i = 0; i < n; i++) {
            sum[i] = sum[i].multiply(grow);
          }
          if (denominator.bitLength() > Fraction.MAX_BITS) {
            throw new ArithmeticException("exact Shapley values: the common denominator of the"
                + " game's values exceeds " + Fraction.MAX_BITS + " bits (Fraction.MAX_BITS)");
          }
        }
        lastDenominator = d;
        lastFactor = denominator.divide(d); // the common denominator changes only here
      }
      BigInteger num = v.numerator().multiply(lastFactor);
      int k = Long.bitCount(mask);
      if (k < n) {
        common = common.add(w[k].multiply(num));
      }
      BigInteger x = credit[k].multiply(num);
      long m = mask;
      while (m != 0) {
        int i = Long.numberOfTrailingZeros(m);
        sum[i] = sum[i].add(x);
        m &= m - 1;
      }
    }
    BigInteger scale = factorial(n).multiply(denominator);
    List<Fraction> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(Fraction.of(sum[i].subtract(common), scale));
    }
    return List.copyOf(out);
  }

  private static BigInteger factorial(int k) {
    BigInteger f = BigInteger.ONE;
    for (int i = 2; i <= k; i++) {
      f = f.multiply(BigInteger.valueOf(i));
    }
    return f;
  }

  private Result computeSampled() {
    int n = players;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    double[] mean = new double[n];
    double[] m2 = new double[n];
    SplittableRandom random = new SplittableRandom(seed);
    CoalitionGame.Walk walk = game.walk();
    for (int t = 1; t <= permutations; t++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
      }
      double previous = walk.reset();
      for (int i = 0; i < n; i++) {
        int p = order[i];
        double current = walk.add(p);
        double marginal = current - previous;
        previous = current;
        double delta = marginal - mean[p];
        mean[p] += delta / t;
        m2[p] += delta * (marginal - mean[p]);
      }
    }
    double[] errors = new double[n];
    for (int i = 0; i < n; i++) {
      errors[i] = Math.sqrt(m2[i] / (permutations - 1) / permutations);
    }
    return new Result(mean, errors, (long) permutations * (n + 1));
  }

  private static double logFactorial(int k) {
    double s = 0;
    for (int i = 2; i <= k; i++) {
      s += Math.log(i);
    }
    return s;
  }
}
