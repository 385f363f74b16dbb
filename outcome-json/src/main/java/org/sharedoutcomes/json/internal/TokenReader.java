package org.sharedoutcomes.json.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.EntityKind;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.ModelValidationException;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.Problem;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.DeliveryAssessment;
import org.sharedoutcomes.core.Intervention;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.internal.ModelValidator;
import org.sharedoutcomes.json.FormatVersion;
import org.sharedoutcomes.json.JsonLimits;
import org.sharedoutcomes.json.LocatedProblem;
import org.sharedoutcomes.json.OutcomeFormatException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The token layer of the reader: values (strings, numbers, dates, enums, ids, attribute maps)
 * read from a {@link JsonParser}, the id tables that let references reuse the ids read with
 * their entities, the check for a field given twice, and every error the reader reports,
 * located (line, column, JSON Pointer) and bounded here and nowhere else. The entity codecs
 * read through it and never touch the parser.
 *
 * <p>Not thread-safe: one token reader reads one document.
 */
final class TokenReader {
  private final JsonParser p;
  private final boolean lenient;
  /** Whether codecs read through their tables only (see {@link Codec#readField}). */
  final boolean byTable;
  private final java.util.function.BooleanSupplier sourceFailed;
  /** Ids and lines of the entities with ids, per kind, in document order, for messages. */
  private final Map<EntityKind, Located> located = new EnumMap<>(EntityKind.class);
  final IdTable<AgencyId> agencyIds = new IdTable<>(AgencyId::of);
  final IdTable<PersonId> personIds = new IdTable<>(PersonId::of);
  final IdTable<OutcomeId> outcomeIds = new IdTable<>(OutcomeId::of);
  final IdTable<CommitmentId> commitmentIds = new IdTable<>(CommitmentId::of);
  final IdTable<IndicatorId> indicatorIds = new IdTable<>(IndicatorId::of);
  private final DateCache dates = new DateCache();
  /** The unknown field names seen in the object being read, one set per nesting depth. */
  private Fields[] fieldsByDepth = new Fields[8];
  /** Each reusing codec's spare accumulator, by its slot ({@link Codec#reuse}). */
  private @Nullable Object[] spares = new Object[32];
  /** The model being read, where entities and measurement rows go as they are read. */
  private OutcomeModel.@Nullable Builder model;

  private final JsonLimits limits;
  /** Items read so far (objects, ids in lists, attributes), against the limit. */
  private int items;
  /** Measurement rows read so far, against the limit. */
  private int rows;

  TokenReader(JsonParser parser, boolean ignoreUnknown,
      java.util.function.BooleanSupplier sourceFailed, JsonLimits limits) {
    this(parser, ignoreUnknown, sourceFailed, limits, false);
  }

  /**
   * A token reader; {@code byTable} makes every codec read its fields through its table
   * rather than its override of {@link Codec#readField} (for the test holding the two alike).
   */
  TokenReader(JsonParser parser, boolean ignoreUnknown,
      java.util.function.BooleanSupplier sourceFailed, JsonLimits limits, boolean byTable) {
    this.p = parser;
    this.lenient = ignoreUnknown;
    this.sourceFailed = sourceFailed;
    this.limits = limits;
    this.byTable = byTable;
  }

  /** Counts one item (an object, an id in a list, an attribute) against the limit. */
  void item() {
    if (++items > limits.maxEntities()) {
      throw fail("the document holds more than " + limits.maxEntities()
          + " items (objects, ids in lists, attributes), the limit"
          + " (JsonLimits.maxEntities); raise it, with heap to match, to read larger models");
    }
  }

  /** Counts one measurement row against the limit. */
  void row() {
    if (++rows > limits.maxMeasurements()) {
      throw fail("the document holds more than " + limits.maxMeasurements()
          + " measurement rows, the limit (JsonLimits.maxMeasurements); raise it, with heap"
          + " to match, to read larger models");
    }
  }

  /** A read that may fail in any of the ways {@link #guard} turns into located errors. */
  interface Body<T> {
    T run();
  }

  /**
   * Runs a read, turning every failure into an {@link OutcomeFormatException} that names where
   * it happened (validation failures of the model listing every problem), except I/O failures
   * of the source, which are {@link java.io.UncheckedIOException}s.
   */
  <T> T guard(Body<T> body) {
    try {
      return body.run();
    } catch (OutcomeFormatException e) {
      throw e;
    } catch (ModelValidationException e) {
      throw validationFailure(e);
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof java.io.CharConversionException
          || !sourceFailed.getAsBoolean()) {
        TokenStreamLocation at = p.currentLocation();
        throw new OutcomeFormatException("the document is not valid " + encodingName() + ": "
            + Objects.requireNonNull(e.getCause()).getMessage(), at.getLineNr(), at.getColumnNr(), pointer());
      }
      throw new java.io.UncheckedIOException(e.getMessage(), e.getCause());
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String reason = e.getOriginalMessage();
      if (at == null) {
        at = p.currentLocation();
      }
      throw new OutcomeFormatException(
          reason == null ? "malformed JSON" : reason, at.getLineNr(), at.getColumnNr(),
          pointer());
    } catch (IllegalArgumentException | NullPointerException | DateTimeException
        | ArithmeticException e) {
      throw fail(e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  /** The model being read, made on first use. */
  OutcomeModel.Builder model() {
    OutcomeModel.Builder b = model;
    if (b == null) {
      b = OutcomeModel.builder();
      model = b;
    }
    return b;
  }

  /** Takes the spare accumulator of a codec's slot, or null. */
  @Nullable Object takeSpare(int slot) {
    if (slot >= spares.length) {
      return null;
    }
    Object a = spares[slot];
    spares[slot] = null;
    return a;
  }

  /** Keeps an accumulator as the spare of a codec's slot. */
  void putSpare(int slot, Object a) {
    if (slot >= spares.length) {
      spares = java.util.Arrays.copyOf(spares, Math.max(slot + 1, spares.length * 2));
    }
    spares[slot] = a;
  }

  /** The parser's current token. */
  @Nullable JsonToken current() {
    return p.currentToken();
  }

  /** Moves to the next token. */
  @Nullable JsonToken next() {
    return p.nextToken();
  }

  /**
   * Moves to the next field of an object and matches its name where it lies in the input.
   *
   * @param names the object's known names
   * @return the position of the name among them, {@link PropertyNameMatcher#MATCH_END_OBJECT}
   *     at the end of the object, or {@link PropertyNameMatcher#MATCH_UNKNOWN_NAME}
   */
  int nextField(PropertyNameMatcher names) {
    int at = p.nextNameMatch(names);
    if (at == PropertyNameMatcher.MATCH_ODD_TOKEN) {
      throw fail("expected a field name, found " + describe(p.currentToken()));
    }
    return at;
  }

  /** A field given twice in one object. */
  OutcomeFormatException duplicate(String name) {
    return fail("duplicate field \"" + abbreviate(name)
        + "\": a field may appear once in an object");
  }

  /** The next field name, or null at the end of the object (no check for repeats). */
  @Nullable String nextName() {
    return p.nextName();
  }

  /** Checks a format header: a version this library reads. */
  void version(String header) {
    if (!header.startsWith(FormatVersion.PREFIX)) {
      throw fail("the format header is \"" + abbreviate(header) + "\"; expected \""
          + FormatVersion.current().header() + "\"");
    }
    String digits = header.substring(FormatVersion.PREFIX.length());
    int n;
    try {
      // canonical decimal only: "01" or "+1" is not "1"
      n = digits.isEmpty() || digits.length() > 9 || digits.charAt(0) == '0'
          || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
          ? -1 : Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      n = -1;
    }
    if (n < 1) {
      throw fail("the format header is \"" + abbreviate(header) + "\"; expected \""
          + FormatVersion.current().header() + "\"");
    }
    if (n > FormatVersion.current().number()) {
      throw fail("the document has format version " + header + ", newer than "
          + FormatVersion.current().header() + ", the newest this library reads;"
          + " upgrade Shared Outcomes to read it");
    }
  }

  // ---------------------------------------------------------------- values

  String string() {
    String s = p.nextStringValue();
    if (s == null) {
      throw typeError("a string");
    }
    return s;
  }

  double number() {
    JsonToken t = p.nextToken();
    if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
      throw typeError("a number");
    }
    double v = p.getDoubleValue();
    if (!Double.isFinite(v)) {
      throw fail("the number is too large for a double");
    }
    return v;
  }

  /** The longest text of a decimal given as a string: {@value}, as {@code Fraction} allows. */
  private static final int MAX_DECIMAL_TEXT =
      2 * org.sharedoutcomes.core.protocol.Fraction.MAX_DIGITS + 32;
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  /**
   * An exact decimal, not negative: a JSON number read from its text (not through a double),
   * or a string holding one, such as {@code "2500000.10"}.
   *
   * @param field the field's name, for messages
   */
  java.math.BigDecimal decimal(String field) {
    JsonToken t = p.nextToken();
    java.math.BigDecimal v;
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      v = p.getDecimalValue();
    } else if (t == JsonToken.VALUE_STRING) {
      String s = p.getString();
      if (s.length() > MAX_DECIMAL_TEXT || !DECIMAL.matcher(s).matches()) {
        throw fail("\"" + field + "\" is \"" + abbreviate(s) + "\", not a decimal number"
            + " (such as 2500000 or \"2500000.50\")");
      }
      v = new java.math.BigDecimal(s);
    } else {
      throw typeError("a number (or a decimal number in a string)");
    }
    if (v.signum() < 0) {
      throw fail("\"" + field + "\" must not be negative, was " + abbreviate(p.getText()));
    }
    return v;
  }

  int integer() {
    JsonToken t = p.nextToken();
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw typeError("a whole number");
    }
    return p.getIntValue();
  }

  boolean bool() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw typeError("true or false");
  }

  LocalDate date() {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw typeError("a string");
    }
    int at = dateKey();
    return at >= 0 ? cachedDate(at) : parseDate();
  }

  private LocalDate cachedDate(int key) {
    try {
      return dates.date(key);
    } catch (DateTimeException e) {
      throw notADate(e);
    }
  }

  private OutcomeFormatException notADate(DateTimeException e) {
    return fail("\"" + abbreviate(p.getString()) + "\" is not a valid date: " + e.getMessage());
  }

  Optional<LocalDate> optionalDate() {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw typeError("a string");
    }
    int at = dateKey();
    if (at < 0) {
      return Optional.of(parseDate());
    }
    try {
      return dates.optional(at);
    } catch (DateTimeException e) {
      throw notADate(e);
    }
  }

  /**
   * The current string as a {@link DateCache} key if it has the shape yyyy-mm-dd, read in the
   * parser's buffer (no string); -1 otherwise.
   */
  private int dateKey() {
    if (p.getStringLength() != 10) {
      return -1;
    }
    char[] c = p.getStringCharacters();
    int o = p.getStringOffset();
    if (c[o + 4] != '-' || c[o + 7] != '-') {
      return -1;
    }
    int y = digits(c, o, 4);
    int m = digits(c, o + 5, 2);
    int d = digits(c, o + 8, 2);
    if (y < 0 || m < 0 || d < 0) {
      return -1;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31) {
      try {
        LocalDate.of(y, m, d); // throws the DateTimeException that names the bad field
      } catch (DateTimeException e) {
        throw notADate(e);
      }
    }
    return DateCache.key(y, m, d);
  }

  /** The current string as an ISO-8601 date in any other shape, such as +10000-01-01. */
  private LocalDate parseDate() {
    String s = p.getString();
    try {
      return LocalDate.parse(s);
    } catch (DateTimeException e) {
      throw fail("\"" + abbreviate(s) + "\" is not an ISO-8601 date (yyyy-mm-dd)");
    }
  }

  private static int digits(char[] c, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      char ch = c[i];
      if (ch < '0' || ch > '9') {
        return -1;
      }
      n = n * 10 + (ch - '0');
    }
    return n;
  }

  Instant instant() {
    String s = string();
    try {
      return Instant.parse(s);
    } catch (DateTimeException e) {
      throw fail("\"" + abbreviate(s) + "\" is not an ISO-8601 instant"
          + " (such as 2026-11-23T09:30:00Z)");
    }
  }

  <E extends Enum<E>> E enumValue(EnumTable<E> table) {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw typeError("a string");
    }
    // match the constant's name in the parser's buffer: no string per value
    E e = table.find(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
    if (e != null) {
      return e;
    }
    String s = p.getString();
    throw fail("\"" + abbreviate(s) + "\" is not a " + table.name() + "; expected one of "
        + table.constants());
  }

  /** An enum value as an optional, one shared instance per constant. */
  <E extends Enum<E>> Optional<E> optionalEnum(EnumTable<E> table) {
    return table.optional(enumValue(table));
  }

  /** A role, the built-in ones matched in the parser's buffer without a string. */
  Role roleValue() {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw typeError("a string");
    }
    Role r = BUILT_IN_ROLES.find(p.getStringCharacters(), p.getStringOffset(),
        p.getStringLength());
    return r != null ? r : Role.of(p.getString());
  }

  <T extends EntityId & Comparable<? super T>> Set<T> idSet(IdTable<T> ids) {
    startArray();
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_ARRAY) {
      return Set.of();
    }
    if (t != JsonToken.VALUE_STRING) {
      throw typeError("an id (a string)");
    }
    item();
    T first = current(ids);
    if ((t = p.nextToken()) == JsonToken.END_ARRAY) {
      return ids.one(first); // the common case: one shared set per id, no tree set to copy
    }
    Set<T> set = new java.util.TreeSet<>();
    set.add(first);
    do {
      if (t != JsonToken.VALUE_STRING) {
        throw typeError("an id (a string)");
      }
      item();
      if (!set.add(current(ids))) {
        throw fail("'" + abbreviate(p.getString()) + "' appears twice");
      }
    } while ((t = p.nextToken()) != JsonToken.END_ARRAY);
    return set;
  }

  /** Reads an entity's own id and remembers it, so that references to it reuse it. */
  <T extends EntityId> T define(IdTable<T> ids) {
    T id = ids.of.apply(string());
    ids.add(id);
    return id;
  }

  /** Reads a reference: an id read before is reused, with no string or id of its own. */
  <T extends EntityId> T ref(IdTable<T> ids) {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw typeError("a string");
    }
    return current(ids);
  }

  /** The id the current string token names. */
  private <T extends EntityId> T current(IdTable<T> ids) {
    T known = ids.find(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
    return known != null ? known : ids.of.apply(p.getString());
  }

  Map<String, String> attributes() {
    p.nextToken();
    startObject();
    Map<String, String> map = new TreeMap<>();
    String key;
    while ((key = p.nextName()) != null) {
      item();
      if (map.put(key, string()) != null) {
        throw fail("duplicate key \"" + abbreviate(key) + "\": a key may appear once");
      }
    }
    return map;
  }

  // ---------------------------------------------------------------- structure

  void expect(JsonToken token, String what) {
    if (p.currentToken() != token) {
      throw fail("expected " + what + ", found " + describe(p.currentToken()));
    }
  }

  void startObject() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail("expected an object, found " + describe(p.currentToken()));
    }
    item();
  }

  /** Reads an object of a codec's type, the value of the field just read. */
  <T> T object(Codec<T, ?> codec) {
    p.nextToken();
    return codec.read(this);
  }

  /** Reads an array of objects of a codec's type into a list. */
  <T> List<T> list(Codec<T, ?> codec) {
    // most lists read are of one or two elements: made as such, with no growing list to
    // copy (the records' List.copyOf keeps an immutable list as it is)
    startArray();
    if (!nextElement()) {
      return List.of();
    }
    T first = codec.read(this);
    if (!nextElement()) {
      return List.of(first);
    }
    T second = codec.read(this);
    if (!nextElement()) {
      return List.of(first, second);
    }
    List<T> out = new ArrayList<>();
    out.add(first);
    out.add(second);
    do {
      out.add(codec.read(this));
    } while (nextElement());
    return out;
  }

  /** {@code a} followed by {@code b}, either returned as it is when the other is empty. */
  static <T> List<T> concat(List<T> a, List<T> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    List<T> out = new ArrayList<>(a.size() + b.size());
    out.addAll(a);
    out.addAll(b);
    return out;
  }

  /** Reads an array, running {@code element} once per element. */
  void array(Runnable element) {
    startArray();
    while (nextElement()) {
      element.run();
    }
  }

  /**
   * Reads an array of entities with ids, marking where each starts (for error positions) and
   * noting its id (for duplicate and reference reports) before handing it to {@code add}.
   */
  <T> void entities(EntityKind kind, Codec<T, ?> codec,
      java.util.function.Function<T, ? extends EntityId> id,
      java.util.function.Consumer<T> add) {
    Located at = locatedOf(kind); // once a section, not once an entity
    array(() -> {
      mark(at);
      T value = codec.read(this);
      note(at, (Object) id.apply(value).value());
      add.accept(value);
    });
  }

  void startArray() {
    if (p.nextToken() != JsonToken.START_ARRAY) {
      throw typeError("an array");
    }
  }

  /** Moves to the next array element; false at the end of the array. */
  boolean nextElement() {
    return p.nextToken() != JsonToken.END_ARRAY;
  }

  /** The error for an object that lacks a required field. */
  OutcomeFormatException missing(String field, String what) {
    return fail(what + " is missing the required field \"" + field + "\"");
  }

  /** {@code next}, unless one of two exclusive fields was given before. */
  <T> T only(@Nullable T previous, T next, String one, String other) {
    if (previous != null) {
      throw fail("give either \"" + one + "\" or \"" + other + "\", once");
    }
    return next;
  }

  /**
   * A field no codec knows (the parser on its name): skipped when reading leniently, unless
   * the object gave it before, an error naming the known fields otherwise.
   *
   * @param seen the unknown fields the object gave so far, null before the first
   * @return the unknown fields the object gave, this one included
   */
  Fields unknown(@Nullable Fields seen, String where, List<String> known) {
    String field = p.currentName();
    if (field == null) {
      throw fail("expected a field name, found " + describe(p.currentToken()));
    }
    if (!lenient) {
      throw fail("unknown field \"" + abbreviate(field) + "\" in " + where + "; known fields: "
          + String.join(", ", known)
          + " (read with JsonOption.IGNORE_UNKNOWN_FIELDS to skip unknown fields)");
    }
    Fields f = seen != null ? seen : fields();
    f.add(field);
    skipValue();
    return f;
  }

  /**
   * Skips the next value, checking every string and name in it against the string-length
   * limit (Jackson's {@code skipChildren()} skips strings unread, unchecked).
   */
  private void skipValue() {
    int depth = 0;
    do {
      JsonToken t = p.nextToken();
      if (t == null) {
        return;
      }
      if (t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME) {
        if (p.getStringLength() > limits.maxStringLength()) {
          throw fail("a string of " + p.getStringLength() + " characters, longer than the"
              + " limit of " + limits.maxStringLength() + " (JsonLimits.maxStringLength)");
        }
      } else if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd()) {
        depth--;
      }
    } while (depth > 0);
  }

  OutcomeFormatException typeError(String expected) {
    return fail("expected " + expected + ", found " + describe(p.currentToken()));
  }

  static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case END_OBJECT -> "the end of an object";
      case END_ARRAY -> "the end of an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case PROPERTY_NAME -> "a field name";
      default -> t.name();
    };
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  private static String encodingName() {
    return "Unicode text (UTF-8, UTF-16 or UTF-32)";
  }

  String pointer() {
    try {
      return p.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  OutcomeFormatException fail(String reason) {
    TokenStreamLocation at = p.currentTokenLocation();
    return new OutcomeFormatException(reason, at.getLineNr(), at.getColumnNr(), pointer());
  }

  // ---------------------------------------------------------------- fields, ids, dates

  /**
   * The unknown field names of the object being read, skipped when reading leniently, emptied
   * for the object: one small reused array per depth. Known fields given twice are caught by
   * their codec ({@link Codec#rest}, a bit per field) and unknown ones here, rather than by
   * Jackson, which builds a hash set per object of three or more fields (millions per
   * document).
   */
  Fields fields() {
    int depth = p.streamReadContext().getNestingDepth();
    if (depth >= fieldsByDepth.length) {
      fieldsByDepth = java.util.Arrays.copyOf(fieldsByDepth,
          Math.max(depth + 1, fieldsByDepth.length * 2));
    }
    Fields f = fieldsByDepth[depth];
    if (f == null) {
      f = new Fields();
      fieldsByDepth[depth] = f;
    }
    f.size = 0;
    return f;
  }

  /** The names read so far in one object. */
  final class Fields {
    String[] names = new String[4];
    int size;

    /** Notes a name; fails if the object gave it before. */
    void add(String name) {
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          throw duplicate(name);
        }
      }
      if (size == names.length) {
        names = java.util.Arrays.copyOf(names, size * 2);
      }
      names[size++] = name;
    }
  }

  /** The built-in roles by id. */
  static final NameTable<Role> BUILT_IN_ROLES = new NameTable<>();

  static {
    for (Role r : Role.builtIns()) {
      BUILT_IN_ROLES.put(r.id(), r);
    }
  }

  // ---------------------------------------------------------------- locating problems

  /**
   * Where each entity of one section starts, in document order: the entity (or its id's text)
   * and its line and column, so that a validation problem found at {@code build()} can be
   * mapped back to the entity it is about. Costs a reference and two ints per entity; the
   * keys problems name ({@link ModelValidator#problemId}) are computed only on failure.
   */
  static final class Located {
    final String section;
    final java.util.function.Function<Object, String> key;
    final ArrayList<Object> items = new ArrayList<>();
    int[] lines = new int[16];
    int[] columns = new int[16];
    int pendingLine;
    int pendingColumn;

    Located(String section, java.util.function.Function<Object, String> key) {
      this.section = section;
      this.key = key;
    }
  }

  /** Where the entries of {@code "withheld"} are. */
  private final Located withheldAt = new Located("withheld", o -> (String) o);

  void mark(EntityKind kind) {
    mark(locatedOf(kind));
  }

  private Located locatedOf(EntityKind kind) {
    return located.computeIfAbsent(kind, k -> new Located(section(k), key(k)));
  }

  private void mark(Located l) {
    // an entity starts at '{': read its line and column off the parser rather than through a
    // TokenStreamLocation per entity (three million of them in a document of a million
    // commitments). The parser's own column of a token may differ from its location's by a
    // constant (it does by one in Jackson 3.2: both come from one field), so the difference is
    // taken once, from the first object marked; anything else goes through the location.
    if (p.currentToken() == JsonToken.START_OBJECT && p instanceof ParserBase base) {
      if (columnShift == UNCALIBRATED) {
        TokenStreamLocation at = p.currentTokenLocation();
        if (at.getLineNr() == base.getTokenLineNr()) {
          columnShift = at.getColumnNr() - base.getTokenColumnNr();
        } else {
          columnShift = UNCALIBRATABLE;
        }
      }
      if (columnShift != UNCALIBRATABLE) {
        l.pendingLine = base.getTokenLineNr();
        l.pendingColumn = base.getTokenColumnNr() + columnShift;
        return;
      }
    }
    TokenStreamLocation at = p.currentTokenLocation();
    l.pendingLine = at.getLineNr();
    l.pendingColumn = at.getColumnNr();
  }

  private static final int UNCALIBRATED = Integer.MIN_VALUE;
  private static final int UNCALIBRATABLE = Integer.MAX_VALUE;
  /**
   * What to add to the parser's column of an object's '{' to get its location's column, once
   * the first object has been marked; {@link #UNCALIBRATABLE} if the two disagree on the line.
   */
  private int columnShift = UNCALIBRATED;

  void note(EntityKind kind, Object item) {
    note(Objects.requireNonNull(located.get(kind)), item); // mark(kind) came first
  }

  private static void note(Located l, Object item) {
    int n = l.items.size();
    if (n == l.lines.length) {
      l.lines = java.util.Arrays.copyOf(l.lines, n * 2);
      l.columns = java.util.Arrays.copyOf(l.columns, n * 2);
    }
    l.lines[n] = l.pendingLine;
    l.columns[n] = l.pendingColumn;
    l.items.add(item);
  }

  /** Marks where the next {@code "withheld"} entry starts. */
  void markWithheld() {
    mark(withheldAt);
  }

  /** Notes the indicator of the {@code "withheld"} entry just read. */
  void noteWithheld(IndicatorId indicator) {
    note(withheldAt, indicator.value());
  }

  /** An error about the {@code "withheld"} entry of an indicator, located at it. */
  OutcomeFormatException withheldFailure(IndicatorId indicator, String field, String reason) {
    for (int i = 0; i < withheldAt.items.size(); i++) {
      if (withheldAt.items.get(i).equals(indicator.value())) {
        return new OutcomeFormatException(reason, withheldAt.lines[i], withheldAt.columns[i],
            "/withheld/" + i + "/" + field);
      }
    }
    return new OutcomeFormatException(reason, 0, 0, "/withheld");
  }

  /** Reads a section of entities without ids, locating each for problem reports. */
  <T> void located(EntityKind kind, Codec<T, ?> codec, java.util.function.Consumer<T> add) {
    Located at = locatedOf(kind);
    array(() -> {
      mark(at);
      T value = codec.read(this);
      note(at, value);
      add.accept(value);
    });
  }

  private static String section(EntityKind kind) {
    return switch (kind) {
      case AGENCY -> "agencies";
      case PERSON -> "persons";
      case OUTCOME -> "outcomes";
      case COMMITMENT -> "commitments";
      case INDICATOR -> "indicators";
      case AGREEMENT -> "agreements";
      case CONFLICT -> "conflicts";
      case MEASUREMENT -> "measurements";
      case ROLE_ASSIGNMENT -> "roles";
      case ASSESSMENT -> "assessments";
      case INTERVENTION -> "interventions";
      case CONTRIBUTION -> "contributions";
    };
  }

  /** The id a problem gives an item noted for a kind. */
  private static java.util.function.Function<Object, String> key(EntityKind kind) {
    return switch (kind) {
      case ROLE_ASSIGNMENT -> o -> ModelValidator.problemId((RoleAssignment) o);
      case ASSESSMENT -> o -> ModelValidator.problemId((DeliveryAssessment) o);
      case INTERVENTION -> o -> ModelValidator.problemId((Intervention) o);
      case CONTRIBUTION -> o -> ModelValidator.problemId((Contribution) o);
      default -> o -> (String) o;
    };
  }

  /**
   * The JSON field a problem's field names, as a pointer suffix: most are the same; a role's
   * party and target are written as {@code "agency"}/{@code "person"} and {@code
   * "commitment"}/{@code "outcome"}; {@code ratio.numerator} is {@code /ratio/numerator};
   * measurement reporters are in the rows.
   */
  private static String jsonField(Problem problem, @Nullable Object item) {
    String field = problem.field();
    if (item instanceof RoleAssignment r) {
      if (field.equals("party")) {
        return r.party() instanceof AgencyId ? "agency" : "person";
      }
      if (field.equals("target")) {
        return r.target() instanceof CommitmentId ? "commitment" : "outcome";
      }
    }
    if (problem.kind() == EntityKind.MEASUREMENT && field.equals("reportedBy")) {
      return "rows";
    }
    return field.replace('.', '/');
  }

  /**
   * Each problem located at the entity it is about: one pass over each section named by a
   * problem, computing the problem ids of its items and keeping those a problem names (the
   * first occurrence, or the second for a duplicate id).
   */
  private List<LocatedProblem> locate(List<Problem> problems) {
    Map<EntityKind, Map<String, int[]>> wanted = new EnumMap<>(EntityKind.class);
    for (Problem problem : problems) {
      if (problem.id().isPresent() && located.containsKey(problem.kind())) {
        wanted.computeIfAbsent(problem.kind(), k -> new java.util.HashMap<>())
            .put(problem.id().get(), new int[] {-1, -1});
      }
    }
    wanted.forEach((kind, ids) -> {
      Located l = Objects.requireNonNull(located.get(kind));
      for (int i = 0; i < l.items.size(); i++) {
        int[] at = ids.get(l.key.apply(l.items.get(i)));
        if (at != null) {
          if (at[0] < 0) {
            at[0] = i;
          } else if (at[1] < 0) {
            at[1] = i;
          }
        }
      }
    });
    List<LocatedProblem> out = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      Located l = located.get(problem.kind());
      Map<String, int[]> ids = wanted.get(problem.kind());
      int[] at = ids == null || problem.id().isEmpty() ? null : ids.get(problem.id().get());
      int index = at == null ? -1 : problem.field().equals("id") && at[1] >= 0 ? at[1] : at[0];
      if (l == null || index < 0) {
        out.add(new LocatedProblem(problem, 0, 0, "/" + section(problem.kind())));
      } else {
        out.add(new LocatedProblem(problem, l.lines[index], l.columns[index],
            "/" + l.section + "/" + index + "/" + jsonField(problem, l.items.get(index))));
      }
    }
    return out;
  }

  OutcomeFormatException validationFailure(ModelValidationException e) {
    List<LocatedProblem> problems = locate(e.problems());
    int total = e.totalProblems();
    StringBuilder sb = new StringBuilder("the document describes an invalid model, with ")
        .append(total).append(total == 1 ? " problem:" : " problems:");
    int shown = Math.min(ModelValidationException.SHOWN, problems.size());
    for (int i = 0; i < shown; i++) {
      sb.append("\n  - ").append(ModelValidationException.line(problems.get(i).toString()));
    }
    if (total > shown) {
      sb.append("\n  ... and ").append(total - shown).append(" more (")
          .append(problems.size()).append(" in problems())");
    }
    LocatedProblem first = problems.get(0);
    return new OutcomeFormatException(sb.toString(), first.line(), first.column(),
        first.pointer(), problems, total);
  }
}
