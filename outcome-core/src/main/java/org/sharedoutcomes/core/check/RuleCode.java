package org.sharedoutcomes.core.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata of an accountability rule, declared once, on its class. At compile time the
 * outcome-codegen processor generates {@link FindingCode} from these annotations: one constant
 * per rule, in code order, whose constructor passes the metadata to the rule
 * ({@link AccountabilityRule#code()}, {@link AccountabilityRule#severity()}, ...). Source
 * retention and package-private: it is neither in the class files nor in the API.
 *
 * <pre>{@code
 * @RuleCode(constant = "UNSERVED_OUTCOME", code = "SO-ACC-003", severity = Severity.WARNING,
 *     doc = "an outcome no commitment serves",
 *     summary = "an outcome that no commitment serves, ...",
 *     whatToDo = "link a commitment to it or to a child outcome, or retire it")
 * final class UnservedOutcome extends ModelRule { ... }
 * }</pre>
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
@interface RuleCode {
  /**
   * The {@link FindingCode} constant, in UPPER_SNAKE_CASE; it never changes.
   *
   * @return the constant's name
   */
  String constant();

  /**
   * The stable code, {@code SO-ACC-} and three digits: the next free number for a new rule.
   *
   * @return the code
   */
  String code();

  /**
   * The severity of the rule's findings.
   *
   * @return the severity
   */
  Severity severity();

  /**
   * What triggers a finding, in plain words: {@link AccountabilityRule#summary()} and the
   * README's "triggered by".
   *
   * @return one phrase, without '|'
   */
  String summary();

  /**
   * What to do about a finding: {@link AccountabilityRule#whatToDo()} and the README's "what
   * to do".
   *
   * @return one phrase, without '|'
   */
  String whatToDo();

  /**
   * The constant's Javadoc, after its code: a short phrase without the final period.
   *
   * @return the phrase
   */
  String doc();

  /**
   * The version that added the code, such as {@code "0.2"}: the constant then carries its own
   * {@code @API(since)}. Empty for the codes as old as the enum (0.1).
   *
   * @return the version, or empty
   */
  String since() default "";
}
