package org.sharedoutcomes.core.check;

import org.apiguardian.api.API;

/**
 * The stable codes of the accountability checks. A code never changes meaning; new checks get
 * new codes. Each constant documents what triggers it and what to do; the module's README has
 * the same table. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum FindingCode {
  /**
   * {@code SO-ACC-001}, {@link Severity#ERROR}: a commitment on which no party (agency or
   * person) holds {@code ACCOUNTABLE}: nobody answers for it. Roles on outcomes do not count.
   * What to do: name exactly one accountable party.
   */
  NO_ACCOUNTABLE_PARTY("SO-ACC-001", Severity.ERROR),
  /**
   * {@code SO-ACC-002}, {@link Severity#ERROR}: two or more distinct parties hold
   * {@code ACCOUNTABLE} on a commitment at the same time (their spans overlap; a span without a
   * start or end is open on that side): everybody, so nobody, answers for it. A handover, one
   * party's span ending before the next one's starts, is not a finding. One party holding the
   * role for several spans counts once; a person and their agency count as two parties.
   * What to do: keep one accountable party and give the others RESPONSIBLE or CONTRIBUTOR.
   */
  SEVERAL_ACCOUNTABLE_PARTIES("SO-ACC-002", Severity.ERROR),
  /**
   * {@code SO-ACC-003}, {@link Severity#WARNING}: an outcome that no commitment serves, neither
   * directly nor through an outcome contributing to it (a descendant in the outcome
   * hierarchy). What to do: link a commitment to it or to one of its child outcomes, or retire
   * it.
   */
  UNSERVED_OUTCOME("SO-ACC-003", Severity.WARNING),
  /**
   * {@code SO-ACC-004}, {@link Severity#WARNING}: an indicator with no baseline, so progress
   * cannot be measured from a start. What to do: record the baseline value and its date.
   */
  INDICATOR_WITHOUT_BASELINE("SO-ACC-004", Severity.WARNING),
  /**
   * {@code SO-ACC-005}, {@link Severity#WARNING}: an indicator with neither a target nor a
   * planned trajectory point, so nobody can tell whether it is on track. What to do: set a
   * dated target (or planned trajectory points).
   */
  INDICATOR_WITHOUT_TARGET("SO-ACC-005", Severity.WARNING),
  /**
   * {@code SO-ACC-006}, {@link Severity#WARNING}: an indicator with no data owner. What to do:
   * name the agency that answers for its data.
   */
  INDICATOR_WITHOUT_OWNER("SO-ACC-006", Severity.WARNING),
  /**
   * {@code SO-ACC-007}, {@link Severity#WARNING}: a party holds {@code LEAD} on a commitment,
   * but no other party holds a contributing role on it (responsible, contributor, funder,
   * implementer, co-producer; other leads do not count): a lead with nobody to lead. One
   * finding per such lead. What to do: name the contributors, or drop the lead role.
   */
  LEAD_IS_SOLE_CONTRIBUTOR("SO-ACC-007", Severity.WARNING),
  /**
   * {@code SO-ACC-008}, {@link Severity#WARNING}: a commitment shared by two or more agencies
   * (parties holding any role on it, a person counting as their agency) that names no
   * conflict-resolution protocol, so disputes have no agreed way to be settled quickly and
   * fairly. What to do: agree a protocol and set {@link
   * org.sharedoutcomes.core.Commitment#conflictProtocol()}.
   */
  SHARED_WITHOUT_CONFLICT_PROTOCOL("SO-ACC-008", Severity.WARNING),
  /**
   * {@code SO-ACC-009}, {@link Severity#INFO}: a commitment in {@code COLLABORATION} or
   * {@code INTEGRATION} mode on which nobody holds one or more of the trio of roles that make
   * collaboration happen (public entrepreneur, guardian angel, fellow traveller); the message
   * lists the missing ones. What to do: name them, or use a lighter collaboration mode if
   * coordination suffices.
   */
  COLLABORATION_WITHOUT_TRIO("SO-ACC-009", Severity.INFO),
  /**
   * {@code SO-ACC-010}, {@link Severity#WARNING}: an agency of the centre (see {@link
   * org.sharedoutcomes.core.OutcomeModel#centre()}) holds {@code ACCOUNTABLE}, directly or
   * through one of its people, on a commitment on which at least one agency outside the centre
   * holds a role: coordination turning into control. What to do: let a delivering agency be
   * accountable and keep the centre in the {@code DELIVERY_UNIT} role.
   */
  CENTRE_ACCOUNTABLE("SO-ACC-010", Severity.WARNING),
  /**
   * {@code SO-ACC-011}, {@link Severity#WARNING}: the centre's {@code DIRECTIVE} interventions
   * towards an agency outnumber its {@code SUPPORT} interventions towards it (challenge and
   * monitoring are not counted; acts from agencies outside the centre are ignored). What to
   * do: ask "Can we help?" before telling.
   */
  DIRECTIVE_OVER_SUPPORT("SO-ACC-011", Severity.WARNING),
  /**
   * {@code SO-ACC-012}, {@link Severity#WARNING}: an indicator whose direction contradicts the
   * kind of one of its targets: {@code ASCENDING} (higher is better, the default) with an
   * {@code AT_MOST} target, or {@code DESCENDING} with an {@code AT_LEAST} target. Progress
   * reads variance by the direction, so such an indicator is reported ahead when it is behind.
   * One finding per indicator, naming its first contradicting target. What to do: set the
   * direction (usually forgotten: it defaults to ascending), or fix the target's kind.
   */
  DIRECTION_CONTRADICTS_TARGET("SO-ACC-012", Severity.WARNING);

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
