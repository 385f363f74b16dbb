package org.sharedoutcomes.benchmarks.iati;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sharedoutcomes.benchmarks.iati.IatiFiles.Counts;
import org.sharedoutcomes.benchmarks.iati.IatiFiles.Generated;
import org.sharedoutcomes.benchmarks.iati.IatiRead.ChildRun;
import org.sharedoutcomes.benchmarks.iati.IatiRead.Observed;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.iati.IatiReader;
import org.sharedoutcomes.iati.IatiResult;
import org.sharedoutcomes.iati.LossReport;

/** The IATI file generator at small sizes: what it writes reads back with nothing lost. */
class IatiFilesTest {
  private static final long KIB = 1024;

  @TempDir
  Path dir;

  @Test
  void aGeneratedFileStreamsBackWithTheCountsGeneratedAndNoLoss() throws Exception {
    Generated g = IatiFiles.write(dir.resolve("a.xml"), 2048 * KIB, IatiFiles.DEFAULT_SEED);
    Observed o = IatiRead.read(g.file());
    assertEquals(List.of(), o.differences(g));
    Counts c = g.counts();
    assertTrue(c.activities() > 200, c.line());
    assertTrue(c.roles() >= 3 * c.activities(), c.line());
    assertTrue(c.indicators() >= c.outcomes() && c.outcomes() >= c.activities(), c.line());
    assertTrue(c.targets() >= c.indicators() && c.measurements() > c.targets(), c.line());
    assertTrue(c.contributions() >= 4 * c.activities(), c.line());
    assertTrue(c.dependencies() > 0 && c.agencies() > 200, c.line());
    assertTrue(g.bytes() >= 2048 * KIB && g.bytes() < 2048 * KIB + 200 * KIB, "" + g.bytes());
    // the only entries of the report are the attributes the mapping keeps by design
    assertEquals(java.util.Set.of(IatiFiles.TRANSACTION_VALUE_DATE, IatiFiles.BUDGET_VALUE_DATE,
        IatiFiles.TARGET, IatiFiles.RESULT_DESCRIPTION, IatiFiles.RECEIVER_ORG), o.kept().keySet());
    assertEquals(c.targets(), o.kept().get(IatiFiles.TARGET));
    assertEquals(c.outcomes(), o.kept().get(IatiFiles.RESULT_DESCRIPTION));
  }

  @Test
  void theWholeModelOfAGeneratedFileHoldsEveryActivityAndResolvesEveryRelation()
      throws Exception {
    Generated g = IatiFiles.write(dir.resolve("a.xml"), 512 * KIB, 7);
    IatiResult r = IatiReader.standard().read(g.file());
    OutcomeModel m = r.model();
    Counts c = g.counts();
    assertEquals(c.activities(), m.commitments().size());
    assertEquals(c.agencies(), m.agencies().size());
    assertEquals(c.roles(), m.roles().size());
    assertEquals(c.outcomes(), m.outcomes().size());
    assertEquals(c.indicators(), m.indicators().size());
    assertEquals(c.measurements(), m.measurementCount());
    assertEquals(c.contributions(), m.contributions().size());
    assertEquals(c.dependencies(),
        m.commitments().stream().mapToLong(x -> x.dependsOn().size()).sum());
    LossReport report = r.report();
    assertEquals(0, report.malformedCount(), report.summary());
    assertEquals(Map.of(), report.warningCounts(), report.summary());
    assertTrue(report.losses().stream()
        .allMatch(l -> l.disposition() == LossReport.Disposition.KEPT_AS_ATTRIBUTE
            && g.kept().get(l.path()) == l.count()), report.summary());
    assertEquals(g.kept().size(), report.losses().size(), report.summary());
    Commitment first = m.commitments().get(0);
    assertTrue(first.madeBy().isPresent() && first.madeOn().isPresent()
        && first.due().isPresent() && first.status().isPresent(), first.toString());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1_000_003})
  void everySeedGivesAFileThatReadsWithNothingLost(long seed) throws Exception {
    Generated g = IatiFiles.write(dir.resolve("s.xml"), 256 * KIB, seed);
    assertEquals(List.of(), IatiRead.read(g.file()).differences(g));
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws Exception {
    Generated a = IatiFiles.write(dir.resolve("a.xml"), 300 * KIB, 5);
    Generated b = IatiFiles.write(dir.resolve("b.xml"), 300 * KIB, 5);
    Generated c = IatiFiles.write(dir.resolve("c.xml"), 300 * KIB, 6);
    assertArrayEquals(Files.readAllBytes(a.file()), Files.readAllBytes(b.file()));
    assertEquals(a, new Generated(a.file(), b.bytes(), b.seed(), b.counts(), b.kept()));
    assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.file()),
        Files.readAllBytes(c.file())));
  }

  @Test
  void aDifferenceInCountsOrReportIsNamed() throws Exception {
    Generated g = IatiFiles.write(dir.resolve("a.xml"), 64 * KIB, 1);
    Observed o = IatiRead.read(g.file());
    Counts c = o.counts();
    Observed fewer = new Observed(new Counts(c.activities(), c.agencies(), c.roles() - 1,
        c.outcomes(), c.indicators(), c.targets(), c.measurements(), c.contributions(),
        c.dependencies()), o.activitiesRead(), o.kept(), Map.of("DROPPED /x", 2L), 1,
        Map.of("unknown-code", 3L), o.seconds());
    List<String> d = fewer.differences(g);
    assertEquals(4, d.size(), d.toString());
    assertTrue(d.get(0).startsWith("counts: read ") && d.get(0).contains("roles="
        + (c.roles() - 1)), d.get(0));
    assertEquals(List.of("losses: {DROPPED /x=2}", "1 malformed activities",
        "warnings: {unknown-code=3}"), d.subList(1, 4));
  }

  @Test
  void theChildsLinesParseIntoItsFigures() {
    String out = "VALUES seconds=2.500 activities=10 agencies=9 roles=30 outcomes=20 "
        + "indicators=40 targets=80 measurements=100 contributions=60 dependencies=3 "
        + "activitiesRead=10 malformed=0 peakUsed=104857600 liveAfterGc=20971520 "
        + "poolPeaks=125829120 collections=7\n"
        + "KEPT 80 " + IatiFiles.TARGET + "\nLOSS 2 DROPPED /a/b\nWARNING 1 unknown-code\n";
    ChildRun run = IatiRead.parse(out, 256, "-XX:+UseParallelGC", 3.0);
    assertEquals(new Counts(10, 9, 30, 20, 40, 80, 100, 60, 3), run.observed().counts());
    assertEquals(Map.of(IatiFiles.TARGET, 80L), run.observed().kept());
    assertEquals(Map.of("DROPPED /a/b", 2L), run.observed().otherLosses());
    assertEquals(Map.of("unknown-code", 1L), run.observed().warnings());
    assertEquals(4.0, run.activitiesPerSecond(), 1e-9);
    assertEquals(100 * IatiRead.MIB, run.peakUsed());
    assertTrue(run.line(20 * IatiRead.MIB).contains("10 activities in 2.5 s = 4 activities/s"
        + " (8.0 MiB/s; 3.0 s wall with JVM start); peak used heap 100.0 MiB, live after GC at"
        + " most 20.0 MiB, sum of pool peaks 120.0 MiB, 7 collections"),
        run.line(20 * IatiRead.MIB));
  }
}
