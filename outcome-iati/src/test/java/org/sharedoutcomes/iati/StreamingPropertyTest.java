package org.sharedoutcomes.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.testkit.SeedReporter;
import org.sharedoutcomes.testkit.Seeds;

/**
 * Over seeded generated multi-activity files with malformed activities at random places:
 * every activity is either read or listed as malformed, and the stream and the whole-file read
 * agree.
 */
@ExtendWith(SeedReporter.class)
class StreamingPropertyTest {
  static LongStream seeds() {
    return Seeds.of(100);
  }

  private record Generated(String xml, List<String> good, List<String> bad) {}

  private static Generated generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1 + r.nextInt(30);
    List<String> good = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<iati-activities version=\"")
        .append(r.nextBoolean() ? "2.03" : "1.05").append("\">\n");
    for (int i = 0; i < n; i++) {
      String id = "XX-" + seed % 1000 + "-" + i;
      int fault = r.nextInt(6);
      b.append("<iati-activity>\n<iati-identifier>").append(fault == 0 ? "" : id)
          .append("</iati-identifier>\n<title><narrative>Activity ").append(i)
          .append("</narrative></title>\n");
      if (fault == 1) {
        b.append("<activity-date type=\"1\" iso-date=\"20").append(r.nextInt(100))
            .append("-02-30\"/>\n");
      } else {
        b.append("<activity-date type=\"1\" iso-date=\"2024-01-01\"/>\n");
      }
      b.append("<participating-org ref=\"ORG-").append(r.nextInt(4)).append("\" type=\"10\" role=\"")
          .append(1 + r.nextInt(4)).append("\"><narrative>Org</narrative></participating-org>\n");
      int results = r.nextInt(3);
      for (int k = 0; k < results; k++) {
        b.append("<result type=\"").append(1 + r.nextInt(3)).append("\"><title><narrative>R")
            .append("</narrative></title><indicator measure=\"1\"><title><narrative>I")
            .append("</narrative></title><period><period-start iso-date=\"2024-01-01\"/>")
            .append("<period-end iso-date=\"2024-12-31\"/><actual value=\"")
            .append(fault == 2 && k == 0 ? "n/a" : Integer.toString(r.nextInt(1000)))
            .append("\"/></period></indicator></result>\n");
      }
      b.append("</iati-activity>\n");
      boolean malformed = fault == 0 || fault == 1 || (fault == 2 && results > 0);
      (malformed ? bad : good).add(fault == 0 ? "" : id);
    }
    b.append("</iati-activities>\n");
    return new Generated(b.toString(), good, bad);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyActivityIsReadOrReportedMalformed(long seed) {
    Generated g = generate(seed);
    IatiResult r = IatiReader.standard().read(
        new ByteArrayInputStream(g.xml().getBytes(StandardCharsets.UTF_8)), "gen.xml");
    assertEquals(new TreeSet<>(g.good()), new TreeSet<>(r.model().commitments().stream()
        .map(c -> c.id().value()).toList()));
    assertEquals(g.bad(), r.report().malformed().stream()
        .map(LossReport.MalformedActivity::identifier).toList());
    assertEquals(g.good().size(), r.report().activitiesRead());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theStreamYieldsWhatTheWholeReadHolds(long seed) {
    Generated g = generate(seed);
    byte[] bytes = g.xml().getBytes(StandardCharsets.UTF_8);
    IatiImport imp = IatiReader.standard().newImport();
    try (IatiActivities s = IatiReader.standard().open(new ByteArrayInputStream(bytes), "gen.xml")) {
      s.stream().forEach(imp::accept);
      assertEquals(g.bad().size(), s.report().malformedCount());
    }
    IatiResult whole = IatiReader.standard().read(new ByteArrayInputStream(bytes), "gen.xml");
    assertEquals(whole.model(), imp.result().model());
  }
}
