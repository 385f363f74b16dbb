package org.sharedoutcomes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.sharedoutcomes.core.OutcomeModel;

/**
 * A structure-aware fuzz target (issue 15): the fuzzer's data chooses a document's shape
 * (how many agencies, commitments, roles, indicators, rows; which references dangle, which
 * form cycles, which ids collide, repeat or are too long; numbers too large or too long;
 * where lines break), and a seeded generator fills in the rest once the data runs out, so a
 * few bytes make documents of up to about 10 MB (12,000 agencies, commitments and roles, 20
 * series of 12,000 rows). Whatever the document, reading must end
 * within {@link #TIME_BOUND_MS} with a model or an {@link OutcomeFormatException} whose
 * message is under 100,000 characters and which is located: a line, and for validation
 * problems each problem's line and a pointer down to an index and a field.
 *
 * <p>Under {@code mvn verify} it runs once per committed input (none: once on empty data);
 * fuzz it with {@code JAZZER_FUZZ=1}, see the README.
 */
class StructuredFuzzTest {
  private static final OutcomeJson JSON = OutcomeJson.standard();
  /** Generous: the machine may be loaded; a quadratic blow-up takes far longer. */
  static final long TIME_BOUND_MS = 10_000;

  @FuzzTest(maxDuration = "10m")
  void anyGeneratedDocumentReadsOrFailsBoundedAndLocated(FuzzedDataProvider data) {
    byte[] doc = new Generator(data).document().getBytes(StandardCharsets.UTF_8);
    long start = System.nanoTime();
    try {
      OutcomeModel m = JSON.read(doc);
      // a document that reads is a model that writes and reads back to itself
      assertEquals(m, JSON.read(JSON.write(m).getBytes(StandardCharsets.UTF_8)));
    } catch (OutcomeFormatException e) {
      assertTrue(e.getMessage().length() < 100_000, () -> "message of "
          + e.getMessage().length() + " characters");
      assertTrue(e.line() > 0, () -> "unlocated: " + e.getMessage());
      for (LocatedProblem p : e.located()) {
        assertTrue(p.line() > 0 && p.pointer().matches("/[a-z]+/\\d+/[A-Za-z/]+"),
            () -> "problem not located: " + p);
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(ms < TIME_BOUND_MS, () -> "read a " + doc.length + "-byte document in " + ms
        + " ms");
  }

  /** Makes a document from fuzz data, then from a seeded generator. */
  static final class Generator {
    private final FuzzedDataProvider d;
    private final SplittableRandom rnd;
    private final StringBuilder sb = new StringBuilder();
    private final int idStyle;

    Generator(FuzzedDataProvider data) {
      this.d = data;
      this.rnd = new SplittableRandom(data.remainingBytes() >= 8 ? data.consumeLong() : 1L);
      this.idStyle = pick(4);
    }

    int pick(int bound) {
      return d.remainingBytes() > 0 ? d.consumeInt(0, bound - 1) : rnd.nextInt(bound);
    }

    boolean chance(int inHundred) {
      return pick(100) < inHundred;
    }

    int size() {
      return switch (pick(4)) {
        case 0 -> pick(4);
        case 1 -> pick(50);
        case 2 -> pick(2000);
        default -> pick(12000);
      };
    }

    String id(String prefix, int i) {
      return switch (idStyle) {
        case 1 -> colliding(i);
        case 2 -> prefix + "-" + "x".repeat(chance(2) ? 300 : 20) + i;
        default -> prefix + i;
      };
    }

    static String colliding(int k) {
      StringBuilder s = new StringBuilder(32);
      for (int b = 15; b >= 0; b--) {
        s.append(((k >>> b) & 1) != 0 ? "BB" : "Aa");
      }
      return s.toString();
    }

    void nl() {
      if (chance(5)) {
        sb.append('\n');
      }
    }

    String ref(String prefix, int count) {
      if (count == 0 || chance(10)) {
        return id("ghost-" + prefix, pick(1_000_000));
      }
      return id(prefix, pick(count));
    }

    String number() {
      return switch (pick(12)) {
        case 0 -> "1e400";
        case 1 -> "9".repeat(1 + pick(1500));
        case 2 -> "-0.0";
        case 3 -> "0." + "0".repeat(pick(400)) + "1";
        default -> Double.toString(rnd.nextDouble() * 1000);
      };
    }

    String date() {
      return chance(3) ? "2024-02-30" : String.format("%04d-%02d-%02d", 2000 + pick(40),
          1 + pick(12), 1 + pick(28));
    }

    String document() {
      int agencies = size();
      int commitments = size();
      sb.append("{\"format\":\"sharedoutcomes/").append(chance(2) ? "01" : "1").append('"');
      boolean viewer = chance(10);
      if (viewer) {
        sb.append(",\"viewer\":\"").append(ref("a", agencies)).append('"');
      }
      sb.append(",\"agencies\":[");
      for (int i = 0; i < agencies; i++) {
        nl();
        sb.append(i == 0 ? "" : ",").append("{\"id\":\"")
            .append(chance(2) && i > 0 ? id("a", i - 1) : id("a", i))
            .append("\",\"name\":\"A\",\"kind\":\"NGO\",\"level\":\"LOCAL\"");
        if (i > 0 && chance(20)) {
          sb.append(",\"parent\":\"").append(ref("a", agencies)).append('"');
        }
        sb.append('}');
      }
      sb.append("],\"commitments\":[");
      for (int i = 0; i < commitments; i++) {
        nl();
        sb.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id("c", i))
            .append("\",\"title\":\"T\"");
        int deps = pick(4);
        if (deps > 0 && commitments > 1) {
          sb.append(",\"dependsOn\":[");
          java.util.Set<String> seen = new java.util.HashSet<>();
          for (int k = 0; k < deps; k++) {
            String target = switch (pick(4)) {
              case 0 -> id("c", (i + 1) % commitments); // closes cycles with case 1
              case 1 -> id("c", 0);
              case 2 -> ref("c", commitments);
              default -> id("c", pick(commitments));
            };
            if (!target.equals(id("c", i)) && seen.add(target)) {
              sb.append(seen.size() == 1 ? "" : ",").append('"').append(target).append('"');
            }
          }
          sb.append(']');
        }
        sb.append(",\"status\":\"NOT_STARTED\",\"priority\":\"LOW\"}");
      }
      int roles = size();
      sb.append("],\"roles\":[");
      for (int i = 0; i < roles; i++) {
        nl();
        sb.append(i == 0 ? "" : ",").append("{\"commitment\":\"").append(ref("c", commitments))
            .append("\",\"role\":\"").append(chance(50) ? "ACCOUNTABLE" : "CUSTOM_" + pick(5))
            .append("\",\"agency\":\"").append(ref("a", agencies)).append("\"}");
      }
      int indicators = Math.min(size(), 200);
      sb.append("],\"indicators\":[");
      for (int i = 0; i < indicators; i++) {
        nl();
        sb.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id("i", i))
            .append("\",\"name\":\"I\",\"measureType\":\"UNIT\",\"direction\":\"ASCENDING\"");
        if (chance(50)) {
          sb.append(",\"baseline\":{\"value\":").append(number()).append(",\"date\":\"")
              .append(date()).append("\"}");
        }
        sb.append(",\"interpolation\":\"LINEAR\",\"timeAggregation\":\"SUM\","
            + "\"regionAggregation\":\"SUM\",\"aggregable\":true,\"sensitivity\":\"PUBLIC\"");
        if (chance(30)) {
          sb.append(",\"dataOwner\":\"").append(ref("a", agencies)).append('"');
        }
        sb.append('}');
      }
      sb.append("],\"measurements\":[");
      int series = indicators == 0 ? 0 : pick(Math.min(indicators, 20) + 1);
      for (int s = 0; s < series; s++) {
        sb.append(s == 0 ? "" : ",").append("{\"indicator\":\"").append(ref("i", indicators))
            .append("\",\"rows\":[");
        int rows = size();
        for (int k = 0; k < rows; k++) {
          nl();
          String day = date();
          sb.append(k == 0 ? "" : ",").append("[\"").append(day).append("\",\"").append(day)
              .append("\",").append(chance(95) ? Integer.toString(pick(1000)) : number());
          if (chance(10)) {
            sb.append(",{\"reportedBy\":\"").append(ref("a", agencies)).append("\"}");
          }
          sb.append(']');
        }
        sb.append("]}");
      }
      sb.append("],\"assessments\":[");
      int assessments = Math.min(size(), 500);
      for (int i = 0; i < assessments; i++) {
        sb.append(i == 0 ? "" : ",").append("{\"commitment\":\"").append(ref("c", commitments))
            .append("\",\"date\":\"").append(date()).append("\",\"rating\":\"GREEN\"}");
      }
      sb.append("],\"interventions\":[");
      int interventions = Math.min(size(), 500);
      for (int i = 0; i < interventions; i++) {
        sb.append(i == 0 ? "" : ",").append("{\"from\":\"").append(ref("a", agencies))
            .append("\",\"to\":\"").append(ref("a", agencies))
            .append("\",\"kind\":\"SUPPORT\",\"date\":\"").append(date()).append("\"}");
      }
      sb.append(']');
      if (viewer || chance(3)) {
        sb.append(",\"withheld\":[{\"indicator\":\"").append(ref("i", indicators))
            .append("\",\"measurements\":").append(1 + pick(5)).append("}]");
      }
      return sb.append('}').toString();
    }
  }
}
