package org.sharedoutcomes.core.protocol.responsibility;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.sharedoutcomes.core.protocol.Fraction;

/** The built-in coalition games. Immutable and thread-safe. */
final class Games {
  private Games() {}

  static void checkPlayers(int players, String game) {
    if (players < 1) {
      throw new IllegalArgumentException(
          game + " game must have at least one player, has " + players);
    }
  }

  static double[] finiteCopy(double[] values, String game, boolean nonNegative) {
    Objects.requireNonNull(values, game + " game values must not be null");
    checkPlayers(values.length, game);
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i]) || (nonNegative && values[i] < 0)) {
        throw new IllegalArgumentException(game + " game: value of player " + i + " is "
            + values[i] + "; it must be finite" + (nonNegative ? " and not negative" : ""));
      }
    }
    return values.clone();
  }

  static CoalitionGame sum(CoalitionGame a, CoalitionGame b) {
    Objects.requireNonNull(b, "other game must not be null");
    if (a.players() != b.players()) {
      throw new IllegalArgumentException("cannot add a game of " + b.players()
          + " players to a game of " + a.players() + " players");
    }
    return new CoalitionGame() {
      @Override
      public int players() {
        return a.players();
      }

      @Override
      public double value(BitSet coalition) {
        return a.value(coalition) + b.value(coalition);
      }

      @Override
      public double value(long coalition) {
        return a.value(coalition) + b.value(coalition);
      }

      @Override
      public Fraction exactValue(long coalition) {
        return a.exactValue(coalition).plus(b.exactValue(coalition));
      }

      @Override
      public Walk walk() {
        Walk wa = a.walk();
        Walk wb = b.walk();
        return new Walk() {
          @Override
          public double reset() {
            return wa.reset() + wb.reset();
          }

          @Override
          public double add(int player) {
            return wa.add(player) + wb.add(player);
          }
        };
      }
    };
  }

  static final class Additive implements CoalitionGame {
    private final double[] c;

    Additive(double[] contributions) {
      this.c = finiteCopy(contributions, "additive", false);
    }

    @Override
    public int players() {
      return c.length;
    }

    @Override
    public double value(BitSet s) {
      double v = 0;
      for (int i = s.nextSetBit(0); i >= 0 && i < c.length; i = s.nextSetBit(i + 1)) {
        v += c[i];
      }
      return v;
    }

    @Override
    public double value(long s) {
      double v = 0;
      while (s != 0) {
        v += c[Long.numberOfTrailingZeros(s)];
        s &= s - 1;
      }
      return v;
    }

    @Override
    public Walk walk() {
      return additiveWalk(c);
    }
  }

  /** The walk of an additive game: a running sum of the players' weights. */
  private static CoalitionGame.Walk additiveWalk(double[] weights) {
    return new CoalitionGame.Walk() {
      private double sum;

      @Override
      public double reset() {
        sum = 0;
        return 0;
      }

      @Override
      public double add(int player) {
        sum += weights[player];
        return sum;
      }
    };
  }

  static final class WeightedVoting implements CoalitionGame {
    private final double quota;
    private final double[] w;

    WeightedVoting(double quota, double[] weights) {
      if (!(quota > 0) || Double.isInfinite(quota)) {
        throw new IllegalArgumentException(
            "weighted voting game: quota is " + quota + "; it must be positive and finite");
      }
      this.quota = quota;
      this.w = finiteCopy(weights, "weighted voting", true);
    }

    @Override
    public int players() {
      return w.length;
    }

    @Override
    public double value(BitSet s) {
      double sum = 0;
      for (int i = s.nextSetBit(0); i >= 0 && i < w.length; i = s.nextSetBit(i + 1)) {
        sum += w[i];
      }
      return sum >= quota ? 1 : 0;
    }

    @Override
    public double value(long s) {
      double sum = 0;
      while (s != 0) {
        sum += w[Long.numberOfTrailingZeros(s)];
        s &= s - 1;
      }
      return sum >= quota ? 1 : 0;
    }

    @Override
    public Walk walk() {
      return new Walk() {
        private double sum;

        @Override
        public double reset() {
          sum = 0;
          return 0;
        }

        @Override
        public double add(int player) {
          sum += w[player];
          return sum >= quota ? 1 : 0;
        }
      };
    }
  }

  static final class Airport implements CoalitionGame {
    private final double[] c;

    Airport(double[] costs) {
      this.c = finiteCopy(costs, "airport", true);
    }

    @Override
    public int players() {
      return c.length;
    }

    @Override
    public double value(BitSet s) {
      double max = 0;
      for (int i = s.nextSetBit(0); i >= 0 && i < c.length; i = s.nextSetBit(i + 1)) {
        max = Math.max(max, c[i]);
      }
      return max;
    }

    @Override
    public double value(long s) {
      double max = 0;
      while (s != 0) {
        max = Math.max(max, c[Long.numberOfTrailingZeros(s)]);
        s &= s - 1;
      }
      return max;
    }

    @Override
    public Walk walk() {
      return new Walk() {
        private double max;

        @Override
        public double reset() {
          max = 0;
          return 0;
        }

        @Override
        public double add(int player) {
          max = Math.max(max, c[player]);
          return max;
        }
      };
    }
  }

  static final class Glove implements CoalitionGame {
    private final int left;
    private final int players;

    Glove(int left, int right) {
      if (left < 0 || right < 0) {
        throw new IllegalArgumentException("glove game: " + left + " left and " + right
            + " right gloves; counts must not be negative");
      }
      checkPlayers(left + right, "glove");
      this.left = left;
      this.players = left + right;
    }

    @Override
    public int players() {
      return players;
    }

    @Override
    public double value(BitSet s) {
      int l = s.get(0, left).cardinality();
      int r = s.get(left, players).cardinality();
      return Math.min(l, r);
    }

    @Override
    public double value(long s) {
      long leftMask = left >= 64 ? -1L : (1L << left) - 1;
      int l = Long.bitCount(s & leftMask);
      int r = Long.bitCount(s & ~leftMask);
      return Math.min(l, r);
    }

    @Override
    public Walk walk() {
      return new Walk() {
        private int l;
        private int r;

        @Override
        public double reset() {
          l = 0;
          r = 0;
          return 0;
        }

        @Override
        public double add(int player) {
          if (player < left) {
            l++;
          } else {
            r++;
          }
          return Math.min(l, r);
        }
      };
    }
  }

  static final class Table implements CoalitionGame {
    private final int players;
    private final double[] v;

    Table(int players, double[] values) {
      if (players < 1 || players > ShapleyValue.EXACT_LIMIT) {
        throw new IllegalArgumentException("table game: " + players
            + " players; a table holds 1 to " + ShapleyValue.EXACT_LIMIT + " players");
      }
      Objects.requireNonNull(values, "table game values must not be null");
      if (values.length != 1 << players) {
        throw new IllegalArgumentException("table game of " + players + " players needs "
            + (1 << players) + " values, has " + values.length);
      }
      this.v = finiteCopy(values, "table", false);
      this.players = players;
    }

    @Override
    public int players() {
      return players;
    }

    @Override
    public double value(BitSet s) {
      long[] words = s.toLongArray();
      return value(words.length == 0 ? 0L : words[0]);
    }

    @Override
    public double value(long s) {
      return v[(int) s];
    }
  }

  static final class Function implements CoalitionGame {
    private final int players;
    private final ToDoubleFunction<BitSet> f;

    Function(int players, ToDoubleFunction<BitSet> f) {
      checkPlayers(players, "function");
      this.players = players;
      this.f = Objects.requireNonNull(f, "game value function must not be null");
    }

    @Override
    public int players() {
      return players;
    }

    @Override
    public double value(BitSet s) {
      double v = f.applyAsDouble(s);
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("game value of coalition " + s + " is " + v
            + "; values must be finite");
      }
      return v;
    }
  }

  static final class RationalAdditive implements CoalitionGame {
    private final Fraction[] c;
    private final double[] d;

    RationalAdditive(List<Fraction> contributions) {
      Objects.requireNonNull(contributions, "additive game contributions must not be null");
      checkPlayers(contributions.size(), "additive");
      this.c = contributions.toArray(new Fraction[0]);
      this.d = new double[c.length];
      for (int i = 0; i < c.length; i++) {
        Objects.requireNonNull(c[i], "additive game: contribution of player " + i);
        d[i] = c[i].doubleValue();
      }
    }

    @Override
    public int players() {
      return c.length;
    }

    @Override
    public double value(BitSet s) {
      Fraction v = Fraction.ZERO;
      for (int i = s.nextSetBit(0); i >= 0 && i < c.length; i = s.nextSetBit(i + 1)) {
        v = v.plus(c[i]);
      }
      return v.doubleValue();
    }

    @Override
    public double value(long s) {
      return exactValue(s).doubleValue();
    }

    @Override
    public Fraction exactValue(long s) {
      Fraction v = Fraction.ZERO;
      while (s != 0) {
        v = v.plus(c[Long.numberOfTrailingZeros(s)]);
        s &= s - 1;
      }
      return v;
    }

    @Override
    public Walk walk() {
      return additiveWalk(d);
    }
  }

  static final class Requirements implements CoalitionGame {
    private final int players;
    private final long[] masks; // for at most 63 players
    private final BitSet[] sets;

    Requirements(int players, List<BitSet> requirements) {
      checkPlayers(players, "requirements");
      Objects.requireNonNull(requirements, "requirements must not be null");
      if (requirements.isEmpty()) {
        throw new IllegalArgumentException(
            "requirements game needs at least one requirement; it has none");
      }
      this.players = players;
      this.sets = new BitSet[requirements.size()];
      this.masks = new long[requirements.size()];
      for (int k = 0; k < sets.length; k++) {
        BitSet r = Objects.requireNonNull(requirements.get(k), "requirement " + k);
        if (r.isEmpty() || r.length() > players) {
          throw new IllegalArgumentException("requirements game: requirement " + k + " is " + r
              + "; it must name at least one of the players 0.." + (players - 1));
        }
        sets[k] = (BitSet) r.clone();
        long[] words = r.toLongArray();
        masks[k] = players <= 63 && words.length > 0 ? words[0] : 0;
      }
    }

    @Override
    public int players() {
      return players;
    }

    @Override
    public double value(BitSet s) {
      for (BitSet r : sets) {
        if (!r.intersects(s)) {
          return 0;
        }
      }
      return 1;
    }

    @Override
    public double value(long s) {
      if (players > 63) {
        return value(BitSet.valueOf(new long[] {s}));
      }
      for (long m : masks) {
        if ((m & s) == 0) {
          return 0;
        }
      }
      return 1;
    }

    @Override
    public Fraction exactValue(long s) {
      return value(s) == 1 ? Fraction.ONE : Fraction.ZERO;
    }

    @Override
    public Walk walk() {
      return new Walk() {
        private final int[] met = new int[sets.length];
        private int unmet;

        @Override
        public double reset() {
          java.util.Arrays.fill(met, 0);
          unmet = sets.length;
          return 0;
        }

        @Override
        public double add(int player) {
          for (int k = 0; k < sets.length; k++) {
            if (sets[k].get(player) && met[k]++ == 0) {
              unmet--;
            }
          }
          return unmet == 0 ? 1 : 0;
        }
      };
    }
  }

  static final class RationalTable implements CoalitionGame {
    private final int players;
    private final Fraction[] v;
    private final double[] d;

    RationalTable(int players, List<Fraction> values) {
      if (players < 1 || players > ShapleyValue.EXACT_LIMIT) {
        throw new IllegalArgumentException("table game: " + players
            + " players; a table holds 1 to " + ShapleyValue.EXACT_LIMIT + " players");
      }
      Objects.requireNonNull(values, "table game values must not be null");
      if (values.size() != 1 << players) {
        throw new IllegalArgumentException("table game of " + players + " players needs "
            + (1 << players) + " values, has " + values.size());
      }
      this.players = players;
      this.v = values.toArray(new Fraction[0]);
      this.d = new double[v.length];
      for (int i = 0; i < v.length; i++) {
        Objects.requireNonNull(v[i], "table game value " + i);
        d[i] = v[i].doubleValue();
      }
    }

    @Override
    public int players() {
      return players;
    }

    @Override
    public double value(BitSet s) {
      long[] words = s.toLongArray();
      return value(words.length == 0 ? 0L : words[0]);
    }

    @Override
    public double value(long s) {
      return d[(int) s];
    }

    @Override
    public Fraction exactValue(long s) {
      return v[(int) s];
    }
  }
}
