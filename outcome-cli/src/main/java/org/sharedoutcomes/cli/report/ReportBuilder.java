package org.sharedoutcomes.cli.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.sharedoutcomes.cli.report.ReportDocument.Block;
import org.sharedoutcomes.cli.report.ReportDocument.Bullets;
import org.sharedoutcomes.cli.report.ReportDocument.Cell;
import org.sharedoutcomes.cli.report.ReportDocument.Column;
import org.sharedoutcomes.cli.report.ReportDocument.Details;
import org.sharedoutcomes.cli.report.ReportDocument.Figure;
import org.sharedoutcomes.cli.report.ReportDocument.Paragraph;
import org.sharedoutcomes.cli.report.ReportDocument.Section;
import org.sharedoutcomes.cli.report.ReportDocument.Table;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.Milestone;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.check.AccountabilityCheck;
import org.sharedoutcomes.core.check.Finding;
import org.sharedoutcomes.core.check.FindingCode;
import org.sharedoutcomes.core.check.Severity;
import org.sharedoutcomes.core.progress.CommitmentProgress;
import org.sharedoutcomes.core.progress.IndicatorProgress;
import org.sharedoutcomes.core.progress.ProgressStatus;
import org.sharedoutcomes.core.progress.ProgressTracker;
import org.sharedoutcomes.core.progress.Stocktake;
import org.sharedoutcomes.core.progress.StocktakeEntry;
import org.sharedoutcomes.core.progress.Thresholds;
import org.sharedoutcomes.core.protocol.Fraction;
import org.sharedoutcomes.core.protocol.ProtocolRegistry;
import org.sharedoutcomes.core.protocol.responsibility.CreditReport;
import org.sharedoutcomes.graph.AccountabilityGraph;
import org.sharedoutcomes.graph.centrality.DegreeCentralization;
import org.sharedoutcomes.graph.governance.CentrePeriod;
import org.sharedoutcomes.graph.governance.CentreShare;
import org.sharedoutcomes.graph.governance.GovernanceClassification;

/**
 * Builds the {@link ReportDocument} of a model: at a glance, accountability checks,
 * commitments (with a detail per commitment), progress against the trajectory (with a chart
 * per indicator), the stocktake per agency, the accountability graph, centralization, credit
 * and the files written.
 *
 * <pre>{@code
 * ReportDocument doc = ReportBuilder.of(model, "my-model.json").asOf(LocalDate.of(2025, 12, 31))
 *     .build();
 * String markdown = MarkdownWriter.write(doc);
 * }</pre>
 *
 * <p>The work is {@code O(C + I + M)} for the checks and progress, plus the graph's layout
 * (skipped past {@link GraphDiagram#MAX_NODES} nodes). Not thread-safe; build on one thread.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class ReportBuilder {
  /** The default number of rows per table. */
  public static final int DEFAULT_ROWS = 50;
  /** The default number of charts. */
  public static final int DEFAULT_CHARTS = 1000;

  private static final BigInteger TWO = BigInteger.valueOf(2);

  private final OutcomeModel model;
  private final String source;
  private Optional<LocalDate> asOf = Optional.empty();
  private int maxRows = DEFAULT_ROWS;
  private int maxCharts = DEFAULT_CHARTS;
  private ReportProgress progress = ReportProgress.NONE;
  private List<String> files = List.of();

  private ReportBuilder(OutcomeModel model, String source) {
    this.model = Objects.requireNonNull(model, "model must not be null");
    this.source = Objects.requireNonNull(source, "source must not be null");
  }

  /**
   * A builder for a model's report.
   *
   * @param model the model
   * @param source where the model came from, for the report's first line
   * @return the builder
   */
  public static ReportBuilder of(OutcomeModel model, String source) {
    return new ReportBuilder(model, source);
  }

  /**
   * The date of the progress figures; by default {@link #latestData(OutcomeModel)}.
   *
   * @param date the date
   * @return this builder
   */
  public ReportBuilder asOf(LocalDate date) {
    this.asOf = Optional.of(Objects.requireNonNull(date, "date must not be null"));
    return this;
  }

  /**
   * At most this many rows per table.
   *
   * @param n the number, at least 0
   * @return this builder
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public ReportBuilder maxRows(int n) {
    this.maxRows = nonNegative(n, "maxRows");
    return this;
  }

  /**
   * At most this many indicator charts.
   *
   * @param n the number, at least 0
   * @return this builder
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public ReportBuilder maxCharts(int n) {
    this.maxCharts = nonNegative(n, "maxCharts");
    return this;
  }

  /**
   * Where progress is reported.
   *
   * @param p the listener
   * @return this builder
   */
  public ReportBuilder progress(ReportProgress p) {
    this.progress = Objects.requireNonNull(p, "progress must not be null");
    return this;
  }

  /**
   * The files written beside the report, each a line of the "Files" section
   * ({@code "report.html: this report as one web page"}); none by default, and then the
   * section is left out.
   *
   * @param lines the lines
   * @return this builder
   */
  public ReportBuilder files(List<String> lines) {
    this.files = List.copyOf(lines);
    return this;
  }

  private static int nonNegative(int n, String what) {
    if (n < 0) {
      throw new IllegalArgumentException(what + " must be >= 0, got " + n);
    }
    return n;
  }

  /**
   * The end of the latest measured period, or today (UTC) if nothing was measured.
   *
   * @param model the model
   * @return the date
   */
  public static LocalDate latestData(OutcomeModel model) {
    LocalDate latest = null;
    for (Indicator i : model.indicators()) {
      MeasurementSeries s = model.measurements(i.id());
      for (int k = 0; k < s.size(); k++) {
        LocalDate end = s.periodEnd(k);
        latest = latest == null || end.isAfter(latest) ? end : latest;
      }
    }
    return latest == null ? LocalDate.now(ZoneOffset.UTC) : latest;
  }

  /**
   * Builds the report.
   *
   * @return the report
   */
  public ReportDocument build() {
    LocalDate date = asOf.orElseGet(() -> latestData(model));
    int charts = Math.min(maxCharts, model.indicators().size());
    long total = 8L + charts;
    long[] done = {0};
    progress.advanced("accountability checks", done[0], total);
    List<Finding> findings = AccountabilityCheck.of(model).findings();
    progress.advanced("progress as of " + date, ++done[0], total);
    ProgressTracker tracker = ProgressTracker.of(model, date);
    progress.advanced("accountability graph", ++done[0], total);
    AccountabilityGraph graph = AccountabilityGraph.of(model);
    List<Section> sections = new ArrayList<>();
    sections.add(glance(findings, tracker));
    sections.add(checks(findings));
    sections.add(commitments(tracker));
    progress.advanced("indicators", ++done[0], total);
    sections.add(indicators(tracker, charts, done, total));
    progress.advanced("stocktake", ++done[0], total);
    sections.add(stocktake(tracker));
    progress.advanced("graph layout", ++done[0], total);
    sections.add(graphSection(graph, tracker));
    progress.advanced("centralization", ++done[0], total);
    sections.add(centralization(graph));
    progress.advanced("credit", ++done[0], total);
    sections.add(credit());
    sections.add(details(tracker));
    if (!files.isEmpty()) {
      sections.add(new Section("files", "Files", List.of(new Bullets(files))));
    }
    progress.advanced("done", ++done[0], total);
    return new ReportDocument("Shared outcomes report",
        "Model: " + source + ". Progress as of " + date + ".", sections);
  }

  // ------------------------------------------------------------------ sections

  private Section glance(List<Finding> findings, ProgressTracker tracker) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Table(List.of(Column.number("agencies"), Column.number("persons"),
        Column.number("outcomes"), Column.number("commitments"), Column.number("roles"),
        Column.number("indicators"), Column.number("measurements"),
        Column.number("interventions"), Column.number("conflicts")),
        List.of(List.of(n(model.agencies().size()), n(model.persons().size()),
            n(model.outcomes().size()), n(model.commitments().size()), n(model.roles().size()),
            n(model.indicators().size()), n(model.measurementCount()),
            n(model.interventions().size()), n(model.conflicts().size()))), 0));
    Map<ProgressStatus, Integer> byStatus = new EnumMap<>(ProgressStatus.class);
    for (Commitment c : model.commitments()) {
      byStatus.merge(tracker.statusOf(c.id()), 1, Integer::sum);
    }
    List<ProgressStatus> order = List.of(ProgressStatus.OFF_TRACK, ProgressStatus.AT_RISK,
        ProgressStatus.NO_DATA, ProgressStatus.NOT_YET_DUE, ProgressStatus.ON_TRACK,
        ProgressStatus.ACHIEVED);
    List<Cell> counts = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    for (ProgressStatus st : order) {
      columns.add(Column.number(StatusStyle.label(st)));
      counts.add(n(byStatus.getOrDefault(st, 0)));
    }
    blocks.add(new Paragraph("Commitments by derived status (from the indicators, milestones"
        + " and due dates, as in the tables below; not the self-reported tracker status):"));
    blocks.add(new Table(columns, List.of(counts), 0));
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    blocks.add(new Paragraph("Accountability checks: " + errors + " errors, " + warnings
        + " warnings (see below)."));
    return new Section("glance", "At a glance", blocks);
  }

  private Section checks(List<Finding> findings) {
    List<Block> blocks = new ArrayList<>();
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    for (Finding f : findings) {
      bySeverity.merge(f.severity(), 1, Integer::sum);
    }
    blocks.add(new Paragraph(findings.size() + " finding" + (findings.size() == 1 ? "" : "s")
        + ": " + bySeverity.getOrDefault(Severity.ERROR, 0) + " errors, "
        + bySeverity.getOrDefault(Severity.WARNING, 0) + " warnings, "
        + bySeverity.getOrDefault(Severity.INFO, 0) + " for information."));
    if (findings.size() > maxRows) {
      Map<FindingCode, Integer> byCode = new EnumMap<>(FindingCode.class);
      for (Finding f : findings) {
        byCode.merge(f.code(), 1, Integer::sum);
      }
      List<List<Cell>> rows = new ArrayList<>();
      byCode.forEach((code, k) -> rows.add(List.of(Cell.of(code.code()),
          Cell.of(code.severity().name()), Cell.of(label(code.name())), n(k))));
      blocks.add(new Table(List.of(Column.text("code"), Column.text("severity"),
          Column.text("check"), Column.number("findings")), rows, 0));
    }
    if (!findings.isEmpty()) {
      List<List<Cell>> rows = new ArrayList<>();
      for (Finding f : findings.subList(0, Math.min(maxRows, findings.size()))) {
        rows.add(List.of(Cell.of(f.code().code()), Cell.sorted(f.severity().name(),
            f.severity().ordinal()), Cell.of(f.message())));
      }
      blocks.add(new Table(List.of(Column.text("code"), Column.text("severity"),
          Column.text("finding")), rows, findings.size() - rows.size()));
    }
    return new Section("checks", "Accountability checks", blocks);
  }

  private String accountable(CommitmentId id) {
    return String.join(", ", model.partiesWith(Role.ACCOUNTABLE, id).stream()
        .map(PartyId::value).toList());
  }

  private Section commitments(ProgressTracker tracker) {
    List<List<Cell>> rows = new ArrayList<>();
    List<Commitment> all = model.commitments();
    for (Commitment c : all.subList(0, Math.min(maxRows, all.size()))) {
      String accountable = accountable(c.id());
      CommitmentProgress p = tracker.commitment(c.id());
      rows.add(List.of(Cell.of(c.id().value() + ": " + c.title()).linked("",
              "c-" + anchor(c.id().value())),
          accountable.isEmpty() ? Cell.of("nobody").emphasised() : Cell.of(accountable),
          Cell.status(p.status()),
          Cell.sorted(label(p.likelihood().name()), p.likelihood().ordinal()),
          Cell.of(p.assessment().map(a -> label(a.rating().name()) + " (" + a.date() + ")")
              .orElse("none")),
          Cell.of(p.disagreement() ? "disagree" : "")));
    }
    return new Section("commitments", "Commitments", List.of(
        new Paragraph("Derived status and likelihood of delivery from the indicators and"
            + " milestones, beside the latest human assessment."),
        new Table(List.of(Column.text("commitment"), Column.text("accountable"),
            Column.text("status"), Column.text("likelihood"), Column.text("assessment"),
            Column.text("")), rows, all.size() - rows.size())));
  }

  /**
   * How the status follows from the figures, with the thresholds the tracker used, so that a
   * reader can check each row (0.8% behind and on track, 0.7% behind on the deadline and off
   * track).
   */
  private static String statusRule(ProgressTracker tracker) {
    Thresholds t = tracker.options().thresholds();
    return "The status: achieved once the final target is attained; on track while the actual"
        + " value is ahead of the expected one or behind it by at most " + Figures.of(
            t.onTrack() * 100) + "% of it, at risk up to " + Figures.of(t.atRisk() * 100)
        + "%, off track beyond that, or on and after a target's date if it is not met.";
  }

  private Section indicators(ProgressTracker tracker, int charts, long[] done, long total) {
    List<List<Cell>> rows = new ArrayList<>();
    List<Block> figures = new ArrayList<>();
    List<Indicator> all = model.indicators();
    int charted = 0;
    for (Indicator i : all) {
      IndicatorProgress p = tracker.indicator(i.id());
      boolean chart = charted < charts;
      if (chart) {
        String file = "charts/" + fileName(i.id().value()) + ".svg";
        figures.add(new Figure("chart-" + anchor(i.id().value()), i.name() + " ("
            + i.id().value() + "): " + StatusStyle.label(p.status()) + " as of " + p.asOf()
            + chartSummary(i, p), new TrajectoryChart(i, model.measurements(i.id()))
                .withProgress(p).toSvg(), file));
        charted++;
        progress.advanced("charts", ++done[0], total);
      }
      if (rows.size() < maxRows) {
        String target = i.finalTarget().map(t -> label(t.kind().name()) + " "
            + Figures.of(t.reference()) + " by " + t.date()).orElse("none");
        Cell name = Cell.of(i.id().value() + ": " + i.name());
        rows.add(List.of(name, Cell.status(p.status()), num(p.actual()), num(p.expected()),
            p.relativeVariance().isPresent()
                ? Cell.sorted(Variance.describe(i, p),
                    Variance.goodness(i.direction(), p.relativeVariance().getAsDouble()))
                : Cell.of(Variance.describe(i, p)),
            Cell.of(target),
            chart ? Cell.of("chart").linked("charts/" + fileName(i.id().value()) + ".svg",
                "chart-" + anchor(i.id().value())) : Cell.of("")));
      }
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("Each indicator against its trajectory: the actual value, the"
        + " value the trajectory expects, and how far ahead or behind it the actual value is"
        + " (by the indicator's direction: on a lower-is-better indicator, above the plan is"
        + " behind), in the indicator's unit (percentage points for a percentage) and, in"
        + " brackets, as a share of the expected value. " + statusRule(tracker)));
    blocks.add(new Table(List.of(Column.text("indicator"), Column.text("status"),
        Column.number("actual"), Column.number("expected"), Column.number("variance"),
        Column.text("final target"), Column.text("chart")), rows, all.size() - rows.size()));
    blocks.addAll(figures);
    return new Section("progress", "Progress", blocks);
  }

  private static String chartSummary(Indicator i, IndicatorProgress p) {
    StringBuilder s = new StringBuilder();
    if (p.actual().isPresent()) {
      s.append("; actual ").append(Figures.of(p.actual().getAsDouble()));
    }
    if (p.expected().isPresent()) {
      s.append(", expected ").append(Figures.of(p.expected().getAsDouble()));
    }
    String v = Variance.describe(i, p);
    if (!v.isEmpty()) {
      s.append(", ").append(v);
    }
    return s.append('.').toString();
  }

  private Section stocktake(ProgressTracker tracker) {
    List<List<Cell>> rows = new ArrayList<>();
    int agencies = 0;
    for (Agency a : model.agencies()) {
      Stocktake st = Stocktake.of(tracker, a.id());
      if (st.entries().isEmpty()) {
        continue;
      }
      agencies++;
      if (rows.size() >= maxRows) {
        continue;
      }
      Map<ProgressStatus, Integer> k = new EnumMap<>(ProgressStatus.class);
      for (StocktakeEntry e : st.entries()) {
        k.merge(e.progress().status(), 1, Integer::sum);
      }
      List<String> help = st.canWeHelp().stream().map(c -> c.value()).toList();
      rows.add(List.of(Cell.of(a.name()), n(st.entries().size()),
          n(k.getOrDefault(ProgressStatus.ACHIEVED, 0)),
          n(k.getOrDefault(ProgressStatus.ON_TRACK, 0)),
          n(k.getOrDefault(ProgressStatus.AT_RISK, 0)),
          n(k.getOrDefault(ProgressStatus.OFF_TRACK, 0)),
          n(k.getOrDefault(ProgressStatus.NO_DATA, 0)),
          n(k.getOrDefault(ProgressStatus.NOT_YET_DUE, 0)),
          Cell.of(help.size() > 5 ? String.join(", ", help.subList(0, 5)) + " and "
              + (help.size() - 5) + " more" : String.join(", ", help))));
    }
    return new Section("stocktake", "Stocktake", List.of(new Table(List.of(
        Column.text("agency"), Column.number("accountable for"), Column.number("achieved"),
        Column.number("on track"), Column.number("at risk"), Column.number("off track"),
        Column.number("no data"), Column.number("not yet due"), Column.text("can we help?")), rows, agencies - rows.size())));
  }

  private Section graphSection(AccountabilityGraph graph, ProgressTracker tracker) {
    int nodes = graph.graph().vertexSet().size();
    if (nodes > GraphDiagram.MAX_NODES) {
      return new Section("graph", "Accountability graph", List.of(new Paragraph("The graph has "
          + nodes + " nodes, too many to draw legibly (at most " + GraphDiagram.MAX_NODES
          + "); open accountability.dot or accountability.graphml in a graph tool.")));
    }
    GraphDiagram d = new GraphDiagram(graph, tracker);
    return new Section("graph", "Accountability graph", List.of(
        new Paragraph("Who is accountable (A), responsible (R) or contributing (C) for each"
            + " commitment, the outcomes they serve and the reporting lines, laid out from the"
            + " centre on the left to the impacts on the right. Commitments and outcomes are"
            + " coloured by the derived status of the tables, not the self-reported tracker"
            + " status."),
        new Figure("graph-figure", "The accountability graph: " + d.nodeCount() + " nodes and "
            + d.edgeCount() + " edges (parallel relations merged).", d.toSvg(),
            "accountability.svg")));
  }

  private Section centralization(AccountabilityGraph graph) {
    DegreeCentralization<AgencyId> collaboration =
        new DegreeCentralization<>(graph.collaboration());
    DegreeCentralization<AgencyId> reporting = new DegreeCentralization<>(graph.reporting());
    CentreShare share = new CentreShare(graph, 6);
    GovernanceClassification form = new GovernanceClassification(graph);
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Table(List.of(Column.text("measure"), Column.number("value")), List.of(
        List.of(Cell.of("Freeman degree centralization, collaboration network"),
            collaboration.reason().isPresent() ? Cell.of("n/a") : dec(collaboration.all())),
        List.of(Cell.of("Freeman in-degree centralization, reporting network"),
            reporting.reason().isPresent() ? Cell.of("n/a") : dec(reporting.in())),
        List.of(Cell.of("the centre's share of edges"),
            share.edgeShare().map(ReportBuilder::dec).orElse(Cell.of("n/a"))),
        List.of(Cell.of("the centre's share of interventions"),
            share.interventionShare().map(ReportBuilder::dec).orElse(Cell.of("n/a"))),
        List.of(Cell.of("directive share of all directive and supportive interventions"),
            share.directiveShare().map(ReportBuilder::dec).orElse(Cell.of("n/a")))), 0));
    blocks.add(new Paragraph("Governance form: " + label(form.form().name())
        + form.governor().map(g -> " (" + g + ")").orElse("") + "."));
    List<String> evidence = new ArrayList<>(form.evidence());
    collaboration.reason().ifPresent(r -> evidence.add("collaboration network: " + r));
    reporting.reason().ifPresent(r -> evidence.add("reporting network (declared parents): " + r));
    share.reason().ifPresent(evidence::add);
    if (!graph.model().centre().isEmpty()) {
      // without a centre, share.reason() already says why every share is n/a
      share.edgeShareReason().ifPresent(evidence::add);
      share.interventionShareReason().ifPresent(evidence::add);
    }
    if (!evidence.isEmpty()) {
      blocks.add(new Bullets(evidence));
    }
    List<CentrePeriod> periods = share.periods().stream()
        .filter(p -> p.interventions() > 0).toList();
    if (!periods.isEmpty()) {
      List<List<Cell>> rows = new ArrayList<>();
      for (CentrePeriod p : periods) {
        rows.add(List.of(Cell.of(p.start() + " to " + p.end()), n(p.interventions()),
            n(p.centreInterventions()), n(p.directive()), n(p.supportive()), p.directiveShare()
                .map(d -> Cell.sorted(String.format(Locale.ROOT, "%.0f%%", d * 100), d))
                .orElse(Cell.of("n/a"))));
      }
      blocks.add(new Paragraph("Interventions by half-year: all of them, the centre's, and"
          + " the directive and supportive ones among all (the rest are neither); the directive"
          + " share is of the directive and supportive ones."));
      blocks.add(new Table(List.of(Column.text("half-year"), Column.number("interventions"),
          Column.number("by the centre"), Column.number("directive"),
          Column.number("supportive"), Column.number("directive share")), rows, 0));
    }
    return new Section("centralization", "Centralization", blocks);
  }

  private Section credit() {
    ProtocolRegistry registry = ProtocolRegistry.loaded();
    CreditReport report = CreditReport.forModel(model, registry,
        registry.requireResponsibility("single-accountable"));
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("Credit per agency, each commitment allocated by the protocol it"
        + " names (single-accountable where it names none). The credits add up to the "
        + exact(report.total()) + " commitments allocated; nothing is counted twice. Credit"
        + " is shown to three decimals beside its exact value (a fraction where no decimal is"
        + " exact, as for a third)."));
    List<Map.Entry<AgencyId, Fraction>> credits = report.credits().entrySet().stream()
        .sorted(Map.Entry.<AgencyId, Fraction>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .toList();
    List<List<Cell>> rows = new ArrayList<>();
    for (Map.Entry<AgencyId, Fraction> e : credits.subList(0, Math.min(maxRows,
        credits.size()))) {
      double v = e.getValue().doubleValue();
      rows.add(List.of(Cell.of(model.agency(e.getKey()).map(Agency::name)
              .orElse(e.getKey().value())), dec(v), Cell.sorted(exact(e.getValue()), v),
          report.total().signum() == 0 ? Cell.of("") : Cell.sorted(String.format(Locale.ROOT,
              "%.1f%%", e.getValue().dividedBy(report.total()).doubleValue() * 100), v)));
    }
    blocks.add(new Table(List.of(Column.text("agency"), Column.number("credit"),
        Column.number("exact"), Column.number("share")), rows, credits.size() - rows.size()));
    if (!report.unallocated().isEmpty()) {
      int k = report.unallocated().size();
      blocks.add(new Paragraph(k + " commitment" + (k == 1 ? " was" : "s were")
          + " not allocated:"));
      blocks.add(new Bullets(report.unallocated().values().stream().limit(maxRows).toList()));
    }
    return new Section("credit", "Credit", blocks);
  }

  private Section details(ProgressTracker tracker) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("Each commitment: who holds which role, its dates and milestones,"
        + " its indicators and why its status is what it is."));
    List<Commitment> all = model.commitments();
    for (Commitment c : all.subList(0, Math.min(maxRows, all.size()))) {
      CommitmentProgress p = tracker.commitment(c.id());
      List<String> facts = new ArrayList<>();
      Map<Role, List<String>> byRole = model.rolesOn(c.id()).stream().collect(
          Collectors.groupingBy(RoleAssignment::role, java.util.TreeMap::new,
              Collectors.mapping(r -> partyName(r.party()), Collectors.toList())));
      byRole.forEach((role, parties) -> facts.add(label(role.id()) + ": "
          + String.join(", ", parties.stream().distinct().toList())));
      if (byRole.isEmpty()) {
        facts.add("no roles: nobody is accountable");
      }
      c.due().ifPresent(d -> facts.add("due: " + d));
      facts.add("derived status: " + StatusStyle.label(p.status()) + "; likelihood of delivery: "
          + label(p.likelihood().name()));
      facts.add("self-reported tracker status: "
          + c.status().map(st -> label(st.name())).orElse("none reported"));
      p.assessment().ifPresent(a -> facts.add("latest assessment: " + label(a.rating().name())
          + " on " + a.date() + a.assessor().map(x -> " by " + partyName(x)).orElse("")
          + (a.rationale().isEmpty() ? "" : ": " + a.rationale())
          + (p.disagreement() ? " (disagrees with the derived likelihood)" : "")));
      for (String r : p.reasons()) {
        facts.add("why: " + r);
      }
      List<Block> inner = new ArrayList<>();
      inner.add(new Bullets(facts));
      if (!c.milestones().isEmpty()) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Milestone m : c.milestones()) {
          rows.add(List.of(Cell.of(m.name()), Cell.of(m.due().toString()),
              Cell.of(m.done().map(LocalDate::toString).orElse(
                  m.due().isBefore(tracker.asOf()) ? "late" : "not yet"))));
        }
        inner.add(new Table(List.of(Column.text("milestone"), Column.text("due"),
            Column.text("done")), rows, 0));
      }
      List<Indicator> inds = model.indicatorsOf(c.id());
      if (!inds.isEmpty()) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Indicator i : inds) {
          IndicatorProgress ip = tracker.indicator(i.id());
          rows.add(List.of(Cell.of(i.id().value() + ": " + i.name()).linked("",
                  "chart-" + anchor(i.id().value())), Cell.status(ip.status()),
              num(ip.actual()), num(ip.expected()),
              Cell.of(Variance.describe(i, ip))));
        }
        inner.add(new Table(List.of(Column.text("indicator"), Column.text("status"),
            Column.number("actual"), Column.number("expected"), Column.number("variance")),
            rows, 0));
      }
      blocks.add(new Details("c-" + anchor(c.id().value()), c.id().value() + ": " + c.title()
          + " \u2014 " + StatusStyle.label(p.status()), inner));
    }
    if (all.size() > maxRows) {
      blocks.add(new Paragraph("... and " + (all.size() - maxRows) + " more (raise --max-rows"
          + " to list them)."));
    }
    return new Section("details", "Commitment details", blocks);
  }

  private String partyName(PartyId p) {
    if (p instanceof AgencyId a) {
      return model.agency(a).map(Agency::name).orElse(a.value());
    }
    return model.person((org.sharedoutcomes.core.PersonId) p).map(x -> x.name())
        .orElse(p.value());
  }

  // ------------------------------------------------------------------ helpers

  private static Cell n(long v) {
    return Cell.sorted(Long.toString(v), v);
  }

  private static Cell dec(double v) {
    return Cell.sorted(String.format(Locale.ROOT, "%.3f", v), v);
  }

  private static Cell num(OptionalDouble v) {
    return v.isPresent() ? Cell.sorted(Figures.of(v.getAsDouble()), v.getAsDouble())
        : Cell.of("");
  }

  /**
   * A file name safe on every platform for an id.
   *
   * @param id the id
   * @return the id, or its safe letters and a hash if it has others
   */
  public static String fileName(String id) {
    StringBuilder s = new StringBuilder();
    for (char ch : id.toCharArray()) {
      s.append(Character.isLetterOrDigit(ch) && ch < 128 || ch == '-' || ch == '_' || ch == '.'
          ? ch : '_');
    }
    if (!s.toString().equals(id)) {
      s.append('-').append(Integer.toHexString(id.hashCode()));
    }
    return s.toString();
  }

  private static String anchor(String id) {
    return fileName(id).replace('.', '_');
  }

  /**
   * A fraction exactly: as a decimal when it has a finite one ({@code 3.05}), otherwise as
   * numerator/denominator ({@code 7/3}).
   */
  static String exact(Fraction f) {
    BigInteger d = f.denominator();
    while (d.mod(TWO).signum() == 0) {
      d = d.divide(TWO);
    }
    while (d.mod(BigInteger.valueOf(5)).signum() == 0) {
      d = d.divide(BigInteger.valueOf(5));
    }
    if (!d.equals(BigInteger.ONE)) {
      return f.numerator() + "/" + f.denominator();
    }
    BigDecimal v = new BigDecimal(f.numerator()).divide(new BigDecimal(f.denominator()))
        .stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
  }

  static String label(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
