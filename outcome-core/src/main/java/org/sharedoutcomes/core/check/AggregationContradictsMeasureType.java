package org.sharedoutcomes.core.check;

import java.util.List;
import java.util.Locale;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.OutcomeModel;

/**
 * The rule of {@link FindingCode#AGGREGATION_CONTRADICTS_MEASURE_TYPE}: an indicator that
 * declares a region aggregation its measure type refuses
 * ({@link MeasureType#combinesAcrossRegionsBy(Aggregation)} is false: a SUM or AVERAGE of
 * percentages or ordinal levels, any numeric rule for nominal or qualitative values). The
 * progress engine refuses such a total ({@code DataState.NOT_SUMMABLE}); the finding says so
 * before any data arrives. An indicator that is not aggregable, or declares no rule (by measure
 * type), is never flagged. After DHIS2's aggregation types by value type.
 */
@RuleCode(constant = "AGGREGATION_CONTRADICTS_MEASURE_TYPE", code = "SO-ACC-015",
    severity = Severity.WARNING, since = "0.2",
    doc = "a region aggregation that contradicts the measure type",
    summary = "an aggregable indicator whose declared region aggregation contradicts its measure"
        + " type: SUM or AVERAGE of a PERCENTAGE or ORDINAL, or any rule but NONE for NOMINAL or"
        + " QUALITATIVE; progress refuses such a total",
    whatToDo = "drop the declared region aggregation (it then follows the measure type), report"
        + " totals, or measure a percentage through a numerator and a denominator")
final class AggregationContradictsMeasureType extends IndicatorRule {
  AggregationContradictsMeasureType(FindingCode findingCode) {
    super(findingCode);
  }

  @Override
  void check(Indicator i, OutcomeModel model, List<Finding> out) {
    if (!i.aggregable() || i.regionAggregation().isEmpty()) {
      return;
    }
    Aggregation rule = i.regionAggregation().get();
    MeasureType type = i.measureType();
    if (!type.combinesAcrossRegionsBy(rule)) {
      out.add(finding(List.of(i.id()), "indicator '" + i.id() + "' is "
          + article(type) + " but declares region aggregation " + rule + ": "
          + why(type, rule) + "; progress refuses that total. Drop the declared rule (it then"
          + " follows the measure type: " + type.regionAggregation() + "), or report totals"));
    }
  }

  private static String article(MeasureType type) {
    String t = type.name().toLowerCase(Locale.ROOT);
    return (type == MeasureType.ORDINAL ? "an " : "a ") + t;
  }

  private static String why(MeasureType type, Aggregation rule) {
    return switch (type) {
      case PERCENTAGE -> rule == Aggregation.SUM ? "percentages do not add up (40% + 50% is not"
          + " 90%)" : "an unweighted mean of percentages ignores the regions' sizes";
      case ORDINAL -> rule == Aggregation.SUM ? "levels do not add up (level 3 + level 3 is not"
          + " level 6)" : "levels are ranks, not quantities, and have no mean";
      default -> "its values are codes, never combined numerically";
    };
  }
}
