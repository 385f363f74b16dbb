package org.sharedoutcomes.examples;

import org.sharedoutcomes.cli.sample.SampleModels;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.access.DataAccess;
import org.sharedoutcomes.core.protocol.Fraction;
import org.sharedoutcomes.core.protocol.ProtocolRegistry;
import org.sharedoutcomes.core.protocol.responsibility.Allocation;
import org.sharedoutcomes.core.protocol.responsibility.CreditReport;
import org.sharedoutcomes.core.protocol.responsibility.ResponsibilityProtocol;
import org.sharedoutcomes.json.OutcomeDocument;
import org.sharedoutcomes.json.OutcomeJson;

/**
 * Example 2, joint service delivery (seed 001): a "birth of a child" bundle delivered by
 * national, provincial and municipal agencies. The source text names two worries of such
 * partnerships: "loss of visibility and recognition" for each agency's programs, and privacy.
 * This program answers both for the {@link SampleModels#jointServiceDelivery()} model:
 *
 * <ol>
 *   <li>the credit each agency gets for the bundle under the protocol the partners agreed
 *       (declared shares of staff time), and, for comparison, under the other built-ins; the
 *       credits always add up to the one commitment, so nothing is counted twice;
 *   <li>which indicators' data each agency may see, by sensitivity and the data-sharing
 *       agreement, and what a JSON export written for one agency leaves out.
 * </ol>
 */
public final class JointServiceDeliveryExample {
  private JointServiceDeliveryExample() {}

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
    OutcomeModel model = SampleModels.jointServiceDelivery();
    CommitmentId bundle = CommitmentId.of("newborn-bundle");
    out.println("Joint service delivery (seed 001): "
        + model.commitment(bundle).orElseThrow().title());

    // 1. Credit. The commitment names its protocol ("declared-shares"); the registry finds it
    //    among the built-ins and any plugged in through ServiceLoader.
    ProtocolRegistry registry = ProtocolRegistry.loaded();
    ResponsibilityProtocol agreed = registry.responsibilityFor(
        model.commitment(bundle).orElseThrow()).orElseThrow();
    Allocation allocation = agreed.allocate(model, bundle);
    out.println();
    out.println("Credit under the agreed protocol '" + agreed.id() + "':");
    out.println("  " + allocation.explanation());
    List<String> protocols = List.of("declared-shares", "equal-shares", "shapley",
        "single-accountable");
    out.printf(Locale.ROOT, "  %-30s", "agency");
    for (String p : protocols) {
      out.printf(Locale.ROOT, " %18s", p);
    }
    out.println();
    List<CreditReport> reports = protocols.stream()
        .map(p -> CreditReport.forModel(model, registry.requireResponsibility(p))).toList();
    for (Agency a : model.agencies()) {
      out.printf(Locale.ROOT, "  %-30s", a.name());
      for (CreditReport r : reports) {
        out.printf(Locale.ROOT, " %18s", share(r.creditOf(a.id())));
      }
      out.println();
    }
    out.printf(Locale.ROOT, "  %-30s", "total");
    for (CreditReport r : reports) {
      out.printf(Locale.ROOT, " %18s", share(r.total()));
    }
    out.println();
    reports.forEach(r -> r.unallocated().forEach((c, why) ->
        out.println("  not allocated: " + c + ": " + why)));

    // 2. What each agency may see. PUBLIC data: everyone; PARTNERS: agencies with a role on
    //    what the indicator measures; OWNER_ONLY: the owner and parties to an agreement.
    DataAccess access = DataAccess.of(model);
    out.println();
    out.println("Who may see which indicator's data on " + SampleModels.YEAR_END + ":");
    out.printf(Locale.ROOT, "  %-30s", "agency");
    for (Indicator i : model.indicators()) {
      out.printf(Locale.ROOT, " %15s", i.id().value());
    }
    out.println();
    out.printf(Locale.ROOT, "  %-30s", "(sensitivity)");
    for (Indicator i : model.indicators()) {
      out.printf(Locale.ROOT, " %15s", words(i.sensitivity().name()));
    }
    out.println();
    for (Agency a : model.agencies()) {
      out.printf(Locale.ROOT, "  %-30s", a.name());
      for (Indicator i : model.indicators()) {
        out.printf(Locale.ROOT, " %15s",
            access.canSee(a.id(), i.id(), SampleModels.YEAR_END) ? "yes" : "-");
      }
      out.println();
    }

    // 3. An export for one agency holds only what it may see, and says what was withheld.
    OutcomeJson json = OutcomeJson.standard();
    out.println();
    out.println("JSON exports written for one agency each:");
    for (Agency a : model.agencies()) {
      String text = json.forViewer(a.id()).write(model);
      OutcomeDocument doc = json.readDocument(text);
      out.println("  " + a.id() + ": " + doc.model().measurementCount() + " of "
          + model.measurementCount() + " measurements; withheld " + doc.withheld());
    }
  }

  private static String share(Fraction f) {
    return f + String.format(Locale.ROOT, " (%.1f%%)", f.doubleValue() * 100);
  }

  private static String words(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
