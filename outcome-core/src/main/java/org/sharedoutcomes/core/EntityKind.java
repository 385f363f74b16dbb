package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** The kinds of entity in a model, as named in error messages and findings. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum EntityKind {
  /** An {@link Agency}. */
  AGENCY("agency"),
  /** A {@link Person}. */
  PERSON("person"),
  /** An {@link Outcome}. */
  OUTCOME("outcome"),
  /** A {@link Commitment}. */
  COMMITMENT("commitment"),
  /** An {@link Indicator}. */
  INDICATOR("indicator"),
  /** A {@link DataSharingAgreement}. */
  AGREEMENT("agreement"),
  /** A {@link Conflict}. */
  CONFLICT("conflict"),
  /** A {@link RoleAssignment} (which has no id of its own). */
  ROLE_ASSIGNMENT("role assignment"),
  /** A {@link Measurement} (which has no id of its own). */
  MEASUREMENT("measurement"),
  /** A {@link DeliveryAssessment} (which has no id of its own). */
  ASSESSMENT("assessment"),
  /** An {@link Intervention} (which has no id of its own). */
  INTERVENTION("intervention"),
  /** A {@link Contribution} (which has no id of its own). */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  CONTRIBUTION("contribution");

  private final String label;

  EntityKind(String label) {
    this.label = label;
  }

  /**
   * The lower-case name used in messages, for example {@code "role assignment"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
