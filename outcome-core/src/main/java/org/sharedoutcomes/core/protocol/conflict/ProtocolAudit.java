package org.sharedoutcomes.core.protocol.conflict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.PartyId;

/**
 * The fairness audit of a finished {@link ConflictProcess}, read from its trail:
 *
 * <ul>
 *   <li>{@link Rule#EVERY_PARTY_HEARD}: before the decision, every party stated a position
 *       (or proposed, took a stance, objected), or was notified and let a deadline pass;
 *   <li>{@link Rule#NO_PARTY_DECIDED_OWN_CASE}: no ruling was made by a party to the conflict,
 *       except under a protocol whose rulings by a party can be appealed ({@code lead-decides});
 *   <li>{@link Rule#WITHIN_MAXIMUM_DURATION}: the process closed no later than the protocol's
 *       declared maximum duration after the conflict was raised;
 *   <li>{@link Rule#CENTRE_ONLY_AFTER_ESCALATION}: a ruling by the centre came only after an
 *       escalation.
 * </ul>
 *
 * <p>A withdrawn process has no decision, so only the duration rule can fail. Computed when
 * created; immutable and thread-safe. Time {@code O(trail)}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProtocolAudit {

  /** The rules audited. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Rule {
    /** Every party was heard before the decision. */
    EVERY_PARTY_HEARD,
    /** No party ruled on its own case (unless appealable). */
    NO_PARTY_DECIDED_OWN_CASE,
    /** The process closed within the declared maximum duration. */
    WITHIN_MAXIMUM_DURATION,
    /** The centre ruled only after escalation. */
    CENTRE_ONLY_AFTER_ESCALATION
  }

  private final Map<Rule, String> violations;

  private ProtocolAudit(ConflictProcess p) {
    Map<Rule, String> v = new EnumMap<>(Rule.class);
    ConflictSetting setting = p.setting();
    List<AuditEntry> trail = p.trail();
    if (p.closedAt().orElseThrow().isAfter(p.limit())) {
      v.put(Rule.WITHIN_MAXIMUM_DURATION, "closed at " + p.closedAt().get() + ", after the limit "
          + p.limit() + " (maximum " + p.protocol().maximumDuration() + ")");
    }
    if (p.decision().isPresent()) {
      Decision d = p.decision().get();
      Set<PartyId> heard = new LinkedHashSet<>();
      boolean deadlinePassed = false;
      boolean escalated = false;
      for (AuditEntry e : trail) {
        ConflictEvent.Kind k = e.event().kind();
        if (k == ConflictEvent.Kind.DEADLINE_PASSED) {
          deadlinePassed = true;
        } else if (k != ConflictEvent.Kind.DECISION_RECORDED && k != ConflictEvent.Kind.ESCALATED
            && k != ConflictEvent.Kind.WITHDRAWN) {
          heard.add(e.event().actor().orElseThrow());
        }
        if (e.escalationLevel() > 0) {
          escalated = true;
        }
      }
      if (!deadlinePassed && !heard.containsAll(setting.conflict().parties())) {
        List<PartyId> unheard = new ArrayList<>(setting.conflict().parties());
        unheard.removeAll(heard);
        v.put(Rule.EVERY_PARTY_HEARD, unheard + " were not heard and no deadline passed");
      }
      if (d.basis().isRuling()) {
        PartyId by = d.decidedBy().orElseThrow();
        if (setting.isParty(by) && !p.protocol().letsPartyRuleSubjectToAppeal()) {
          v.put(Rule.NO_PARTY_DECIDED_OWN_CASE, "party '" + by + "' ruled on its own conflict");
        }
        if (setting.isCentre(by) && !escalated) {
          v.put(Rule.CENTRE_ONLY_AFTER_ESCALATION,
              "the centre ('" + by + "') ruled without an escalation");
        }
      }
    }
    this.violations = Collections.unmodifiableMap(v);
  }

  /**
   * Audits a finished process.
   *
   * @param process a decided or withdrawn process
   * @return the audit
   * @throws IllegalArgumentException if the process is still open
   */
  public static ProtocolAudit of(ConflictProcess process) {
    if (process.isOpen()) {
      throw new IllegalArgumentException("conflict '" + process.conflict().id()
          + "' is still open; only a finished process can be audited");
    }
    return new ProtocolAudit(process);
  }

  /**
   * Whether every rule holds.
   *
   * @return true if there is no violation
   */
  public boolean passed() {
    return violations.isEmpty();
  }

  /**
   * Whether a rule holds.
   *
   * @param rule the rule
   * @return true if it holds
   */
  public boolean holds(Rule rule) {
    return !violations.containsKey(rule);
  }

  /**
   * The rules broken, with what broke them.
   *
   * @return violations by rule, in rule order
   */
  public Map<Rule, String> violations() {
    return violations;
  }

  @Override
  public String toString() {
    return passed() ? "ProtocolAudit[passed]" : "ProtocolAudit" + violations;
  }
}
