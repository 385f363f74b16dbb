package org.sharedoutcomes.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.json.OutcomeJson;
import org.sharedoutcomes.testkit.SeedReporter;
import org.sharedoutcomes.testkit.Seeds;

/** IATI to model to JSON to model loses nothing the model holds. */
@ExtendWith(SeedReporter.class)
class JsonRoundTripTest {
  private static final OutcomeJson JSON = OutcomeJson.standard();

  private static OutcomeModel roundTrip(OutcomeModel model) {
    return JSON.read(JSON.write(model));
  }

  private static OutcomeModel rich() {
    IatiImport imp = IatiReader.standard().newImport();
    for (String f : new String[] {"rich-203.xml", "activities-203.xml", "activities-105.xml",
        "second-file.xml"}) {
      try (InputStream in = Fixtures.open(f)) {
        imp.add(in, f);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return imp.result().model();
  }

  @Test
  void theRichFilesSurviveTheRoundTrip() {
    OutcomeModel model = rich();
    assertEquals(model, roundTrip(model));
  }

  @Test
  void theRichFilesHoldEveryKindOfEntityTheMappingMakes() {
    OutcomeModel m = rich();
    assertTrue(m.commitments().size() >= 5, "commitments");
    assertTrue(m.agencies().size() >= 10, "agencies");
    assertFalse(m.roles().isEmpty(), "roles");
    assertTrue(m.outcomes().size() >= 8, "outcomes");
    assertTrue(m.indicators().size() >= 8, "indicators");
    assertTrue(m.indicators().stream().anyMatch(i -> !m.measurements(i.id()).isEmpty()),
        "measurements");
    assertTrue(m.contributions().size() >= 12, "contributions: " + m.contributions().size());
    assertTrue(m.commitments().stream().anyMatch(c -> !c.dependsOn().isEmpty()), "dependsOn");
    assertTrue(m.commitments().stream().anyMatch(c -> !c.milestones().isEmpty()), "milestones");
  }

  static LongStream seeds() {
    return Seeds.of(200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedActivitiesSurviveTheRoundTrip(long seed) {
    String xml = generate(new SplittableRandom(seed));
    IatiResult r = IatiReader.standard().read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "gen.xml");
    assertEquals(0, r.report().malformedCount(), () -> r.report().malformed().toString());
    assertEquals(r.model(), roundTrip(r.model()));
  }

  /** A file of a few activities with random languages, codes, results and finances. */
  private static String generate(SplittableRandom r) {
    String[] langs = {"en", "fr", "es"};
    StringBuilder b = new StringBuilder("<iati-activities version=\"2.03\">");
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      b.append("<iati-activity default-currency=\"").append(r.nextBoolean() ? "USD" : "EUR")
          .append("\"").append(r.nextBoolean() ? " hierarchy=\"" + (1 + r.nextInt(2)) + "\"" : "")
          .append("><iati-identifier>G-").append(i).append("</iati-identifier>")
          .append("<reporting-org ref=\"ORG-").append(r.nextInt(3)).append("\" type=\"")
          .append(new String[] {"10", "21", "40", "11"}[r.nextInt(4)])
          .append("\"><narrative>Org</narrative></reporting-org><title>");
      for (String l : langs) {
        if (r.nextInt(3) > 0) {
          b.append("<narrative xml:lang=\"").append(l).append("\">Title ").append(l).append(' ')
              .append(r.nextInt(100)).append("</narrative>");
        }
      }
      b.append("</title><activity-status code=\"").append(1 + r.nextInt(6)).append("\"/>")
          .append("<activity-date type=\"2\" iso-date=\"2024-0").append(1 + r.nextInt(9))
          .append("-1").append(r.nextInt(10)).append("\"/>");
      if (r.nextBoolean()) {
        b.append("<activity-date type=\"3\" iso-date=\"2027-12-31\"/>");
      }
      if (r.nextBoolean()) {
        b.append("<activity-date type=\"4\" iso-date=\"2028-0").append(1 + r.nextInt(9))
            .append("-01\"/>");
      }
      for (int p = 0; p < r.nextInt(4); p++) {
        b.append("<participating-org ref=\"ORG-").append(r.nextInt(5)).append("\" type=\"")
            .append(new String[] {"10", "15", "22", "24", "60", "70", "80"}[r.nextInt(7)])
            .append("\" role=\"").append(1 + r.nextInt(4))
            .append("\"><narrative>Org</narrative></participating-org>");
      }
      if (i > 0 && r.nextBoolean()) {
        b.append("<related-activity ref=\"G-").append(r.nextInt(i)).append("\" type=\"")
            .append(1 + r.nextInt(5)).append("\"/>");
      }
      for (int t = 0; t < r.nextInt(6); t++) {
        int type = 1 + r.nextInt(13);
        b.append("<transaction><transaction-type code=\"").append(type).append("\"/>");
        if (r.nextInt(5) > 0) {
          b.append("<transaction-date iso-date=\"2024-0").append(1 + r.nextInt(9))
              .append("-2").append(r.nextInt(9)).append("\"/>");
        }
        b.append("<value").append(r.nextBoolean() ? " currency=\"GBP\"" : "").append('>')
            .append(r.nextInt(10) == 0 ? "-" : "").append(r.nextInt(1_000_000))
            .append(r.nextBoolean() ? "." + r.nextInt(100) : "").append("</value>");
        if (r.nextBoolean()) {
          b.append("<provider-org ref=\"ORG-").append(r.nextInt(6)).append("\"/>");
        }
        if (r.nextBoolean()) {
          b.append("<receiver-org ref=\"ORG-").append(r.nextInt(6)).append("\"/>");
        }
        b.append("</transaction>");
      }
      for (int k = 0; k < r.nextInt(3); k++) {
        b.append("<budget type=\"").append(1 + r.nextInt(2)).append("\"><period-start iso-date=")
            .append("\"202").append(4 + k).append("-01-01\"/><period-end iso-date=\"202")
            .append(4 + k).append("-12-31\"/><value>").append(r.nextInt(5_000_000))
            .append("</value></budget>");
      }
      for (int k = 0; k < r.nextInt(4); k++) {
        boolean ascending = r.nextBoolean();
        int measure = 1 + r.nextInt(5);
        b.append("<result type=\"").append(new int[] {1, 2, 3, 9}[r.nextInt(4)])
            .append("\" aggregation-status=\"").append(r.nextInt(2)).append("\"><title>")
            .append("<narrative>Result ").append(k).append("</narrative></title>")
            .append("<indicator measure=\"").append(measure).append("\" ascending=\"")
            .append(ascending).append("\"><title><narrative>Indicator</narrative></title>");
        if (measure != 5 && r.nextBoolean()) {
          b.append("<baseline year=\"2023\" value=\"").append(r.nextInt(100)).append("\"/>");
        }
        for (int y = 0; y < r.nextInt(3); y++) {
          b.append("<period><period-start iso-date=\"202").append(4 + y)
              .append("-01-01\"/><period-end iso-date=\"202").append(4 + y)
              .append("-12-31\"/>");
          if (measure == 5) {
            b.append("<actual><comment><narrative>Good</narrative></comment></actual>");
          } else {
            b.append("<target value=\"").append(r.nextInt(100)).append("\"/>")
                .append("<actual value=\"").append(r.nextInt(100)).append('.')
                .append(r.nextInt(10)).append("\"/>");
            if (r.nextBoolean()) {
              b.append("<actual value=\"").append(r.nextInt(100))
                  .append("\"><dimension name=\"sex\" value=\"")
                  .append(r.nextBoolean() ? "female" : "male")
                  .append("\"/><location ref=\"L-").append(r.nextInt(3))
                  .append("\"/></actual>");
            }
          }
          b.append("</period>");
        }
        b.append("</indicator></result>");
      }
      b.append("</iati-activity>");
    }
    return b.append("</iati-activities>").toString();
  }
}
