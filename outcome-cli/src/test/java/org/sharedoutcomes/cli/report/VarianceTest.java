package org.sharedoutcomes.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.MeasureType;

class VarianceTest {
  private static String say(Direction d, String unit, double actual, double expected) {
    double v = actual - expected;
    return Variance.describe(d, unit, OptionalDouble.of(v),
        expected == 0 ? OptionalDouble.empty() : OptionalDouble.of(v / Math.abs(expected)));
  }

  @Test
  void aPercentageSaysItsDifferenceInPointsThenTheRelativeVariance() {
    // 80.2 against 85: 4.8 points, which is 5.6% of the expected value
    assertEquals("4.8 points behind (5.6%)", say(Direction.ASCENDING, "points", 80.2, 85));
  }

  @Test
  void theDirectionDecidesAheadOrBehind() {
    assertEquals("2.8 s/vehicle-mile behind (5.8%)",
        say(Direction.DESCENDING, "s/vehicle-mile", 50.8, 48));
    assertEquals("2.8 s/vehicle-mile ahead (5.8%)",
        say(Direction.DESCENDING, "s/vehicle-mile", 45.2, 48));
    assertEquals("2.8 ahead (5.8%)", say(Direction.ASCENDING, "", 50.8, 48));
  }

  @Test
  void onPlanOnlyWhenTheDifferenceIsZero() {
    assertEquals("on plan", say(Direction.ASCENDING, "", 75.5, 75.5));
    // 0.049% is a difference, written out (a hair short of a target on its deadline is off
    // track, and must not read "on plan"); its neighbour 0.06% rounds to 0.1%
    assertEquals("0.049 ahead (<0.1%)", say(Direction.ASCENDING, "", 100.049, 100));
    assertEquals("0.01 points behind (<0.1%)", say(Direction.ASCENDING, "points", 94.99, 95));
    assertEquals("0.06 ahead (0.1%)", say(Direction.ASCENDING, "", 100.06, 100));
  }

  @Test
  void withAnExpectedZeroOnlyTheDifferenceIsGiven() {
    assertEquals("3 behind", say(Direction.DESCENDING, "", 3, 0));
    assertEquals("on plan", say(Direction.DESCENDING, "", 0, 0));
  }

  @Test
  void nothingIsSaidWithoutAVariance() {
    assertEquals("", Variance.describe(Direction.ASCENDING, "%", OptionalDouble.empty(),
        OptionalDouble.empty()));
  }

  @Test
  void theUnitOfAPercentageIsPointsWhetherByTypeOrBySign() {
    Indicator byUnit = Indicator.builder("a", "A").unit("%").build();
    Indicator byType = Indicator.builder("b", "B").measureType(MeasureType.PERCENTAGE).build();
    Indicator count = Indicator.builder("c", "C").unit("per 1,000").build();
    assertEquals("points", Variance.unitOf(byUnit));
    assertEquals("points", Variance.unitOf(byType));
    assertEquals("per 1,000", Variance.unitOf(count));
  }
}
