package org.sharedoutcomes.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sharedoutcomes.core.protocol.Fraction;

class FiguresTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "94.3, 94.3",
      "94.30000000000001, 94.3",   // a sum's last-bit noise is not a figure
      "2.799999999999997, 2.8",
      "85, 85",
      "0, 0",
      "-0.0, 0",
      "0.00035, 0.00035",          // a small rate is not printed as 0 (three decimals would)
      "0.000351234567, 0.000351235",
      "1234567.8, 1234568",        // a large count keeps every integer digit
      "1234567, 1234567",
      "123456.7, 123457",          // six significant digits: the edge
      "12345.67, 12345.7",         // and its neighbour
      "-4.8, -4.8",
      "1e20, 100000000000000000000"})
  void writesSixSignificantDigitsKeepingIntegerDigitsAndNoPaddingZeros(double v, String text) {
    assertEquals(text, Figures.of(v));
  }

  @Test
  void aFigureIsWithinHalfAUnitOfItsLastDigit() {
    for (long seed = 1; seed <= 200; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-6, 10));
      BigDecimal printed = new BigDecimal(Figures.of(v));
      BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, printed.scale()));
      BigDecimal error = printed.subtract(BigDecimal.valueOf(v)).abs();
      assertTrue(error.multiply(BigDecimal.valueOf(2)).compareTo(unit) <= 0, "seed " + seed + ": " + v + " printed "
          + printed);
    }
  }

  @ParameterizedTest(name = "{0}/{1} -> {2}")
  @CsvSource({"7, 3, 7/3", "19, 12, 19/12", "61, 20, 3.05", "16, 5, 3.2", "12, 1, 12",
      "1, 3, 1/3", "-1, 8, -0.125", "0, 1, 0", "1, 1024, 0.0009765625"})
  void writesAFractionExactly(long numerator, long denominator, String text) {
    assertEquals(text, ReportBuilder.exact(Fraction.of(numerator, denominator)));
  }
}
