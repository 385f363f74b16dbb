package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/**
 * What kind of value an {@link Indicator} measures; {@link #iatiCode()} gives IATI's
 * IndicatorMeasure code.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum MeasureType {
  /** A count or quantity in a unit. */
  UNIT("1"),
  /** A percentage. */
  PERCENTAGE("2"),
  /** A nominal (categorical) value, coded as a number. */
  NOMINAL("3"),
  /** An ordinal value (a rank or level), coded as a number. */
  ORDINAL("4"),
  /** A qualitative judgement, coded as a number on a scale. */
  QUALITATIVE("5");

  private final String code;

  MeasureType(String code) {
    this.code = code;
  }

  /**
   * The region aggregation of an indicator of this type that declares none (after DHIS2's
   * aggregation types by value type): {@link Aggregation#SUM} for counts and amounts,
   * {@link Aggregation#MEDIAN} for ordinal levels, and {@link Aggregation#NONE} for percentages
   * (which aggregate through a numerator and a denominator, or a reported total) and for
   * nominal and qualitative values (never combined numerically).
   *
   * @return the default rule across contributors and regions
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Aggregation regionAggregation() {
    return switch (this) {
      case UNIT -> Aggregation.SUM;
      case ORDINAL -> Aggregation.MEDIAN;
      case PERCENTAGE, NOMINAL, QUALITATIVE -> Aggregation.NONE;
    };
  }

  /**
   * Whether values of this type may be combined across contributors and regions by a rule:
   * every rule for {@link #UNIT}; for {@link #PERCENTAGE} neither {@link Aggregation#SUM} nor
   * the unweighted {@link Aggregation#AVERAGE} (40% + 50% is not 90%, and the mean ignores the
   * regions' sizes); for {@link #ORDINAL} neither SUM nor AVERAGE (level 3 + level 3 is not level
   * 6; levels are ranks, not quantities); for {@link #NOMINAL} and {@link #QUALITATIVE} only
   * {@link Aggregation#NONE}.
   *
   * @param rule the region aggregation
   * @return true if the rule fits the measure type
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public boolean combinesAcrossRegionsBy(Aggregation rule) {
    return switch (this) {
      case UNIT -> true;
      case PERCENTAGE, ORDINAL -> rule != Aggregation.SUM && rule != Aggregation.AVERAGE;
      case NOMINAL, QUALITATIVE -> rule == Aggregation.NONE;
    };
  }

  /**
   * The code of IATI's IndicatorMeasure code list.
   *
   * @return the code, {@code "1"} to {@code "5"}
   */
  public String iatiCode() {
    return code;
  }
}
