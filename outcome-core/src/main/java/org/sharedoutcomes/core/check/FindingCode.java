package org.sharedoutcomes.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The stable codes of the accountability checks. A code never changes meaning; new checks get
 * new codes, added at the end. Each constant is bound to its {@link AccountabilityRule}, which
 * declares the code's metadata beside its logic: {@link #rule()} gives its code, severity,
 * summary (what triggers it) and what to do, and the module README's table lists the same,
 * tested against the rules. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum FindingCode {
  /** {@code SO-ACC-001}: a commitment nobody is accountable for. */
  NO_ACCOUNTABLE_PARTY(NoAccountableParty::new),
  /** {@code SO-ACC-002}: a commitment with several accountable parties at once. */
  SEVERAL_ACCOUNTABLE_PARTIES(SeveralAccountableParties::new),
  /** {@code SO-ACC-003}: an outcome no commitment serves. */
  UNSERVED_OUTCOME(UnservedOutcome::new),
  /** {@code SO-ACC-004}: an indicator without baseline. */
  INDICATOR_WITHOUT_BASELINE(IndicatorWithoutBaseline::new),
  /** {@code SO-ACC-005}: an indicator without target or planned points. */
  INDICATOR_WITHOUT_TARGET(IndicatorWithoutTarget::new),
  /** {@code SO-ACC-006}: an indicator without data owner. */
  INDICATOR_WITHOUT_OWNER(IndicatorWithoutOwner::new),
  /** {@code SO-ACC-007}: a lead with nobody to lead. */
  LEAD_IS_SOLE_CONTRIBUTOR(LeadIsSoleContributor::new),
  /** {@code SO-ACC-008}: a shared commitment without a conflict-resolution protocol. */
  SHARED_WITHOUT_CONFLICT_PROTOCOL(SharedWithoutConflictProtocol::new),
  /** {@code SO-ACC-009}: collaboration without its trio of roles. */
  COLLABORATION_WITHOUT_TRIO(CollaborationWithoutTrio::new),
  /** {@code SO-ACC-010}: the centre accountable where departments deliver. */
  CENTRE_ACCOUNTABLE(CentreAccountable::new),
  /** {@code SO-ACC-011}: the centre directs an agency more than it supports it. */
  DIRECTIVE_OVER_SUPPORT(DirectiveOverSupport::new),
  /** {@code SO-ACC-012}: an indicator's direction contradicts a target's kind. */
  DIRECTION_CONTRADICTS_TARGET(DirectionContradictsTarget::new),
  /** {@code SO-ACC-013}: an outcome under a parent of a lower level (since 0.2). */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  OUTCOME_LEVEL_INVERTED(OutcomeLevelInversion::new),
  /** {@code SO-ACC-014}: planned points that miss the final target (since 0.2). */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  PLAN_MISSES_FINAL_TARGET(PlanMissesFinalTarget::new),
  /** {@code SO-ACC-015}: a region aggregation that contradicts the measure type (since 0.2). */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  AGGREGATION_CONTRADICTS_MEASURE_TYPE(AggregationContradictsMeasureType::new);

  private final Function<FindingCode, AccountabilityRule> factory;

  FindingCode(Function<FindingCode, AccountabilityRule> factory) {
    this.factory = factory;
  }

  /**
   * The rule behind this code, with its metadata.
   *
   * @return the rule
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public AccountabilityRule rule() {
    return Registry.RULES.get(ordinal());
  }

  /**
   * The stable code, such as {@code "SO-ACC-001"}.
   *
   * @return the code
   */
  public String code() {
    return rule().code();
  }

  /**
   * The severity of findings with this code.
   *
   * @return the severity
   */
  public Severity severity() {
    return rule().severity();
  }

  /**
   * The constant with the given code.
   *
   * @param code a code such as {@code "SO-ACC-001"}
   * @return the constant
   * @throws IllegalArgumentException if no check has that code
   */
  public static FindingCode ofCode(String code) {
    for (AccountabilityRule r : Registry.RULES) {
      if (r.code().equals(code)) {
        return r.findingCode();
      }
    }
    throw new IllegalArgumentException("no accountability check has code '" + code + "'");
  }

  /** The rules of all codes, in code order. */
  static List<AccountabilityRule> rules() {
    return Registry.RULES;
  }

  /** Creates the rules once, after the constants exist (a holder, so no cycle at class init). */
  private static final class Registry {
    static final List<AccountabilityRule> RULES = create();

    private static List<AccountabilityRule> create() {
      List<AccountabilityRule> rules = new ArrayList<>();
      for (FindingCode c : values()) {
        AccountabilityRule r = c.factory.apply(c);
        if (r.findingCode() != c) {
          throw new IllegalStateException("the rule of " + c + " reports " + r.findingCode());
        }
        rules.add(r);
      }
      return List.copyOf(rules);
    }
  }
}
