package org.sharedoutcomes.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The metadata of one accountability rule, as declared by the {@code @RuleCode} annotation on its
 * class: everything the generated {@code FindingCode} constant needs.
 *
 * @param ruleClass the simple name of the rule's class, constructed with the constant
 * @param constant the enum constant, such as {@code UNSERVED_OUTCOME}
 * @param code the stable code, such as {@code SO-ACC-003}
 * @param severity the name of a {@code Severity} constant, such as {@code WARNING}
 * @param summary what triggers a finding, in plain words
 * @param whatToDo what to do about a finding
 * @param doc the constant's Javadoc phrase, without the code and the final period
 * @param since the version that added the code, or empty for the enum's own version
 */
public record RuleEntry(String ruleClass, String constant, String code, String severity,
    String summary, String whatToDo, String doc, String since) {
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  private static final Pattern CODE = Pattern.compile("SO-ACC-\\d{3}");
  private static final Pattern SINCE = Pattern.compile("(\\d+(\\.\\d+)*)?");

  /**
   * The problems of this entry, each a sentence naming the element at fault; empty if none.
   *
   * @return the problems, in element order
   */
  public List<String> problems() {
    List<String> p = new ArrayList<>();
    if (!CONSTANT.matcher(constant).matches()) {
      p.add("constant '" + constant + "' is not an enum constant name in UPPER_SNAKE_CASE");
    }
    if (!CODE.matcher(code).matches()) {
      p.add("code '" + code + "' is not SO-ACC- and three digits");
    }
    for (String[] text : new String[][] {{"summary", summary}, {"whatToDo", whatToDo},
        {"doc", doc}}) {
      if (text[1].isBlank()) {
        p.add(text[0] + " is blank");
      } else if (text[1].contains("|") || text[1].contains("\n")) {
        p.add(text[0] + " contains '|' or a line break, which would break the README table");
      }
    }
    if (doc.contains("*/") || doc.endsWith(".")) {
      p.add("doc must not contain '*/' nor end with '.' (the period is added)");
    }
    if (!SINCE.matcher(since).matches()) {
      p.add("since '" + since + "' is not a version such as 0.2");
    }
    return p;
  }
}
