// A researcher's script for JShell: load a model, print a few tables, export CSV.
//
// Run it from the repository root (builds what is needed, then starts JShell on the script):
//
//   mvn -B -q -pl examples -am package exec:exec -DskipTests -Dmaven.javadoc.skip=true \
//       -Dmaven.source.skip=true -Dexec.executable=jshell \
//       -Dexec.args="--class-path %classpath scripts/analysis.jsh"
//
// Add -R-Dmodel=/path/to/model.json inside exec.args to analyse your own model (JSON,
// sharedoutcomes/1 format); without it the script uses the bundled delivery-unit sample.
// The CSV tables are written to examples/target/analysis/.

import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
import org.sharedoutcomes.core.*;
import org.sharedoutcomes.core.check.*;
import org.sharedoutcomes.core.progress.*;
import org.sharedoutcomes.core.protocol.ProtocolRegistry;
import org.sharedoutcomes.core.protocol.responsibility.*;
import org.sharedoutcomes.graph.*;
import org.sharedoutcomes.graph.centrality.*;
import org.sharedoutcomes.json.*;
import org.sharedoutcomes.cli.sample.SampleModels;
import org.sharedoutcomes.tabular.*;

// ---------------------------------------------------------------- load
String file = System.getProperty("model", "");
OutcomeModel model = (file.isEmpty() ? SampleModels.deliveryUnit()
    : OutcomeJson.standard().read(Path.of(file)));
System.out.println("Model: " + (file.isEmpty() ? "the bundled delivery-unit sample" : file));
System.out.println(model);

// ---------------------------------------------------------------- table 1: status by agency
// Progress at the end of the latest measured period. (In JShell a statement that spans lines
// must look unfinished at each line end: hence the parentheses around multi-line expressions.)
LocalDate asOf = (model.indicators().stream()
    .map(i -> model.measurements(i.id()))
    .filter(s -> !s.isEmpty())
    .map(s -> s.periodEnd(s.size() - 1))
    .max(Comparator.naturalOrder()).orElse(LocalDate.now()));
ProgressTracker tracker = ProgressTracker.of(model, asOf);

System.out.println();
System.out.println("Commitments by accountable agency and derived status, as of " + asOf);
System.out.printf("%-36s %8s %8s %8s %9s %8s%n", "agency", "achieved", "on track", "at risk",
    "off track", "no data");
for (Agency a : model.agencies()) {
  Map<ProgressStatus, Long> n = (model.commitments().stream()
      .filter(c -> model.partiesWith(Role.ACCOUNTABLE, c.id()).stream()
          .anyMatch(p -> model.agencyOf(p).equals(a.id())))
      .collect(Collectors.groupingBy(c -> tracker.commitment(c.id()).status(),
          Collectors.counting())));
  if (!n.isEmpty()) {
    System.out.printf("%-36s %8d %8d %8d %9d %8d%n", a.name(),
        n.getOrDefault(ProgressStatus.ACHIEVED, 0L), n.getOrDefault(ProgressStatus.ON_TRACK, 0L),
        n.getOrDefault(ProgressStatus.AT_RISK, 0L), n.getOrDefault(ProgressStatus.OFF_TRACK, 0L),
        n.getOrDefault(ProgressStatus.NO_DATA, 0L));
  }
}

// ---------------------------------------------------------------- table 2: furthest behind
System.out.println();
System.out.println("Indicators furthest behind their trajectory (relative variance, worst first)");
List<IndicatorProgress> behind = (tracker.indicators().stream()
    .filter(p -> p.relativeVariance().isPresent())
    .sorted(Comparator.comparingDouble((IndicatorProgress p) -> {
      Direction d = model.indicator(p.indicator()).orElseThrow().direction();
      double v = p.relativeVariance().getAsDouble();
      return d == Direction.ASCENDING ? v : -v;   // behind: below for ascending, above else
    }))
    .limit(5)
    .toList());
for (IndicatorProgress p : behind) {
  System.out.printf("  %-20s %-9s actual %8.2f expected %8.2f variance %+6.1f%%%n",
      p.indicator().value(), p.status().name().toLowerCase(), p.actual().getAsDouble(),
      p.expected().getAsDouble(), p.relativeVariance().getAsDouble() * 100);
}

// ---------------------------------------------------------------- table 3: credit, two ways
System.out.println();
System.out.println("Credit per agency: as each commitment says, and if all shared equally");
ProtocolRegistry registry = ProtocolRegistry.loaded();
CreditReport agreed = (CreditReport.forModel(model, registry,
    registry.requireResponsibility("single-accountable")));
CreditReport equal = CreditReport.forModel(model, registry.requireResponsibility("equal-shares"));
System.out.printf("%-36s %10s %10s%n", "agency", "agreed", "equal");
for (Agency a : model.agencies()) {
  System.out.printf("%-36s %10.3f %10.3f%n", a.name(), agreed.creditOf(a.id()).doubleValue(),
      equal.creditOf(a.id()).doubleValue());
}
System.out.printf("%-36s %10.3f %10.3f%n", "total", agreed.total().doubleValue(),
    equal.total().doubleValue());

// ---------------------------------------------------------------- figures from the graph
AccountabilityGraph graph = AccountabilityGraph.of(model);
System.out.println();
System.out.printf("Freeman degree centralization of the collaboration network: %.3f%n",
    new DegreeCentralization<>(graph.collaboration()).all());

// ---------------------------------------------------------------- export for other tools
Path outDir = Path.of("target", "analysis");
Files.createDirectories(outDir);
StringBuilder commitmentsCsv = new StringBuilder();
OutcomeCsv.commitments(model, commitmentsCsv);
Files.writeString(outDir.resolve("commitments.csv"), commitmentsCsv);
StringBuilder indicatorsCsv = new StringBuilder();
OutcomeCsv.indicators(model, indicatorsCsv);
Files.writeString(outDir.resolve("indicators.csv"), indicatorsCsv);
Files.writeString(outDir.resolve("accountability.dot"),
    org.sharedoutcomes.graph.export.GraphExport.of(graph).toDot());
System.out.println("Wrote commitments.csv, indicators.csv and accountability.dot to "
    + outDir.toAbsolutePath());

/exit
