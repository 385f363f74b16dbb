package org.sharedoutcomes.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FractionTest {
  @Test
  void threeThirdsMakeExactlyOne() {
    Fraction third = Fraction.of(1, 3);
    assertEquals(Fraction.ONE, third.plus(third).plus(third));
  }

  @Test
  void fractionsAreKeptInLowestTermsWithPositiveDenominator() {
    Fraction f = Fraction.of(6, -8);
    assertEquals(BigInteger.valueOf(-3), f.numerator());
    assertEquals(BigInteger.valueOf(4), f.denominator());
    assertEquals("-3/4", f.toString());
  }

  @Test
  void parsesDecimalsAndFractions() {
    assertEquals(Fraction.of(1, 4), Fraction.parse("0.25"));
    assertEquals(Fraction.of(1, 3), Fraction.parse(" 1/3 "));
    assertEquals(Fraction.of(250_000), Fraction.parse("250000"));
  }

  @Test
  void rejectsTextThatIsNotANumberNamingIt() {
    IllegalArgumentException x =
        assertThrows(IllegalArgumentException.class, () -> Fraction.parse("lots"));
    assertTrue(x.getMessage().contains("'lots'"), x.getMessage());
  }

  @Test
  void rejectsZeroDenominator() {
    assertThrows(IllegalArgumentException.class, () -> Fraction.of(1, 0));
  }

  @Test
  void dividesAndMultipliesExactly() {
    assertEquals(Fraction.of(3, 4), Fraction.of(3).dividedBy(Fraction.of(4)));
    assertEquals(Fraction.of(1, 6), Fraction.of(1, 2).times(Fraction.of(1, 3)));
    assertEquals(0.75, Fraction.of(3, 4).doubleValue());
  }

  @Test
  void refusesTheShareBombNamingTheInputAndTheExponentLimit() {
    IllegalArgumentException x =
        assertThrows(IllegalArgumentException.class, () -> Fraction.parse("1e-1000000"));
    assertTrue(x.getMessage().contains("'1e-1000000'"), x.getMessage());
    assertTrue(x.getMessage().contains("MAX_EXPONENT"), x.getMessage());
  }

  @Test
  void refusesAHundredMillionDigitExponent() {
    IllegalArgumentException x =
        assertThrows(IllegalArgumentException.class, () -> Fraction.parse("1e-100000000"));
    assertTrue(x.getMessage().contains("1000"), x.getMessage());
  }

  @Test
  void refusesAPositiveExponentBeyondTheLimit() {
    assertThrows(IllegalArgumentException.class, () -> Fraction.parse("9e1001"));
  }

  @Test
  void acceptsExponentsAndDigitsAtTheLimits() {
    assertEquals(Fraction.of(BigInteger.ONE, BigInteger.TEN.pow(1000)),
        Fraction.parse("1e-1000"));
    assertEquals(Fraction.of(BigInteger.TEN.pow(1000).subtract(BigInteger.ONE), BigInteger.ONE),
        Fraction.parse("9".repeat(1000)));
  }

  @Test
  void refusesADecimalOfMoreThanAThousandDigitsNamingItShortened() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> Fraction.parse("1." + "0".repeat(1000) + "1"));
    assertTrue(x.getMessage().contains("MAX_DIGITS"), x.getMessage());
    assertTrue(x.getMessage().length() < 300, x.getMessage());
  }

  @Test
  void refusesAFractionWithASideOfMoreThanAThousandDigits() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> Fraction.parse("1/" + "7".repeat(1001)));
    assertTrue(x.getMessage().contains("MAX_DIGITS"), x.getMessage());
  }

  @Test
  void refusesAMegabyteOfDigitsBeforeParsingThem() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> Fraction.parse("1".repeat(1_000_000)));
    assertTrue(x.getMessage().contains("1000000 characters"), x.getMessage());
  }

  @Test
  void refusesABigDecimalBeyondTheExponentLimit() {
    assertThrows(IllegalArgumentException.class,
        () -> Fraction.of(new java.math.BigDecimal("1e-5000")));
  }

  @Test
  void zeroWithAHugeExponentIsZero() {
    assertEquals(Fraction.ZERO, Fraction.parse("0e-1000000"));
  }

  @Test
  void arithmeticBeyondTheBitLimitThrowsNamingTheLimit() {
    Fraction big = Fraction.of(BigInteger.ONE.shiftLeft(Fraction.MAX_BITS - 1), BigInteger.ONE);
    ArithmeticException x = assertThrows(ArithmeticException.class, () -> big.times(big));
    assertTrue(x.getMessage().contains("MAX_BITS"), x.getMessage());
  }
}
