package org.sharedoutcomes.core.protocol.responsibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * monotone can give a party a negative share. Protocols that compute exact values divide them
 * by their sum with {@link #proportional}; protocols that estimate in floating point (such as
 * {@code shapley} beyond its exact limit) use {@link #estimated}, which reads each estimate as
 * its shortest decimal and rounds nothing, so that no party is favoured by its id.
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
   * An allocation in proportion to exact values: each party's share is its value divided by
   * the sum of the values, exactly. Nothing is rounded, so equal values always give equal
   * shares, whatever the parties' ids.
   *
   * @param commitment the commitment
   * @param protocol the protocol id
   * @param parties the parties, in the order of {@code values}
   * @param values a value per party; their sum must not be zero
   * @param accountable the accountable party
   * @param explanation how the values were found
   * @param standardErrors standard errors of the shares, or an empty map
   * @return the allocation
   * @throws IllegalArgumentException if the lengths differ or the values sum to zero
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Allocation proportional(CommitmentId commitment, String protocol,
      List<PartyId> parties, List<Fraction> values, PartyId accountable, String explanation,
      Map<PartyId, Double> standardErrors) {
    Checks.notNull(commitment, "allocation commitment");
    if (parties.size() != values.size()) {
      throw new IllegalArgumentException("commitment '" + commitment + "': " + values.size()
          + " values for " + parties.size() + " parties");
    }
    Fraction sum = Fraction.ZERO;
    for (Fraction v : values) {
      sum = sum.plus(Checks.notNull(v, "allocation value"));
    }
    if (sum.signum() == 0) {
      throw new IllegalArgumentException("commitment '" + commitment + "' (" + protocol
          + "): the values " + values + " sum to zero; shares are undefined when the whole is"
          + " zero");
    }
    Map<PartyId, Fraction> shares = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      shares.merge(parties.get(i), values.get(i).dividedBy(sum), Fraction::plus);
    }
    return new Allocation(commitment, protocol, shares, accountable, explanation,
        standardErrors);
  }

  /**
   * An allocation in proportion to floating-point estimates, such as sampled Shapley values.
   *
   * <p><b>Rule</b> (no rounding): each estimate is read as the shortest decimal that is that
   * double ({@link BigDecimal#valueOf(double)}), and the shares are those decimals divided by
   * their sum, exactly, as in {@link #proportional}. The shares sum to exactly one, parties
   * with equal estimates get equal shares, and no party is favoured by its id or its position:
   * there are no units left over to hand out. The price is long fractions (denominators of up
   * to some tens of digits), which is what an estimate honestly is; the standard errors say
   * how far to trust them.
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
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Allocation estimated(CommitmentId commitment, String protocol,
      List<PartyId> parties, double[] values, PartyId accountable, String explanation,
      Map<PartyId, Double> standardErrors) {
    List<Fraction> exact = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("commitment '" + commitment + "' (" + protocol
            + "): value " + i + " is " + values[i] + "; values must be finite");
      }
      exact.add(values[i] == 0 ? Fraction.ZERO : Fraction.of(BigDecimal.valueOf(values[i])));
    }
    return proportional(commitment, protocol, parties, exact, accountable, explanation,
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
