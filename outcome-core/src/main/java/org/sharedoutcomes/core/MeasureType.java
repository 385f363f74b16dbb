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
   * The code of IATI's IndicatorMeasure code list.
   *
   * @return the code, {@code "1"} to {@code "5"}
   */
  public String iatiCode() {
    return code;
  }
}
