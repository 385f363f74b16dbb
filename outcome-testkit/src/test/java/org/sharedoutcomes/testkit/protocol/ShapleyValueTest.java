package org.sharedoutcomes.testkit.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.protocol.responsibility.CoalitionGame;
import org.sharedoutcomes.core.protocol.responsibility.ShapleyValue;
import org.sharedoutcomes.testkit.Seeds;

class ShapleyValueTest {
  private static final double EPS = 1e-9;

  static LongStream games() {
    return Seeds.of(500);
  }

  /** A random game of 2 to 8 players, values in [0, 100), v(empty) = 0. */
  static CoalitionGame randomGame(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    return randomGame(r, 2 + r.nextInt(7));
  }

  static CoalitionGame randomGame(SplittableRandom r, int n) {
    double[] v = new double[1 << n];
    for (int m = 1; m < v.length; m++) {
      v[m] = r.nextDouble() * 100;
    }
    return CoalitionGame.ofTable(n, v);
  }

  // ------------------------------------------------------------------ known answers

  @Test
  void gloveGameWithOneLeftAndTwoRightGlovesGivesTwoThirdsToTheScarceGlove() {
    assertArrayEquals(new double[] {2.0 / 3, 1.0 / 6, 1.0 / 6},
        ShapleyValue.exact(CoalitionGame.glove(1, 2)).values(), EPS);
  }

  @Test
  void gloveGameWithBalancedGlovesGivesEveryoneOneHalf() {
    assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5},
        ShapleyValue.exact(CoalitionGame.glove(2, 2)).values(), EPS);
  }

  @Test
  void airportGameMatchesLittlechildOwenClosedFormForThreePlanes() {
    // costs 1, 2, 4: 1/3; 1/3 + 1/2; 1/3 + 1/2 + 2
    assertArrayEquals(new double[] {1.0 / 3, 5.0 / 6, 17.0 / 6},
        ShapleyValue.exact(CoalitionGame.airport(1, 2, 4)).values(), EPS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("games")
  void airportGameMatchesTheClosedFormForRandomCosts(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1 + r.nextInt(10);
    double[] costs = new double[n];
    for (int i = 0; i < n; i++) {
      costs[i] = r.nextInt(1000);
    }
    double[] sorted = costs.clone();
    Arrays.sort(sorted);
    double[] phi = ShapleyValue.exact(CoalitionGame.airport(costs)).values();
    for (int i = 0; i < n; i++) {
      int rank = Arrays.binarySearch(sorted, costs[i]);
      while (rank > 0 && sorted[rank - 1] == costs[i]) {
        rank--;
      }
      double expected = 0;
      for (int j = 0; j <= rank; j++) {
        expected += (sorted[j] - (j == 0 ? 0 : sorted[j - 1])) / (n - j);
      }
      assertEquals(expected, phi[i], 1e-7, "player " + i);
    }
  }

  @Test
  void weightedVotingGameGivesTheBigVoterTwoThirds() {
    // [3; 2, 1, 1]: the big voter is pivotal in 4 of 6 orders
    assertArrayEquals(new double[] {2.0 / 3, 1.0 / 6, 1.0 / 6},
        ShapleyValue.exact(CoalitionGame.weightedVoting(3, 2, 1, 1)).values(), EPS);
  }

  @Test
  void weightedVotingGameWhereAnyTwoWinGivesEqualPowerDespiteUnequalWeights() {
    assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3},
        ShapleyValue.exact(CoalitionGame.weightedVoting(51, 49, 49, 2)).values(), EPS);
  }

  // ------------------------------------------------------------------ axioms on random games

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("games")
  void valuesSumToTheGrandCoalitionsValue(long seed) {
    CoalitionGame g = randomGame(seed);
    double sum = Arrays.stream(ShapleyValue.exact(g).values()).sum();
    assertEquals(g.value((1L << g.players()) - 1), sum, EPS * 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("games")
  void symmetricPlayersGetEqualValues(long seed) {
    CoalitionGame base = randomGame(seed);
    int n = base.players();
    SplittableRandom r = new SplittableRandom(seed + 1);
    int i = r.nextInt(n);
    int j = (i + 1 + r.nextInt(n - 1)) % n;
    double[] v = new double[1 << n];
    for (int m = 0; m < v.length; m++) {
      v[m] = base.value(m) + base.value(swap(m, i, j));
    }
    double[] phi = ShapleyValue.exact(CoalitionGame.ofTable(n, v)).values();
    assertEquals(phi[i], phi[j], EPS * 100);
  }

  private static long swap(long mask, int i, int j) {
    long bi = (mask >> i) & 1;
    long bj = (mask >> j) & 1;
    if (bi == bj) {
      return mask;
    }
    return mask ^ (1L << i) ^ (1L << j);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("games")
  void nullPlayerGetsZero(long seed) {
    CoalitionGame base = randomGame(seed);
    int n = base.players();
    int nul = new SplittableRandom(seed + 2).nextInt(n);
    double[] v = new double[1 << n];
    for (int m = 0; m < v.length; m++) {
      v[m] = base.value(m & ~(1L << nul));
    }
    assertEquals(0, ShapleyValue.exact(CoalitionGame.ofTable(n, v)).value(nul), EPS * 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("games")
  void valuesOfASumGameAreTheSumsOfValues(long seed) {
    CoalitionGame a = randomGame(seed);
    CoalitionGame b = randomGame(new SplittableRandom(~seed), a.players());
    double[] sum = ShapleyValue.exact(a.plus(b)).values();
    double[] pa = ShapleyValue.exact(a).values();
    double[] pb = ShapleyValue.exact(b).values();
    for (int i = 0; i < sum.length; i++) {
      assertEquals(pa[i] + pb[i], sum[i], EPS * 100, "player " + i);
    }
  }

  // ------------------------------------------------------------------ sampling

  @Test
  void sampledEstimatesLieWithinThreeStandardErrorsOfExactValuesForTwelvePartiesInNinetyNinePercentOfSeeds() {
    int estimates = 0;
    int within = 0;
    int seedsAllWithin = 0;
    long[] seeds = Seeds.of(200).toArray();
    for (long seed : seeds) {
      SplittableRandom r = new SplittableRandom(seed);
      CoalitionGame g = randomGame(r, 12);
      double[] exact = ShapleyValue.exact(g).values();
      ShapleyValue sampled = ShapleyValue.sampled(g, 1000, seed);
      boolean all = true;
      for (int i = 0; i < 12; i++) {
        estimates++;
        double se = sampled.standardError(i);
        assertTrue(se > 0, "standard error of player " + i + " for seed " + seed);
        if (Math.abs(sampled.value(i) - exact[i]) <= 3 * se) {
          within++;
        } else {
          all = false;
        }
      }
      seedsAllWithin += all ? 1 : 0;
    }
    System.out.printf("sampled Shapley, 12 parties: %d of %d estimates within 3 SE;"
        + " all 12 within for %d of %d seeds%n", within, estimates, seedsAllWithin, seeds.length);
    assertTrue(within >= 0.99 * estimates, within + " of " + estimates + " within 3 SE");
    // all twelve at once is rarer (about 0.9973^12 = 97% for normal errors)
    assertTrue(seedsAllWithin >= 0.95 * seeds.length, seedsAllWithin + " seeds all within");
  }

  @Test
  void sampledEstimatesSumToTheGrandCoalitionsValue() {
    CoalitionGame g = CoalitionGame.airport(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3,
        8, 4, 6, 2, 6, 4, 3);
    double sum = Arrays.stream(ShapleyValue.sampled(g, 500, 42).values()).sum();
    assertEquals(9, sum, 1e-9);
  }

  @Test
  void sameSeedGivesSameEstimates() {
    CoalitionGame g = CoalitionGame.weightedVoting(40, 5, 10, 15, 20, 25, 1, 2, 3);
    assertArrayEquals(ShapleyValue.sampled(g, 300, 5).values(),
        ShapleyValue.sampled(g, 300, 5).values());
  }

  @Test
  void exactValuesHaveNoStandardError() {
    ShapleyValue s = ShapleyValue.exact(CoalitionGame.glove(1, 2));
    assertTrue(s.isExact());
    assertEquals(0, s.standardError(0));
    assertEquals(8, s.coalitionsEvaluated());
  }

  @Test
  void rejectsExactValuesForMoreThanTwentyPlayers() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> ShapleyValue.exact(CoalitionGame.additive(new double[21])));
    assertTrue(x.getMessage().contains("21"), x.getMessage());
  }

  @Test
  void rejectsSamplingWithFewerThanTwoPermutations() {
    assertThrows(IllegalArgumentException.class,
        () -> ShapleyValue.sampled(CoalitionGame.glove(1, 1), 1, 0));
  }

  @Test
  void additiveGameGivesEachPlayerItsContribution() {
    assertArrayEquals(new double[] {1, 2, 3.5},
        ShapleyValue.exact(CoalitionGame.additive(1, 2, 3.5)).values(), EPS);
  }

  @Test
  void tableGameRejectsTheWrongNumberOfValues() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> CoalitionGame.ofTable(3, new double[7]));
    assertFalse(x.getMessage().isBlank());
  }
}
