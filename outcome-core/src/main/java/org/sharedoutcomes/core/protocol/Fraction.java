package org.sharedoutcomes.core.protocol;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An exact rational number, always in lowest terms with a positive denominator. Shares of
 * responsibility are fractions so that they add up to exactly one, with no rounding.
 *
 * <pre>{@code
 * Fraction third = Fraction.of(1, 3);
 * third.plus(third).plus(third).equals(Fraction.ONE); // true
 * }</pre>
 *
 * <p><b>Limits.</b> So that a short text cannot build a number with millions of digits (the
 * text {@code "1e-1000000"} would be one with a million-digit denominator), every fraction is
 * bounded, as Jackson's {@code StreamReadConstraints} bound number lengths:
 *
 * <ul>
 *   <li>{@link #parse(String)} and {@link #of(BigDecimal)} refuse a decimal with more than
 *       {@value #MAX_DIGITS} digits or an exponent beyond &plusmn;{@value #MAX_EXPONENT}
 *       (the exponent of {@code 1.5e-7} is -7, of {@code 0.015} is -3), and a fraction
 *       {@code n/d} whose numerator or denominator has more than {@value #MAX_DIGITS} digits,
 *       with an {@link IllegalArgumentException} naming the input (shortened) and the limit;
 *   <li>every result, of the factories and of the arithmetic, has a numerator and a
 *       denominator of at most {@value #MAX_BITS} bits (about 39,000 decimal digits); an
 *       operation whose result would be larger throws an {@link ArithmeticException} naming
 *       the operation and the limit.
 * </ul>
 *
 * <p>Immutable and thread-safe. Equal values are {@link #equals(Object) equal} (lowest terms).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Fraction implements Comparable<Fraction> {
  /** Zero. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
  /** One. */
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);
  /** The most digits of a parsed decimal, or of each side of a parsed {@code n/d}: {@value}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final int MAX_DIGITS = 1_000;
  /** The largest magnitude of a parsed decimal's exponent: {@value}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final int MAX_EXPONENT = 1_000;
  /** The most bits of any fraction's numerator or denominator: {@value}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final int MAX_BITS = 1 << 17;
  /** Longer texts are refused before they are parsed (digits, sign, point, exponent). */
  private static final int MAX_TEXT = 2 * MAX_DIGITS + 32;

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
   * @throws ArithmeticException if the reduced numerator or denominator has more than
   *     {@value #MAX_BITS} bits
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
    // twice the limit, before reducing: what the arithmetic on two fractions within the limit
    // gives; anything larger is refused before the gcd, which is quadratic in the length
    checkBits(numerator, denominator, 2 * MAX_BITS + 1, "fraction");
    BigInteger g = numerator.gcd(denominator);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      numerator = numerator.divide(g);
      denominator = denominator.divide(g);
    }
    checkBits(numerator, denominator, MAX_BITS, "fraction");
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
   * @throws IllegalArgumentException if the decimal has more than {@value #MAX_DIGITS} digits
   *     or an exponent beyond &plusmn;{@value #MAX_EXPONENT}
   */
  public static Fraction of(BigDecimal value) {
    Objects.requireNonNull(value, "value must not be null");
    checkDecimal(value, null);
    if (value.signum() == 0) {
      return ZERO;
    }
    if (value.scale() <= 0) {
      return of(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * Parses a decimal such as {@code "0.25"}, {@code "3"} or {@code "2.5e3"}, or a fraction such
   * as {@code "1/3"}, within the {@linkplain Fraction limits}.
   *
   * @param text the text
   * @return the fraction
   * @throws IllegalArgumentException if the text is neither a decimal nor a fraction, or is
   *     beyond the limits (the message names the text, shortened, and the limit)
   */
  public static Fraction parse(String text) {
    Objects.requireNonNull(text, "text must not be null");
    String s = text.strip();
    if (s.length() > MAX_TEXT) {
      throw new IllegalArgumentException("'" + shorten(text) + "' (" + s.length()
          + " characters) is too long for a number: at most " + MAX_DIGITS
          + " digits (Fraction.MAX_DIGITS) are read");
    }
    try {
      int slash = s.indexOf('/');
      if (slash >= 0) {
        String n = s.substring(0, slash).strip();
        String d = s.substring(slash + 1).strip();
        for (String part : new String[] {n, d}) {
          int digits = part.length()
              - (part.startsWith("-") || part.startsWith("+") ? 1 : 0);
          if (digits > MAX_DIGITS) {
            throw new IllegalArgumentException("'" + shorten(text) + "' has a side of "
                + digits + " digits; each side of a fraction has at most "
                + MAX_DIGITS + " digits (Fraction.MAX_DIGITS)");
          }
        }
        return of(new BigInteger(n), new BigInteger(d));
      }
      BigDecimal value = new BigDecimal(s);
      checkDecimal(value, text);
      return of(value);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "'" + shorten(text) + "' is not a number: expected a decimal such as 0.25 or a"
              + " fraction such as 1/3", e);
    }
  }

  /** Refuses a decimal beyond the digit or exponent limit, naming the text if there is one. */
  private static void checkDecimal(BigDecimal value, @Nullable String text) {
    String what = text == null ? "the decimal " + shorten(value.toString())
        : "'" + shorten(text) + "'";
    if (value.precision() > MAX_DIGITS) {
      throw new IllegalArgumentException(what + " has " + value.precision()
          + " digits; at most " + MAX_DIGITS + " (Fraction.MAX_DIGITS) are allowed");
    }
    // the exponent of the leading digit: 1.5e-7 and 15e-8 both have exponent -7
    long exponent = (long) value.precision() - value.scale() - 1;
    if (value.signum() != 0 && Math.abs(exponent) > MAX_EXPONENT) {
      throw new IllegalArgumentException(what + " has the exponent " + exponent
          + "; its magnitude must be at most " + MAX_EXPONENT + " (Fraction.MAX_EXPONENT)");
    }
  }

  private static void checkBits(BigInteger numerator, BigInteger denominator, int limit,
      String what) {
    if (numerator.bitLength() > limit || denominator.bitLength() > limit) {
      throw new ArithmeticException("a " + what + " with a " + numerator.bitLength()
          + "-bit numerator and a " + denominator.bitLength() + "-bit denominator is beyond the"
          + " limit of " + MAX_BITS + " bits (Fraction.MAX_BITS)");
    }
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
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
   * @throws ArithmeticException if the result is beyond {@value #MAX_BITS} bits
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
   * @throws ArithmeticException if the result is beyond {@value #MAX_BITS} bits
   */
  public Fraction minus(Fraction other) {
    return plus(other.negate());
  }

  /**
   * The product.
   *
   * @param other the other fraction
   * @return {@code this * other}
   * @throws ArithmeticException if the result is beyond {@value #MAX_BITS} bits
   */
  public Fraction times(Fraction other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * The quotient.
   *
   * @param other the divisor, not zero
   * @return {@code this / other}
   * @throws ArithmeticException if {@code other} is zero, or the result is beyond
   *     {@value #MAX_BITS} bits
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
