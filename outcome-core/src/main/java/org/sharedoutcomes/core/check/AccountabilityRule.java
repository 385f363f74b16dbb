package org.sharedoutcomes.core.check;

import java.util.List;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.internal.Checks;

/**
 * One accountability rule: the logic behind one {@link FindingCode}, with the code's metadata
 * (its code, severity, what triggers it and what to do) declared beside that logic, in one
 * place: an annotation on the rule's class, from which the build generates the enum. Each rule
 * is a small class of this package; {@link #all()} lists them in code order, and the module
 * README's table of codes is generated from that list.
 *
 * <pre>{@code
 * for (AccountabilityRule r : AccountabilityRule.all()) {
 *   System.out.println(r.code() + " " + r.severity() + ": " + r.summary());
 * }
 * FindingCode.UNSERVED_OUTCOME.rule().whatToDo();  // "link a commitment to it or ..."
 * }</pre>
 *
 * <p>The rules are the library's own: this class cannot be extended outside its package, since
 * every finding carries a {@link FindingCode} and the codes are a closed, stable enum. Rules are
 * immutable, stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public abstract class AccountabilityRule {
  private final FindingCode findingCode;

  /**
   * A rule of the given code, whose metadata (code, severity, summary, what to do) is the one its
   * class declares with {@link RuleCode}, passed through the generated constant.
   *
   * @param findingCode the enum constant bound to this rule
   */
  AccountabilityRule(FindingCode findingCode) {
    this.findingCode = Checks.notNull(findingCode, "finding code");
  }

  /**
   * Every rule, in code order ({@code SO-ACC-001} first): one per {@link FindingCode}.
   *
   * @return an unmodifiable list
   */
  public static List<AccountabilityRule> all() {
    return FindingCode.rules();
  }

  /**
   * The enum constant of this rule's findings.
   *
   * @return the finding code
   */
  public final FindingCode findingCode() {
    return findingCode;
  }

  /**
   * The stable code, such as {@code "SO-ACC-001"}.
   *
   * @return the code
   */
  public final String code() {
    return findingCode.code();
  }

  /**
   * The severity of this rule's findings.
   *
   * @return the severity
   */
  public final Severity severity() {
    return findingCode.severity();
  }

  /**
   * What triggers a finding, in plain words, such as {@code "an indicator with no baseline"}.
   *
   * @return one phrase, not blank
   */
  public final String summary() {
    return findingCode.summary();
  }

  /**
   * What to do about a finding, such as {@code "record the baseline value and date"}.
   *
   * @return one phrase, not blank
   */
  public final String whatToDo() {
    return findingCode.whatToDo();
  }

  /**
   * A finding of this rule.
   *
   * @param entities the entities involved, the main one first
   * @param message the sentence
   * @return the finding
   */
  final Finding finding(List<? extends EntityId> entities, String message) {
    return new Finding(findingCode, List.copyOf(entities), message);
  }

  /**
   * The rule as one line: {@code SO-ACC-001 ERROR: summary}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return code() + " " + severity() + ": " + summary();
  }
}
