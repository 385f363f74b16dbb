package org.sharedoutcomes.examples;

import org.sharedoutcomes.cli.sample.SampleModels;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.ConflictId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.protocol.ProtocolRegistry;
import org.sharedoutcomes.core.protocol.conflict.AuditEntry;
import org.sharedoutcomes.core.protocol.conflict.ConflictEvent;
import org.sharedoutcomes.core.protocol.conflict.ConflictProcess;
import org.sharedoutcomes.core.protocol.conflict.ConflictResolutionProtocol;
import org.sharedoutcomes.core.protocol.conflict.ConflictSetting;
import org.sharedoutcomes.core.protocol.conflict.ConflictStatistics;
import org.sharedoutcomes.core.protocol.conflict.ProtocolAudit;
import org.sharedoutcomes.core.protocol.conflict.RejectedEventException;
import org.sharedoutcomes.core.protocol.conflict.Stance;

/**
 * Example 4, a conflict between two departments over a shared indicator, resolved "quickly and
 * fairly" (seed 000) under the {@code negotiate-then-escalate} protocol: the Home Office wants
 * its youth-justice work counted in the fall of persistent absence from school; Education owns
 * the indicator. The departments negotiate, disagree, escalate; the directors' time box runs
 * out; the deputy heads pass it to the delivery unit, whose head rules. On the way, the unit
 * tries to rule too early and the protocol refuses. The program prints the audit trail, the
 * fairness audit and the conflict statistics.
 */
public final class ConflictExample {
  private static final AgencyId EDUCATION = AgencyId.of("education");
  private static final AgencyId HOME_OFFICE = AgencyId.of("home-office");
  private static final PersonId HEAD_OF_DELIVERY = PersonId.of("head-of-delivery");

  private ConflictExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to write
   */
  public static void run(PrintStream out) {
    OutcomeModel model = SampleModels.deliveryUnit();
    Conflict conflict = model.conflict(ConflictId.of("truancy-credit")).orElseThrow();
    // The protocol is found by the id the conflict names; the setting knows who the centre is.
    ConflictResolutionProtocol protocol =
        ProtocolRegistry.loaded().requireConflict(conflict.protocol().orElseThrow());
    ConflictSetting setting = ConflictSetting.from(model, conflict);
    out.println("Conflict '" + conflict.id() + "' raised by " + conflict.raisedBy() + " on "
        + conflict.raisedAt());
    out.println("  " + conflict.description());
    out.println("  protocol: " + protocol.id() + ", at most "
        + protocol.maximumDuration().toDays() + " days");

    ConflictProcess p = ConflictProcess.start(protocol, setting)
        .apply(ConflictEvent.position(EDUCATION, at("2025-06-05T10:00:00Z"),
            "The indicator counts absence recorded by schools; youth-justice work is in it"))
        .apply(ConflictEvent.position(HOME_OFFICE, at("2025-06-06T15:00:00Z"),
            "Our teams' attendance work should be counted and credited"))
        .apply(ConflictEvent.proposal(EDUCATION, at("2025-06-12T09:00:00Z"),
            "Keep the definition; publish a breakdown for young people known to youth-justice"
                + " teams"))
        .apply(ConflictEvent.stance(EDUCATION, at("2025-06-12T09:05:00Z"), Stance.AGREE, ""))
        .apply(ConflictEvent.stance(HOME_OFFICE, at("2025-06-16T11:00:00Z"), Stance.DISAGREE,
            "a breakdown without credit does not recognise the work"));

    // The delivery unit would like to settle it now. The protocol says no: the centre may
    // rule only at its own level of the ladder, after escalation.
    ConflictEvent tooEarly = ConflictEvent.decision(HEAD_OF_DELIVERY,
        at("2025-06-17T09:00:00Z"), "Education's definition stands");
    try {
      p.apply(tooEarly);
      out.println("  (the early ruling was accepted: that would be a bug)");
    } catch (RejectedEventException e) {
      out.println("  rejected: " + e.getMessage());
    }

    p = p.apply(ConflictEvent.escalated(HOME_OFFICE, at("2025-06-20T12:00:00Z"),
            "negotiation has stalled"))
        // The directors' ten days pass without a ruling: up one level automatically.
        .apply(ConflictEvent.deadlinePassed(at("2025-06-30T12:00:00Z")))
        .apply(ConflictEvent.escalated(EDUCATION, at("2025-07-03T16:00:00Z"),
            "deputy heads ask the delivery unit to decide"))
        .apply(ConflictEvent.decision(HEAD_OF_DELIVERY, at("2025-07-08T10:00:00Z"),
            "Education's definition and data ownership stand; the breakdown is published;"
                + " credit for the fall is shared 3:1 by Shapley value of contributions"));

    out.println();
    out.println("Audit trail:");
    for (AuditEntry e : p.trail()) {
      out.printf(Locale.ROOT, "  %-22s %-18s %-19s -> %-19s %s%n", e.at(),
          e.event().kind().label(), e.stageBefore(), e.stageAfter(),
          e.event().actor().map(PartyId::value).orElse(""));
    }
    out.println("Decision: " + p.decision().map(d -> d.text() + " (" + words(d.basis().name())
        + " by " + d.decidedBy().map(PartyId::value).orElse("nobody") + " at stage '"
        + d.stage() + "')").orElse("none"));
    Duration took = Duration.between(conflict.raisedAt(), p.closedAt().orElseThrow());
    out.println("Time to resolution: " + took.toDays() + " days " + took.toHoursPart()
        + " hours");

    // Fair: every party heard, nobody judged their own case, in time, centre only after
    // escalation.
    ProtocolAudit audit = ProtocolAudit.of(p);
    out.println();
    out.println("Fairness audit: " + (audit.passed() ? "passed" : "FAILED"));
    for (ProtocolAudit.Rule rule : ProtocolAudit.Rule.values()) {
      out.println("  " + (audit.holds(rule) ? "[x] " : "[ ] ") + words(rule.name())
          + (audit.violations().containsKey(rule) ? ": " + audit.violations().get(rule) : ""));
    }

    ConflictStatistics stats = ConflictStatistics.of(model, Map.of(conflict.id(), p));
    out.println();
    out.printf(Locale.ROOT, "Conflict statistics: %d decided, share decided by the centre"
        + " %s, share escalated %s%n", stats.decided(), share(stats.shareDecidedByCentre()),
        share(stats.shareEscalated()));
  }

  private static String share(OptionalDouble s) {
    return s.isPresent() ? String.format(Locale.ROOT, "%.2f", s.getAsDouble())
        : "n/a (none to count)";
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  private static String words(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
