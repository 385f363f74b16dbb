package org.sharedoutcomes.examples;

import org.sharedoutcomes.cli.sample.SampleModels;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.CollaborationMode;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.OutcomeRevision;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.Phase;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.check.AccountabilityCheck;
import org.sharedoutcomes.core.check.Finding;
import org.sharedoutcomes.core.check.FindingCode;

/**
 * Example 3, better connected services (seed 003): New Zealand's research found that
 * joined-up work happens when a trio of roles is present (a public entrepreneur, their
 * guardian angels, fellow travellers), when clients are co-producers rather than objects, when
 * outcomes may be defined along the way, and when the means are no heavier than the ends need.
 * This program shows each of these in the {@link SampleModels#betterConnectedServices()}
 * model: who holds which role and since when, the client group, how the outcome was revised,
 * the phases each group went through, and what the checks say about a group still missing a
 * guardian angel.
 */
public final class BetterConnectedServicesExample {
  private BetterConnectedServicesExample() {}

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
    OutcomeModel model = SampleModels.betterConnectedServices();
    out.println("Better connected services (seed 003)");
    for (Commitment c : model.commitments()) {
      out.println();
      out.println(c.title() + " [" + c.collaborationMode().map(m -> words(m.name()))
          .orElse("no mode") + ", " + c.phase().map(p -> words(p.name())).orElse("no phase")
          + "]");
      // The trio of roles. Roles are held by people as well as agencies, for a time span.
      boolean tight = c.collaborationMode().filter(m -> m == CollaborationMode.COLLABORATION
          || m == CollaborationMode.INTEGRATION).isPresent();
      if (tight) {
        out.println("  public entrepreneur: " + holders(model, c, Role.PUBLIC_ENTREPRENEUR));
        out.println("  guardian angels:     " + holders(model, c, Role.GUARDIAN_ANGEL));
        out.println("  fellow travellers:   " + holders(model, c, Role.FELLOW_TRAVELLER));
      } else {
        out.println("  led by " + holders(model, c, Role.LEAD) + "; plain coordination is"
            + " enough here, so no trio is needed");
      }
      out.println("  co-producers:        " + holders(model, c, Role.CO_PRODUCER));
      // The group's phases: this model keeps them as attributes "phase.<PHASE>" = "from..to".
      List<String> phases = new ArrayList<>();
      for (Phase p : Phase.values()) {
        String span = c.attributes().get("phase." + p.name());
        if (span != null) {
          phases.add(words(p.name()) + " " + span);
        }
      }
      out.println("  phases: " + String.join("; ", phases));
      for (OutcomeId o : c.outcomes()) {
        outcome(model, model.outcome(o).orElseThrow(), out);
      }
    }

    // Means proportionate to ends: the check asks for the trio only where the work is
    // tight (collaboration or integration), not for plain coordination.
    out.println();
    out.println("What the checks say about the trio:");
    List<Finding> trio = AccountabilityCheck.of(model)
        .findings(FindingCode.COLLABORATION_WITHOUT_TRIO);
    if (trio.isEmpty()) {
      out.println("  every collaborating group has its trio");
    }
    for (Finding f : trio) {
      out.println("  [" + f.code().code() + " " + f.severity() + "] " + f.message());
    }
  }

  private static void outcome(OutcomeModel model, Outcome o, PrintStream out) {
    out.println("  serves '" + o.id() + "': \"" + o.statement() + "\"");
    // Outcomes are often clarified while working: earlier statements are kept with reasons.
    for (OutcomeRevision r : o.revisions()) {
      out.println("    revised on " + r.replacedOn() + "; before: \"" + r.statement() + "\"");
      out.println("    because " + r.reason());
    }
    for (Indicator i : model.indicatorsOf(o.id())) {
      MeasurementSeries s = model.measurements(i.id());
      if (!s.isEmpty()) {
        out.println("    " + i.name() + ": " + number(s.value(s.size() - 1)) + " "
            + i.unit() + " by " + s.periodEnd(s.size() - 1) + i.finalTarget()
                .map(t -> " (target " + words(t.kind().name()) + " "
                    + number(t.reference()) + ")").orElse(""));
      }
    }
  }

  /** The holders of a role on a commitment, with their agency and time span. */
  private static String holders(OutcomeModel model, Commitment c, Role role) {
    String s = model.rolesOn(c.id()).stream()
        .filter(r -> r.role().equals(role))
        .map(r -> name(model, r.party()) + span(r))
        .collect(Collectors.joining("; "));
    return s.isEmpty() ? "(nobody)" : s;
  }

  private static String name(OutcomeModel model, PartyId party) {
    Agency agency = model.agency(model.agencyOf(party)).orElseThrow();
    if (party instanceof PersonId person) {
      return model.person(person).map(p -> p.name()).orElse(person.value()) + " ("
          + agency.id() + ")";
    }
    return agency.name() + " (" + words(agency.kind().name()) + ")";
  }

  private static String span(RoleAssignment r) {
    if (r.from().isEmpty() && r.to().isEmpty()) {
      return "";
    }
    return ", " + r.from().map(Object::toString).orElse("") + ".."
        + r.to().map(Object::toString).orElse("");
  }

  private static String words(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A number without trailing zeros: 12, 0.5. */
  static String number(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9 && Math.abs(v) < 1e15) {
      return String.format(java.util.Locale.ROOT, "%.0f", v);
    }
    String s = String.format(java.util.Locale.ROOT, "%.4f", v);
    return s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
