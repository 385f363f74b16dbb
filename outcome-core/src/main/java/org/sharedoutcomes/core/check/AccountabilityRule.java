package org.sharedoutcomes.core.check;

import java.util.List;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.internal.Checks;

/**
 * One accountability rule: the logic behind one {@link FindingCode}, with the code's metadata
 * (its code, severity, what triggers it and what to do) declared beside that logic, in one
 * place. Each rule is a small class of this package; {@link #all()} lists them in code order,
 * and the module README's table of codes is tested against that list.
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
  private final String code;
  private final Severity severity;
  private final String summary;
  private final String whatToDo;

  /**
   * A rule's metadata, in the order of the README table's columns.
   *
   * @param findingCode the enum constant bound to this rule
   * @param code the stable code, {@code SO-ACC-} and three digits
   * @param severity the severity of its findings
   * @param summary what triggers it, in plain words (the README's "triggered by")
   * @param whatToDo what to do about a finding (the README's "what to do")
   */
  AccountabilityRule(FindingCode findingCode, String code, Severity severity, String summary,
      String whatToDo) {
    this.findingCode = Checks.notNull(findingCode, "finding code");
    this.code = Checks.text(code, "rule code");
    this.severity = Checks.notNull(severity, "rule severity");
    this.summary = Checks.text(summary, "rule summary");
    this.whatToDo = Checks.text(whatToDo, "rule what to do");
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
    return code;
  }

  /**
   * The severity of this rule's findings.
   *
   * @return the severity
   */
  public final Severity severity() {
    return severity;
  }

  /**
   * What triggers a finding, in plain words, such as {@code "an indicator with no baseline"}.
   *
   * @return one phrase, not blank
   */
  public final String summary() {
    return summary;
  }

  /**
   * What to do about a finding, such as {@code "record the baseline value and date"}.
   *
   * @return one phrase, not blank
   */
  public final String whatToDo() {
    return whatToDo;
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
    return code + " " + severity + ": " + summary;
  }
}
