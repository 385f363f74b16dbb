package org.sharedoutcomes.core.protocol;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An exact rational number, always in lowest terms with a positive denominator. Shares of
 * responsibility are fractions so that they add up to exactly one, with no rounding.
 *
 * <pre>{@code
 * Fraction third = Fraction.of(1, 3);
 * third.plus(third).plus(third).equals(Fraction.ONE); // true
 * }</pre>
 *
 * <p>Immutable and thread-safe. Equal values are {@link #equals(Object) equal} (lowest terms).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Fraction implements Comparable<Fraction> {
  /** Zero. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
  /** One. */
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The fraction {@code numerator / denominator}, reduced.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the fraction
   * @throws IllegalArgumentException if the denominator is zero
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator must not be null");
    Objects.requireNonNull(denominator, "denominator must not be null");
    if (denominator.signum() == 0) {
      throw new IllegalArgumentException("denominator must not be zero (numerator " + numerator
          + ")");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger g = numerator.gcd(denominator);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      numerator = numerator.divide(g);
      denominator = denominator.divide(g);
    }
    if (numerator.signum() == 0) {
      return ZERO;
    }
    return new Fraction(numerator, denominator);
  }

  /**
   * The fraction {@code numerator / denominator}, reduced.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @return the fraction
   * @throws IllegalArgumentException if the denominator is zero
   */
  public static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * The integer {@code value}.
   *
   * @param value the value
   * @return the fraction {@code value / 1}
   */
  public static Fraction of(long value) {
    return of(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * The exact value of a decimal number.
   *
   * @param value the decimal
   * @return the fraction equal to it
   */
  public static Fraction of(BigDecimal value) {
    Objects.requireNonNull(value, "value must not be null");
    if (value.scale() <= 0) {
      return of(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * Parses a decimal such as {@code "0.25"}, {@code "3"} or a fraction such as {@code "1/3"}.
   *
   * @param text the text
   * @return the fraction
   * @throws IllegalArgumentException if the text is neither a decimal nor a fraction
   */
  public static Fraction parse(String text) {
    Objects.requireNonNull(text, "text must not be null");
    String s = text.strip();
    try {
      int slash = s.indexOf('/');
      if (slash >= 0) {
        return of(new BigInteger(s.substring(0, slash).strip()),
            new BigInteger(s.substring(slash + 1).strip()));
      }
      return of(new BigDecimal(s));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a number: expected a decimal such as 0.25 or a fraction such as"
              + " 1/3", e);
    }
  }

  /**
   * The numerator, in lowest terms.
   *
   * @return the numerator; its sign is the fraction's sign
   */
  public BigInteger numerator() {
    return numerator;
  }

  /**
   * The denominator, in lowest terms.
   *
   * @return the denominator, always positive
   */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * The sum.
   *
   * @param other the other fraction
   * @return {@code this + other}
   */
  public Fraction plus(Fraction other) {
    if (denominator.equals(other.denominator)) {
      return of(numerator.add(other.numerator), denominator);
    }
    return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * The difference.
   *
   * @param other the other fraction
   * @return {@code this - other}
   */
  public Fraction minus(Fraction other) {
    return plus(other.negate());
  }

  /**
   * The product.
   *
   * @param other the other fraction
   * @return {@code this * other}
   */
  public Fraction times(Fraction other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * The quotient.
   *
   * @param other the divisor, not zero
   * @return {@code this / other}
   * @throws ArithmeticException if {@code other} is zero
   */
  public Fraction dividedBy(Fraction other) {
    if (other.signum() == 0) {
      throw new ArithmeticException("division of " + this + " by zero");
    }
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /**
   * The negation.
   *
   * @return {@code -this}
   */
  public Fraction negate() {
    return signum() == 0 ? this : new Fraction(numerator.negate(), denominator);
  }

  /**
   * The sign.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return numerator.signum();
  }

  /**
   * The nearest double.
   *
   * @return this value as a double (may round)
   */
  public double doubleValue() {
    if (numerator.bitLength() < 53 && denominator.bitLength() < 53) {
      return numerator.doubleValue() / denominator.doubleValue();
    }
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64)
        .doubleValue();
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fraction f && numerator.equals(f.numerator)
        && denominator.equals(f.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** Returns {@code "n/d"}, or {@code "n"} if the denominator is one. */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE) ? numerator.toString()
        : numerator + "/" + denominator;
  }
}
