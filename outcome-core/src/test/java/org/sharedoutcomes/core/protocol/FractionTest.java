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
}
