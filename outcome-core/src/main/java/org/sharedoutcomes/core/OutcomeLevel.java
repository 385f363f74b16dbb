package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** The level of an {@link Outcome} in a results chain; {@link #iatiResultType()} gives IATI's ResultType code. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum OutcomeLevel {
  /** An output: what is delivered. */
  OUTPUT("1"),
  /** An outcome: a change it brings about. */
  OUTCOME("2"),
  /** An impact: a long-term change in the world. */
  IMPACT("3");

  private final String code;

  OutcomeLevel(String code) {
    this.code = code;
  }

  /**
   * The code of IATI's ResultType code list.
   *
   * @return the code
   */
  public String iatiResultType() {
    return code;
  }
}
