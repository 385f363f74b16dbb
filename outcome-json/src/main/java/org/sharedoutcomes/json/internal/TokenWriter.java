package org.sharedoutcomes.json.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sharedoutcomes.core.EntityId;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.UTF8JsonGenerator;

/**
 * The token layer of the writer: one named value written to a {@link JsonGenerator}, in the
 * canonical form (dates as yyyy-mm-dd, enums by name, ids as strings, sets and maps in their
 * sorted order), with empty optional values, empty texts, empty collections and empty maps
 * left out. The entity codecs write through these. Stateless.
 */
final class TokenWriter {
  private TokenWriter() {}

  static void string(JsonGenerator g, SerializableString name, String value) {
    g.writeName(name);
    g.writeString(value);
  }

  /** A text that is left out when empty. */
  static void text(JsonGenerator g, SerializableString name, String value) {
    if (!value.isEmpty()) {
      string(g, name, value);
    }
  }

  static void string(JsonGenerator g, SerializableString name, Optional<String> value) {
    if (value.isPresent()) {
      string(g, name, value.get());
    }
  }

  static void name(JsonGenerator g, SerializableString name, Enum<?> value) {
    g.writeName(name);
    g.writeString(name(value));
  }

  static void name(JsonGenerator g, SerializableString name, Optional<? extends Enum<?>> value) {
    if (value.isPresent()) {
      name(g, name, value.get());
    }
  }

  /** An enum constant's name, encoded once. */
  static SerializableString name(Enum<?> value) {
    return ENUM_NAMES.get(value.getDeclaringClass())[value.ordinal()];
  }

  /** Each enum's constants' names, encoded once, by ordinal. */
  private static final ClassValue<SerializableString[]> ENUM_NAMES = new ClassValue<>() {
    @Override
    protected SerializableString[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      SerializableString[] names = new SerializableString[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = new SerializedString(((Enum<?>) constants[i]).name());
      }
      return names;
    }
  };

  static void id(JsonGenerator g, SerializableString name, EntityId value) {
    g.writeName(name);
    plain(g, value.value());
  }

  static void id(JsonGenerator g, SerializableString name, Optional<? extends EntityId> value) {
    if (value.isPresent()) {
      id(g, name, value.get());
    }
  }

  /**
   * A string value that is most often short printable ASCII (ids, role ids), byte for byte as
   * {@link JsonGenerator#writeString(String)} writes it: copied as bytes when no character is
   * one that the generator escapes or could be set to escape (quotes, backslash, slash,
   * control and non-ASCII characters) and the generator writes bytes, through the generator's
   * escaping otherwise. A document
   * holds millions of ids; the generator's own path reads a string a character at a time.
   */
  static void plain(JsonGenerator g, String value) {
    // only Jackson's own byte generator: others (a writer's, a token buffer) have no raw bytes
    if (g.getClass() == UTF8JsonGenerator.class && value.length() <= PLAIN_MAX
        && g.getCharacterEscapes() == null) {
      int highest = g.getHighestNonEscapedChar();
      if (highest == 0 || highest >= '~') {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        if (isPlain(b)) {
          g.writeRawUTF8String(b, 0, b.length);
          return;
        }
      }
    }
    g.writeString(value);
  }

  /** A named string value that is most often short printable ASCII ({@link #plain}). */
  static void plain(JsonGenerator g, SerializableString name, String value) {
    g.writeName(name);
    plain(g, value);
  }

  /** The longest string {@link #plain} copies as bytes: longer ones are not ids. */
  private static final int PLAIN_MAX = 64;

  /** Whether every byte is printable ASCII other than the quotes, backslash and slash. */
  private static boolean isPlain(byte[] b) {
    for (byte c : b) {
      if (c < ' ' || c > '~' || c == '"' || c == '\\' || c == '/' || c == '\'') {
        return false;
      }
    }
    return true;
  }

  /** A set of ids as an array, left out when empty. */
  static void ids(JsonGenerator g, SerializableString name, Collection<? extends EntityId> ids) {
    if (ids.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (EntityId id : ids) {
      plain(g, id.value());
    }
    g.writeEndArray();
  }

  static void date(JsonGenerator g, SerializableString name, LocalDate value) {
    g.writeName(name);
    date(g, value);
  }

  static void date(JsonGenerator g, SerializableString name, Optional<LocalDate> value) {
    if (value.isPresent()) {
      date(g, name, value.get());
    }
  }

  /** A date as a string value, yyyy-mm-dd, its text encoded once per date seen lately. */
  static void date(JsonGenerator g, LocalDate d) {
    int y = d.getYear();
    if (y < 0 || y > 9999) {
      g.writeString(d.toString());
      return;
    }
    int m = d.getMonthValue();
    int day = d.getDayOfMonth();
    int key = (y << 9) | (m << 5) | day;
    // consecutive days of consecutive months and years take consecutive slots
    int slot = (y * 372 + m * 31 + day) & (DATES.length - 1);
    DateText t = DATES[slot];
    if (t == null || t.key != key) {
      t = new DateText(key, new SerializedString(date(d)));
      DATES[slot] = t;
    }
    g.writeString(t.text);
  }

  /**
   * A date's text, encoded once, with its key (year, month and day). Immutable, so that the
   * cache below is shared by every writer without locks: a thread sees either an entry or
   * none, and a slot written by two threads at once keeps one of two correct entries.
   */
  private record DateText(int key, SerializableString text) {}

  /** The texts of the dates written lately, direct-mapped: about 22 consecutive years. */
  private static final DateText[] DATES = new DateText[1 << 13];

  static void instant(JsonGenerator g, SerializableString name, Instant value) {
    string(g, name, value.toString());
  }

  static void number(JsonGenerator g, SerializableString name, double value) {
    g.writeName(name);
    g.writeNumber(value);
  }

  /**
   * An exact decimal (not negative, without trailing zeros): a JSON number if it has at most
   * {@value #DOUBLE_DIGITS} significant digits, which every reader that parses numbers as
   * doubles reads back exactly; a string otherwise, so that no such reader rounds it silently.
   * The text is plain from 10<sup>-6</sup> up to below 10<sup>21</sup> ({@code 2500000},
   * {@code 0.25}), in scientific notation beyond ({@code 1E+25}, {@code 1E-7}).
   */
  static void decimal(JsonGenerator g, SerializableString name, BigDecimal value) {
    g.writeName(name);
    // the exponent of the leading digit: 2.5E+6 has 6, 0.25 has -1
    int exponent = value.precision() - value.scale() - 1;
    String text = value.signum() == 0 || (exponent >= -6 && exponent < 21)
        ? value.toPlainString() : value.toString();
    if (value.precision() <= DOUBLE_DIGITS) {
      g.writeNumber(text);
    } else {
      g.writeString(text);
    }
  }

  /** The most significant digits a double holds exactly in decimal: {@value}. */
  static final int DOUBLE_DIGITS = 15;

  static void bool(JsonGenerator g, SerializableString name, boolean value) {
    g.writeName(name);
    g.writeBoolean(value);
  }

  /** A string map as an object, left out when empty. */
  static void attributes(JsonGenerator g, SerializableString name, Map<String, String> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartObject();
    for (Map.Entry<String, String> e : values.entrySet()) {
      g.writeStringProperty(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  /** An object of a codec's type. */
  static <V> void object(JsonGenerator g, SerializableString name, Codec<V, ?> codec, V value) {
    g.writeName(name);
    codec.write(g, value);
  }

  static <V> void object(
      JsonGenerator g, SerializableString name, Codec<V, ?> codec, Optional<V> value) {
    if (value.isPresent()) {
      object(g, name, codec, value.get());
    }
  }

  /** Objects of a codec's type as an array, left out when empty. */
  static <V> void list(
      JsonGenerator g, SerializableString name, Codec<V, ?> codec, Collection<V> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    array(g, codec, values);
  }

  /** Objects of a codec's type as an array, written even when empty. */
  static <V> void array(JsonGenerator g, Codec<V, ?> codec, Collection<V> values) {
    g.writeStartArray();
    if (values instanceof List<V> list && list instanceof java.util.RandomAccess) {
      for (int i = 0, n = list.size(); i < n; i++) {
        codec.write(g, list.get(i));
      }
    } else {
      for (V v : values) {
        codec.write(g, v);
      }
    }
    g.writeEndArray();
  }

  /** A date as yyyy-mm-dd (years beyond 0 to 9999 as {@link LocalDate#toString()} has them). */
  static String date(LocalDate d) {
    int y = d.getYear();
    if (y < 0 || y > 9999) {
      return d.toString();
    }
    char[] c = new char[10];
    c[0] = (char) ('0' + y / 1000);
    c[1] = (char) ('0' + y / 100 % 10);
    c[2] = (char) ('0' + y / 10 % 10);
    c[3] = (char) ('0' + y % 10);
    c[4] = '-';
    int m = d.getMonthValue();
    c[5] = (char) ('0' + m / 10);
    c[6] = (char) ('0' + m % 10);
    c[7] = '-';
    int day = d.getDayOfMonth();
    c[8] = (char) ('0' + day / 10);
    c[9] = (char) ('0' + day % 10);
    return new String(c);
  }
}
