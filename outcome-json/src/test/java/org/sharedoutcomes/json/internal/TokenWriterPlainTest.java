package org.sharedoutcomes.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.testkit.Seeds;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link TokenWriter#plain} writes byte for byte what {@link JsonGenerator#writeString(String)}
 * writes, for texts of every kind of character (plain ASCII, quotes, backslash, slash,
 * control, non-ASCII, surrogate pairs, longer than the byte path takes) and for generators
 * that escape more than the default (non-ASCII, forward slashes, custom escapes) or write
 * characters rather than bytes.
 */
class TokenWriterPlainTest {
  private static final String ALPHABET = "abcXYZ019-_.:~ \"\\/'\u007f\u0001\t\u00e9\u4e2d\ud83d\ude00";

  static LongStream seeds() {
    return Seeds.of(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void plainWritesWhatWriteStringWrites(long seed) {
    Random random = new Random(seed);
    String[] values = new String[40];
    for (int i = 0; i < values.length; i++) {
      values[i] = text(random, i % 4 == 0);
    }
    JsonMapper[] mappers = {
        JsonMapper.builder().build(),
        JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build(),
        JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build(),
        JsonMapper.builder().disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build(),
    };
    for (JsonMapper mapper : mappers) {
      for (boolean customEscapes : new boolean[] {false, true}) {
        for (boolean chars : new boolean[] {false, true}) {
          String expected =
              written(mapper, customEscapes, chars, (g, v) -> g.writeString(v), values);
          String actual = written(mapper, customEscapes, chars, TokenWriter::plain, values);
          assertEquals(expected, actual,
              "seed " + seed + ", custom escapes " + customEscapes + ", to chars " + chars);
        }
      }
    }
  }

  /** Mostly plain ASCII as ids are; sometimes any character of the alphabet. */
  private static String text(Random random, boolean mixed) {
    int length = random.nextInt(10) == 0 ? 65 + random.nextInt(10) : 1 + random.nextInt(12);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (mixed && random.nextInt(3) == 0) {
        int k = random.nextInt(ALPHABET.length() - 1);
        char c = ALPHABET.charAt(k);
        if (Character.isHighSurrogate(c)) {
          b.append(c).append(ALPHABET.charAt(k + 1));
        } else if (!Character.isLowSurrogate(c)) {
          b.append(c);
        }
      } else {
        b.append((char) ('a' + random.nextInt(26)));
      }
    }
    return b.toString();
  }

  private static String written(JsonMapper mapper, boolean customEscapes, boolean chars,
      BiConsumer<JsonGenerator, String> write, String[] values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter text = new StringWriter();
    try (JsonGenerator g = chars ? mapper.createGenerator(text) : mapper.createGenerator(out)) {
      if (customEscapes) {
        g.setCharacterEscapes(new EscapeA());
      }
      g.writeStartArray();
      for (String v : values) {
        write.accept(g, v);
      }
      g.writeEndArray();
    }
    return chars ? text.toString() : out.toString(StandardCharsets.UTF_8);
  }

  /** Escapes the letter a, which no default setting escapes. */
  private static final class EscapeA extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes;

    EscapeA() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes['a'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public tools.jackson.core.@org.jspecify.annotations.Nullable SerializableString
        getEscapeSequence(int ch) {
      return null;
    }
  }
}
