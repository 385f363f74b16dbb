package org.sharedoutcomes.core.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.internal.Lazy;

/**
 * Governance findings over a model: who is accountable, what nobody serves, what cannot be
 * measured, where the centre drifts from coordination into control. Each finding has a stable
 * {@link FindingCode}; {@link AccountabilityRule#all()} lists the rules behind the codes, with
 * what triggers each and what to do.
 *
 * <pre>{@code
 * List<Finding> findings = AccountabilityCheck.of(model).findings();
 * findings.forEach(System.out::println);   // [SO-ACC-001 ERROR] commitment 'ccb' has no ...
 *
 * // every code but two
 * AccountabilityCheck.of(model).excluding(EnumSet.of(FindingCode.INDICATOR_WITHOUT_BASELINE,
 *     FindingCode.INDICATOR_WITHOUT_OWNER)).findings();
 * }</pre>
 *
 * <p>The check makes one pass over the commitments, building each commitment's shared facts
 * (its accountable parties, leads, contributors, agencies, accountable parties at overlapping
 * spans) once for all the commitment rules, one pass over the indicators, and one pass per
 * whole-model rule: O(n log n) over the model's entities and role assignments, on first use.
 * Immutable and thread-safe; the findings are computed once.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AccountabilityCheck {
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
      .thenComparing(Finding::code)
      .thenComparing(f -> f.entities().isEmpty() ? "" : f.entities().get(0).value());

  private final OutcomeModel model;
  private final Set<FindingCode> enabled;
  private final Lazy<List<Finding>> findings;

  private AccountabilityCheck(OutcomeModel model, Set<FindingCode> enabled) {
    this.model = Checks.notNull(model, "model");
    this.enabled = Collections.unmodifiableSet(enabled.isEmpty()
        ? EnumSet.noneOf(FindingCode.class) : EnumSet.copyOf(enabled));
    this.findings = Lazy.of(this::compute);
  }

  /**
   * A check running every code.
   *
   * @param model the model
   * @return the check
   */
  public static AccountabilityCheck of(OutcomeModel model) {
    return new AccountabilityCheck(model, EnumSet.allOf(FindingCode.class));
  }

  /**
   * A check running only the given codes.
   *
   * @param model the model
   * @param codes the codes to run
   * @return the check
   */
  public static AccountabilityCheck of(OutcomeModel model, Set<FindingCode> codes) {
    return new AccountabilityCheck(model, checked(codes));
  }

  /**
   * A check on the same model running this check's codes except the given ones, so that
   * {@code of(model).excluding(codes)} runs every code but those. Codes this check does not run
   * are ignored.
   *
   * @param codes the codes not to run
   * @return a new check; this one is unchanged
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public AccountabilityCheck excluding(Set<FindingCode> codes) {
    Set<FindingCode> kept = EnumSet.noneOf(FindingCode.class);
    kept.addAll(enabled);
    kept.removeAll(checked(codes));
    return new AccountabilityCheck(model, kept);
  }

  /**
   * The codes this check runs.
   *
   * @return an unmodifiable set, in code order
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Set<FindingCode> codes() {
    return enabled;
  }

  /**
   * Every finding, errors first, then by code and entity.
   *
   * @return an unmodifiable list
   */
  public List<Finding> findings() {
    return findings.get();
  }

  /**
   * The findings with a given code.
   *
   * @param code the code
   * @return the matching findings, an unmodifiable list
   */
  public List<Finding> findings(FindingCode code) {
    Checks.notNull(code, "code");
    return findings().stream().filter(x -> x.code() == code)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether any finding is an {@link Severity#ERROR}.
   *
   * @return true if accountability is broken somewhere
   */
  public boolean hasErrors() {
    return findings().stream().anyMatch(x -> x.severity() == Severity.ERROR);
  }

  private static Set<FindingCode> checked(Set<FindingCode> codes) {
    Checks.notNull(codes, "codes");
    for (FindingCode c : codes) {
      Checks.notNull(c, "codes element");
    }
    return codes;
  }

  private List<Finding> compute() {
    List<CommitmentRule> perCommitment = new ArrayList<>();
    List<IndicatorRule> perIndicator = new ArrayList<>();
    List<ModelRule> whole = new ArrayList<>();
    for (FindingCode code : enabled) {
      AccountabilityRule r = code.rule();
      if (r instanceof CommitmentRule c) {
        perCommitment.add(c);
      } else if (r instanceof IndicatorRule i) {
        perIndicator.add(i);
      } else {
        whole.add((ModelRule) r);
      }
    }
    List<Finding> out = new ArrayList<>();
    if (!perCommitment.isEmpty()) {
      for (Commitment c : model.commitments()) {
        CommitmentFacts facts = new CommitmentFacts(model, c);
        for (CommitmentRule r : perCommitment) {
          r.check(facts, out);
        }
      }
    }
    if (!perIndicator.isEmpty()) {
      for (Indicator i : model.indicators()) {
        for (IndicatorRule r : perIndicator) {
          r.check(i, model, out);
        }
      }
    }
    for (ModelRule r : whole) {
      r.check(model, out);
    }
    out.sort(ORDER); // stable: within a code and main entity, the rule's own order
    return List.copyOf(out);
  }
}
