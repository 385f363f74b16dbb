package org.sharedoutcomes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A validation problem found at {@code build()} is located at the {@code '{'} that starts its
 * entity, whatever the layout: random spaces, tabs and line breaks around every entity,
 * titles with characters outside ASCII on the same line, and documents read from bytes, from a
 * stream that hands them over a few bytes at a time (so that entities straddle the parser's
 * buffer loads), from a string and from a reader. Lines count from 1 at each {@code '\n'};
 * columns count from 1, in bytes for bytes and streams, in characters for strings and readers
 * (Jackson's convention). The expected place is found in the generated text, not asked of the
 * parser.
 */
class EntityLocationPropertyTest {
  private static final OutcomeJson JSON = OutcomeJson.standard();
  private static final Pattern POINTER = Pattern.compile("/(roles|commitments)/(\\d+)(/.*)?");

  static LongStream seeds() {
    return LongStream.range(0, 150);
  }

  /** A generated document and where each entity of interest starts in it (char offsets). */
  private record Doc(String text, Map<String, Integer> starts, int problems) {}

  private static String space(SplittableRandom r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(5)) {
        case 0 -> b.append('\n');
        case 1 -> b.append("\r\n");
        case 2 -> b.append('\t');
        default -> b.append(" ".repeat(1 + r.nextInt(7)));
      }
    }
    return b.toString();
  }

  private static Doc generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder t = new StringBuilder("{\"format\":\"sharedoutcomes/1\",");
    Map<String, Integer> starts = new HashMap<>();
    int agencies = 1 + r.nextInt(4);
    t.append("\"agencies\":[");
    for (int i = 0; i < agencies; i++) {
      t.append(i == 0 ? "" : ",").append(space(r)).append("{\"id\":\"a").append(i)
          .append("\",\"name\":\"A ").append(r.nextBoolean() ? "é" : "e")
          .append("\",\"kind\":\"NGO\",\"level\":\"NATIONAL\"}");
    }
    t.append("],").append(space(r)).append("\"commitments\":[");
    int commitments = 1 + r.nextInt(30);
    int problems = 0;
    for (int i = 0; i < commitments; i++) {
      t.append(i == 0 ? "" : ",").append(space(r));
      starts.put("commitments/" + i, t.length());
      boolean bad = r.nextInt(6) == 0;
      problems += bad ? 1 : 0;
      t.append("{\"id\":\"c").append(i).append("\",\"title\":\"")
          .append(r.nextBoolean() ? "Réduire " : "Reduce ").append(space(r).isEmpty() ? "" : "€")
          .append(i).append('"').append(bad ? ",\"outcomes\":[\"nowhere\"]" : "").append('}');
    }
    t.append("],").append(space(r)).append("\"roles\":[").append(space(r));
    int roles = 0;
    for (int i = 0; i < commitments; i++) {
      int n = 1 + r.nextInt(3);
      for (int k = 0; k < n; k++) {
        t.append(roles == 0 ? "" : ",").append(space(r));
        starts.put("roles/" + roles, t.length());
        boolean bad = r.nextInt(5) == 0;
        problems += bad ? 1 : 0;
        String role = k == 0 ? "ACCOUNTABLE" : k == 1 ? "CONTRIBUTOR" : "FUNDER";
        t.append("{\"commitment\":\"c").append(i).append("\",").append(space(r))
            .append("\"role\":\"").append(role).append("\",\"agency\":\"")
            .append(bad ? "ghost" : "a" + r.nextInt(agencies)).append("\"}");
        roles++;
      }
    }
    t.append(space(r)).append("]}");
    return new Doc(t.toString(), starts, problems);
  }

  /** The 1-based line and column of a char offset, columns in bytes or in characters. */
  private static int[] place(String text, int offset, boolean inBytes) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = text.substring(lineStart, offset);
    int column = inBytes ? before.getBytes(StandardCharsets.UTF_8).length : before.length();
    return new int[] {line, column + 1};
  }

  /** A stream that hands over at most a few bytes per read. */
  private static InputStream trickle(byte[] bytes, SplittableRandom r) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws java.io.IOException {
        return super.read(b, off, Math.min(len, 1 + r.nextInt(40)));
      }
    };
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyProblemIsLocatedAtTheBraceOfItsEntityFromEverySource(long seed) {
    Doc doc = generate(seed);
    if (doc.problems() == 0) {
      // a valid document reads, from every source
      byte[] bytes = doc.text().getBytes(StandardCharsets.UTF_8);
      assertEquals(JSON.read(bytes), JSON.read(new StringReader(doc.text())), "seed " + seed);
      return;
    }
    byte[] bytes = doc.text().getBytes(StandardCharsets.UTF_8);
    SplittableRandom chunks = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<String> sources = List.of("bytes", "stream", "string", "reader");
    for (String source : sources) {
      OutcomeFormatException e = assertThrows(OutcomeFormatException.class, () -> {
        switch (source) {
          case "bytes" -> JSON.read(bytes);
          case "stream" -> JSON.read(trickle(bytes, chunks));
          case "string" -> JSON.read(doc.text());
          default -> JSON.read(new StringReader(doc.text()));
        }
      }, () -> "seed " + seed + ", " + source);
      boolean inBytes = source.equals("bytes") || source.equals("stream");
      assertEquals(doc.problems(), e.problemCount(), () -> "seed " + seed + ": " + e.getMessage());
      List<String> seen = new ArrayList<>();
      for (LocatedProblem p : e.located()) {
        Matcher m = POINTER.matcher(p.pointer());
        assertTrue(m.matches(), () -> "seed " + seed + ": pointer " + p.pointer());
        String entity = m.group(1) + "/" + m.group(2);
        int[] expected = place(doc.text(), doc.starts().get(entity), inBytes);
        String what = "seed " + seed + ", " + source + ", " + p.pointer();
        assertEquals(expected[0], p.line(), what + ": line");
        assertEquals(expected[1], p.column(), what + ": column");
        seen.add(entity);
      }
      assertEquals(doc.problems(), seen.size(), "seed " + seed + ", " + source);
    }
  }
}
