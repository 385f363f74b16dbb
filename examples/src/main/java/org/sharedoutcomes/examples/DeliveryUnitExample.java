package org.sharedoutcomes.examples;

import org.sharedoutcomes.cli.sample.SampleModels;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.check.AccountabilityCheck;
import org.sharedoutcomes.core.check.Finding;
import org.sharedoutcomes.core.check.FindingCode;
import org.sharedoutcomes.core.progress.CommitmentProgress;
import org.sharedoutcomes.core.progress.ProgressTracker;
import org.sharedoutcomes.core.progress.Stocktake;
import org.sharedoutcomes.core.progress.StocktakeEntry;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.centrality.DegreeCentralization;
import org.sharedoutcomes.graph.governance.CentrePeriod;
import org.sharedoutcomes.graph.governance.CentreShare;
import org.sharedoutcomes.graph.governance.GovernanceClassification;

/**
 * Example 1, the delivery unit (seed 000): Barber's routine of stocktakes with each department,
 * and the worry in the source text that "the PMO has a long history of turning coordination
 * into control". For the {@link SampleModels#deliveryUnit()} model it prints
 *
 * <ol>
 *   <li>a year-end stocktake per department: each commitment's derived status against its
 *       trajectory, the trend since the mid-year stocktake, the likelihood of delivery beside
 *       the unit's own rating, and where the centre should ask "Can we help?";
 *   <li>the centralization figures: Freeman degree centralization of the collaboration and
 *       reporting networks, the centre's share of edges, and the governance form;
 *   <li>a warning when the centre drifts from support to control: the share of its
 *       interventions that are directives, half-year by half-year.
 * </ol>
 */
public final class DeliveryUnitExample {
  /** A rise of the directive share by this much between periods is called drift. */
  static final double DRIFT = 0.25;

  private DeliveryUnitExample() {}

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
    out.println("The delivery unit (seed 000): " + model.commitments().size()
        + " commitments of " + (model.agencies().size() - model.centre().size())
        + " departments, overseen by " + String.join(", ", model.centre().stream()
            .map(AgencyId::value).toList()));
    stocktake(model, out);
    centralization(model, out);
  }

  // ------------------------------------------------------------------ 1. the stocktake

  private static void stocktake(OutcomeModel model, PrintStream out) {
    // Progress at two dates: the mid-year and the year-end stocktakes.
    ProgressTracker midYear = ProgressTracker.of(model, LocalDate.of(2025, 6, 30));
    ProgressTracker yearEnd = ProgressTracker.of(model, SampleModels.YEAR_END);
    out.println();
    out.println("Year-end stocktake, " + SampleModels.YEAR_END);
    for (Agency a : model.agencies()) {
      if (model.isCentre(a.id())) {
        continue;
      }
      Stocktake before = Stocktake.of(midYear, a.id());
      Stocktake now = Stocktake.of(yearEnd, a.id(), before);
      if (now.entries().isEmpty()) {
        continue;
      }
      out.println();
      out.println(a.name());
      for (StocktakeEntry e : now.entries()) {
        CommitmentProgress p = e.progress();
        Commitment c = model.commitment(p.commitment()).orElseThrow();
        out.printf(Locale.ROOT, "  %-40s %-9s %-9s likely %-12s unit says %-12s%s%n",
            c.title(), words(p.status().name()), words(e.trend().name()),
            words(p.likelihood().name()),
            p.assessment().map(x -> words(x.rating().name())).orElse("-"),
            p.disagreement() ? "  <- data and judgement disagree" : "");
      }
      if (!now.canWeHelp().isEmpty()) {
        out.println("  Can we help? " + String.join(", ", now.canWeHelp().stream()
            .map(id -> model.commitment(id).orElseThrow().title()).toList()));
      }
    }
  }

  // ------------------------------------------------------------------ 2. centralization

  private static void centralization(OutcomeModel model, PrintStream out) {
    AccountabilityGraph graph = AccountabilityGraph.of(model);
    out.println();
    out.println("Centralization");
    // Freeman (1979): 1 for a star around one agency, 0 when every agency is alike.
    DegreeCentralization<AgencyId> collaboration =
        new DegreeCentralization<>(graph.collaboration());
    DegreeCentralization<AgencyId> reporting = new DegreeCentralization<>(graph.reporting());
    out.printf(Locale.ROOT, "  degree centralization, collaboration network: %.3f%n",
        collaboration.all());
    // Reporting lines point at who is reported to, so in-degree is the telling figure.
    if (reporting.reason().isPresent()) {
      out.println("  in-degree centralization, reporting network:  n/a ("
          + reporting.reason().get() + ")");
    } else {
      out.printf(Locale.ROOT, "  in-degree centralization, reporting network:  %.3f%n",
          reporting.in());
    }
    CentreShare halfYears = new CentreShare(graph, 6);
    out.println("  the centre's share of the graph's edges:      " + halfYears.edgeShare()
        .map(x -> String.format(Locale.ROOT, "%.3f", x))
        .orElse("n/a (" + halfYears.edgeShareReason().orElse("") + ")"));
    GovernanceClassification form = new GovernanceClassification(graph);
    out.println("  governance form: " + words(form.form().name())
        + form.governor().map(g -> " (governed by " + g + ")").orElse(""));
    for (String evidence : form.evidence()) {
      out.println("    - " + evidence);
    }

    // 3. Drift from support to control: the directive share of the centre's interventions,
    //    half-year by half-year.
    out.println();
    out.println("The centre's interventions by half-year");
    Optional<Double> previous = Optional.empty();
    Optional<String> drift = Optional.empty();
    for (CentrePeriod p : halfYears.periods()) {
      if (p.centreInterventions() == 0) {
        continue;
      }
      Optional<Double> share = p.directiveShare();
      out.printf(Locale.ROOT, "  %s to %s: %2d interventions, %d directive, %d supportive,"
          + " directive share %s%n", p.start(), p.end(), p.centreInterventions(), p.directive(),
          p.supportive(), share.map(DeliveryUnitExample::percent).orElse("n/a"));
      if (previous.isPresent() && share.isPresent() && share.get() - previous.get() >= DRIFT) {
        drift = Optional.of("WARNING: the centre is drifting from support to control: the"
            + " directive share of its interventions rose from " + percent(previous.get())
            + " to " + percent(share.get()) + " (" + p.start() + " to " + p.end()
            + "). Ask \"Can we help?\" before telling.");
      }
      previous = share.isPresent() ? share : previous;
    }
    drift.ifPresent(out::println);
    List<Finding> control = AccountabilityCheck.of(model).findings().stream()
        .filter(f -> f.code() == FindingCode.DIRECTIVE_OVER_SUPPORT
            || f.code() == FindingCode.CENTRE_ACCOUNTABLE)
        .toList();
    for (Finding f : control) {
      out.println("  [" + f.code().code() + "] " + f.message());
    }
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  private static String words(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
