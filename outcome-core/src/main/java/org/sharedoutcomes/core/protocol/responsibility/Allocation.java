package org.sharedoutcomes.core.protocol.responsibility;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.protocol.Fraction;

/**
 * Responsibility and credit for one commitment, shared among its parties: an exact share per
 * party, the shares summing to exactly one (so no result is counted twice), the accountable
 * party, and an explanation in words.
 *
 * <p>Shares are normally between zero and one; only Shapley values of a game that is not
 * monotone can give a party a negative share. Protocols that compute in floating point (such as
 * {@code shapley}) turn their values into exact shares by the rounding rule of
 * {@link #rounded(CommitmentId, String, java.util.List, double[], PartyId, String, Map)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param commitment the commitment
 * @param protocol the id of the protocol that made the allocation
 * @param shares the share of each party, in the order of the request's parties; they sum to
 *     exactly one
 * @param accountable the accountable party, one of the parties
 * @param explanation how the shares were found, in words, not blank
 * @param standardErrors for estimated shares, the standard error of each estimate (before
 *     rounding); empty when the shares are exact
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Allocation(
    CommitmentId commitment,
    String protocol,
    Map<PartyId, Fraction> shares,
    PartyId accountable,
    String explanation,
    Map<PartyId, Double> standardErrors) {

  /** The number of units in one for rounded shares: shares are multiples of 1/{@value}. */
  public static final long ROUNDING_UNITS = 1_000_000_000L;

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field or element is null
   * @throws IllegalArgumentException if there are no shares, they do not sum to exactly one,
   *     the accountable party has no share entry, or a standard error is negative, not finite or
   *     names a party without a share
   */
  public Allocation {
    Checks.notNull(commitment, "allocation commitment");
    String where = "allocation of commitment '" + commitment + "' ";
    Checks.id(protocol, where + "protocol");
    Checks.notNull(shares, where + "shares");
    if (shares.isEmpty()) {
      throw new IllegalArgumentException(where + "has no shares");
    }
    Fraction sum = Fraction.ZERO;
    Map<PartyId, Fraction> copy = new LinkedHashMap<>();
    for (Map.Entry<PartyId, Fraction> e : shares.entrySet()) {
      Checks.notNull(e.getKey(), where + "shares key");
      Checks.notNull(e.getValue(), where + "shares['" + e.getKey() + "']");
      copy.put(e.getKey(), e.getValue());
      sum = sum.plus(e.getValue());
    }
    if (!sum.equals(Fraction.ONE)) {
      throw new IllegalArgumentException(
          where + "by '" + protocol + "' has shares summing to " + sum + ", not exactly 1: "
              + copy);
    }
    shares = Collections.unmodifiableMap(copy);
    Checks.notNull(accountable, where + "accountable");
    if (!shares.containsKey(accountable)) {
      throw new IllegalArgumentException(
          where + "accountable party '" + accountable + "' has no share entry");
    }
    Checks.text(explanation, where + "explanation");
    Checks.notNull(standardErrors, where + "standardErrors");
    Map<PartyId, Double> se = new LinkedHashMap<>();
    for (Map.Entry<PartyId, Double> e : standardErrors.entrySet()) {
      Checks.notNull(e.getKey(), where + "standardErrors key");
      double v = Checks.notNull(e.getValue(), where + "standardErrors['" + e.getKey() + "']");
      if (!shares.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            where + "has a standard error for '" + e.getKey() + "', which has no share");
      }
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException(where + "standard error of '" + e.getKey()
            + "' is " + v + "; it must be finite and not negative");
      }
      se.put(e.getKey(), v);
    }
    standardErrors = Collections.unmodifiableMap(se);
  }

  /**
   * An exact allocation.
   *
   * @param commitment the commitment
   * @param protocol the protocol id
   * @param shares shares summing to exactly one
   * @param accountable the accountable party
   * @param explanation how the shares were found
   * @return the allocation
   */
  public static Allocation exact(CommitmentId commitment, String protocol,
      Map<PartyId, Fraction> shares, PartyId accountable, String explanation) {
    return new Allocation(commitment, protocol, shares, accountable, explanation, Map.of());
  }

  /**
   * An allocation from floating-point values, rounded to exact shares that sum to one.
   *
   * <p><b>Rounding rule</b> (largest remainder, Hamilton's method): the values are divided by
   * their sum, scaled to {@value #ROUNDING_UNITS} units, and rounded down; the units left over
   * go one each to the parties with the largest remainders (ties to the earlier party). Each
   * share is then a multiple of 1/{@value #ROUNDING_UNITS}, within one unit of the exact
   * quotient, and the shares sum to exactly one.
   *
   * @param commitment the commitment
   * @param protocol the protocol id
   * @param parties the parties, in the order of {@code values}
   * @param values a finite value per party; their sum must not be zero
   * @param accountable the accountable party
   * @param explanation how the values were found
   * @param standardErrors standard errors of the shares, or an empty map
   * @return the allocation
   * @throws IllegalArgumentException if the lengths differ, a value is not finite or the values
   *     sum to zero
   */
  public static Allocation rounded(CommitmentId commitment, String protocol,
      java.util.List<PartyId> parties, double[] values, PartyId accountable, String explanation,
      Map<PartyId, Double> standardErrors) {
    if (parties.size() != values.length) {
      throw new IllegalArgumentException("commitment '" + commitment + "': " + values.length
          + " values for " + parties.size() + " parties");
    }
    long[] units = Apportionment.largestRemainder(values, ROUNDING_UNITS,
        "commitment '" + commitment + "' (" + protocol + ")");
    Map<PartyId, Fraction> shares = new LinkedHashMap<>();
    for (int i = 0; i < units.length; i++) {
      shares.put(parties.get(i), Fraction.of(units[i], ROUNDING_UNITS));
    }
    return new Allocation(commitment, protocol, shares, accountable, explanation,
        standardErrors);
  }

  /**
   * A party's share.
   *
   * @param party the party
   * @return its share, zero if it has none
   */
  public Fraction share(PartyId party) {
    return shares.getOrDefault(party, Fraction.ZERO);
  }
}
