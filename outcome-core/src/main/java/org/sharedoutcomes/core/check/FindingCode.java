package org.sharedoutcomes.core.check;

import org.apiguardian.api.API;

/**
 * The stable codes of the accountability checks. A code never changes meaning; new checks get
 * new codes. Each constant documents what triggers it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum FindingCode {
  /** A commitment has no party holding {@code ACCOUNTABLE}: nobody answers for it. */
  NO_ACCOUNTABLE_PARTY("SO-ACC-001", Severity.ERROR),
  /**
   * A commitment has more than one party holding {@code ACCOUNTABLE}: everybody, so nobody,
   * answers for it.
   */
  SEVERAL_ACCOUNTABLE_PARTIES("SO-ACC-002", Severity.ERROR),
  /** An outcome that no commitment serves, directly or through a child outcome. */
  UNSERVED_OUTCOME("SO-ACC-003", Severity.WARNING),
  /** An indicator with no baseline: progress cannot be measured from a start. */
  INDICATOR_WITHOUT_BASELINE("SO-ACC-004", Severity.WARNING),
  /** An indicator with no target (and no planned trajectory). */
  INDICATOR_WITHOUT_TARGET("SO-ACC-005", Severity.WARNING),
  /** An indicator with no data owner. */
  INDICATOR_WITHOUT_OWNER("SO-ACC-006", Severity.WARNING),
  /**
   * A commitment's {@code LEAD} is its own sole contributor: no other party holds a contributing
   * role (responsible, contributor, funder, implementer, co-producer), so there is nobody to
   * lead.
   */
  LEAD_IS_SOLE_CONTRIBUTOR("SO-ACC-007", Severity.WARNING),
  /**
   * A commitment shared by two or more agencies names no conflict-resolution protocol, so
   * disputes have no agreed way to be settled quickly and fairly.
   */
  SHARED_WITHOUT_CONFLICT_PROTOCOL("SO-ACC-008", Severity.WARNING),
  /**
   * A commitment in collaboration or integration mode lacks part of the trio of roles (public
   * entrepreneur, guardian angel, fellow traveller) that makes collaboration happen.
   */
  COLLABORATION_WITHOUT_TRIO("SO-ACC-009", Severity.INFO),
  /**
   * The centre holds {@code ACCOUNTABLE} on a commitment that departments deliver: coordination
   * turning into control.
   */
  CENTRE_ACCOUNTABLE("SO-ACC-010", Severity.WARNING),
  /** The centre's directive interventions towards an agency outnumber its supportive ones. */
  DIRECTIVE_OVER_SUPPORT("SO-ACC-011", Severity.WARNING);

  private final String code;
  private final Severity severity;

  FindingCode(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /**
   * The stable code, such as {@code "SO-ACC-001"}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The severity of findings with this code.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * The constant with the given code.
   *
   * @param code a code such as {@code "SO-ACC-001"}
   * @return the constant
   * @throws IllegalArgumentException if no check has that code
   */
  public static FindingCode ofCode(String code) {
    for (FindingCode c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no accountability check has code '" + code + "'");
  }
}
