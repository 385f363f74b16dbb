package org.sharedoutcomes.testkit.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.protocol.Fraction;
import org.sharedoutcomes.core.protocol.responsibility.Allocation;
import org.sharedoutcomes.core.protocol.responsibility.CoalitionGame;
import org.sharedoutcomes.core.protocol.responsibility.ShapleyShares;
import org.sharedoutcomes.core.protocol.responsibility.ShapleyValue;
import org.sharedoutcomes.testkit.Seeds;

/**
 * Shapley's axioms hold exactly, as {@link Fraction} equalities, for random rational games of 1
 * to 12 players, and the essential-parties game matches its closed form.
 */
class ExactShapleyPropertyTest {
  static LongStream seeds() {
    return Seeds.of(500);
  }

  /** A random rational game of 1 to 12 players: values p/q with q up to 12, v(empty) = 0. */
  static List<Fraction> randomTable(SplittableRandom r, int n) {
    List<Fraction> v = new ArrayList<>(1 << n);
    v.add(Fraction.ZERO);
    for (int m = 1; m < 1 << n; m++) {
      v.add(Fraction.of(r.nextInt(201) - 50, 1 + r.nextInt(12)));
    }
    return v;
  }

  static int players(SplittableRandom r) {
    return 1 + r.nextInt(12);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void valuesSumToExactlyTheGrandCoalitionsValue(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = players(r);
    List<Fraction> table = randomTable(r, n);
    Fraction sum = Fraction.ZERO;
    for (Fraction f : ShapleyValue.exact(CoalitionGame.ofFractions(n, table)).exactValues()) {
      sum = sum.plus(f);
    }
    assertEquals(table.get((1 << n) - 1), sum, "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void symmetricPlayersGetExactlyEqualValues(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 2 + r.nextInt(11);
    List<Fraction> base = randomTable(r, n);
    int i = r.nextInt(n);
    int j = (i + 1 + r.nextInt(n - 1)) % n;
    List<Fraction> v = new ArrayList<>(base.size());
    for (int m = 0; m < base.size(); m++) {
      v.add(base.get(m).plus(base.get((int) swap(m, i, j))));
    }
    List<Fraction> phi = ShapleyValue.exact(CoalitionGame.ofFractions(n, v)).exactValues();
    assertEquals(phi.get(i), phi.get(j), "seed " + seed + ", players " + i + " and " + j);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aNullPlayerGetsExactlyZero(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = players(r);
    List<Fraction> base = randomTable(r, n);
    int nul = r.nextInt(n);
    List<Fraction> v = new ArrayList<>(base.size());
    for (int m = 0; m < base.size(); m++) {
      v.add(base.get(m & ~(1 << nul)));
    }
    assertEquals(Fraction.ZERO,
        ShapleyValue.exact(CoalitionGame.ofFractions(n, v)).exactValues().get(nul),
        "seed " + seed + ", player " + nul);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void exactValuesAgreeWithTheFloatingPointOnes(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = players(r);
    CoalitionGame g = CoalitionGame.ofFractions(n, randomTable(r, n));
    double[] approx = ShapleyValue.exact(g).values();
    List<Fraction> exact = ShapleyValue.exact(g).exactValues();
    for (int i = 0; i < n; i++) {
      assertEquals(approx[i], exact.get(i).doubleValue(), 1e-9, "seed " + seed + ", " + i);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void kVetoPlayersAndNobodyElseGetOneKthEach(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = players(r);
    int k = 1 + r.nextInt(n);
    BitSet veto = new BitSet();
    while (veto.cardinality() < k) {
      veto.set(r.nextInt(n));
    }
    List<BitSet> requirements = new ArrayList<>();
    veto.stream().forEach(p -> {
      BitSet one = new BitSet();
      one.set(p);
      requirements.add(one);
    });
    List<Fraction> phi =
        ShapleyValue.exact(CoalitionGame.requiring(n, requirements)).exactValues();
    for (int i = 0; i < n; i++) {
      assertEquals(veto.get(i) ? Fraction.of(1, k) : Fraction.ZERO, phi.get(i),
          "seed " + seed + ", player " + i + " of " + n + ", " + k + " veto");
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void essentialPartiesOfAModelCommitmentShareEquallyAndOthersGetNothing(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1 + r.nextInt(12);
    CommitmentId c = CommitmentId.of("c");
    OutcomeModel.Builder b = OutcomeModel.builder()
        .commitment(Commitment.builder("c", "Shared work").build());
    // party 0 is accountable; each other party is the only RESPONSIBLE, the only IMPLEMENTER,
    // or a CONTRIBUTOR (not essential)
    int veto = 1;
    boolean responsible = false;
    boolean implementer = false;
    List<Boolean> essential = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = String.format("p%02d", i);
      b.agency(id, "Party " + i, AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL);
      Role role = Role.CONTRIBUTOR;
      if (i == 0) {
        role = Role.ACCOUNTABLE;
      } else if (!responsible && r.nextBoolean()) {
        role = Role.RESPONSIBLE;
        responsible = true;
        veto++;
      } else if (!implementer && r.nextBoolean()) {
        role = Role.IMPLEMENTER;
        implementer = true;
        veto++;
      }
      essential.add(role != Role.CONTRIBUTOR);
      b.assign(AgencyId.of(id), role, c);
    }
    Allocation a = new ShapleyShares().allocate(b.build(), c);
    for (int i = 0; i < n; i++) {
      assertEquals(essential.get(i) ? Fraction.of(1, veto) : Fraction.ZERO,
          a.share(AgencyId.of(String.format("p%02d", i))), "seed " + seed + ", party " + i);
    }
  }

  private static long swap(long mask, int i, int j) {
    long bi = (mask >> i) & 1;
    long bj = (mask >> j) & 1;
    return bi == bj ? mask : mask ^ (1L << i) ^ (1L << j);
  }
}
