package org.sharedoutcomes.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON form of one entity type, read and written from one table of {@link Field}s, in
 * the way a Jackson module has one serializer and one deserializer per type. A subclass
 * declares its fields in its constructor, in the order they are written; it makes an
 * accumulator per object read and builds the entity from it.
 *
 * <p>The generic part here reads an object field by field: it finds each name in the table,
 * runs the field's reader, rejects unknown fields (naming the known ones, from the same
 * table) unless reading leniently, and checks the required fields; the token layer checks
 * for fields given twice and locates every error. Immutable and thread-safe once built.
 *
 * @param <T> the entity type
 * @param <A> the accumulator type
 */
abstract class Codec<T, A> {
  private static final int SLOTS = 64;

  private final Class<T> type;
  private final String what;
  private final String schema;
  private final java.util.function.Function<TokenReader, A> start;
  private final List<Field<T, A>> fields = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  /** Positions + 1 in {@link #order} by the hash of the name; 0 is empty. */
  private final int[] slots = new int[SLOTS];
  private long required;
  /** The fields as an array, for writing; complete once the subclass's constructor ran. */
  private Field<T, A>[] order = newArray(0);

  /**
   * A codec.
   *
   * @param type the entity type
   * @param what the entity as messages name it ("commitment")
   * @param schema the JSON Pointer of its object in the shipped schema
   * @param start makes an accumulator for one object
   */
  Codec(Class<T> type, String what, String schema,
      java.util.function.Function<TokenReader, A> start) {
    this.type = type;
    this.what = what;
    this.schema = schema;
    this.start = start;
  }

  /** Declares an optional field. */
  final Field<T, A> field(String name, Field.Reader<A> reader, Field.Writer<T> writer) {
    return add(Field.optional(name, reader, writer));
  }

  /** Declares a field every object must give. */
  final Field<T, A> required(String name, Field.Reader<A> reader, Field.Writer<T> writer) {
    return add(Field.required(name, reader, writer));
  }

  /** Declares fields made apart (constants, for a codec that writes its fields itself). */
  @SafeVarargs
  final void add(Field<T, A>... fields) {
    for (Field<T, A> f : fields) {
      add(f);
    }
  }

  private Field<T, A> add(Field<T, A> f) {
    String name = f.name();
    if (fields.size() == Long.SIZE || fields.size() * 2 >= SLOTS) {
      throw new IllegalStateException(what + " has too many fields");
    }
    int i = slot(name);
    while (slots[i] != 0) {
      if (fields.get(slots[i] - 1).name().equals(name)) {
        throw new IllegalStateException(what + " declares \"" + name + "\" twice");
      }
      i = (i + 1) & (SLOTS - 1);
    }
    fields.add(f);
    slots[i] = fields.size();
    names.add(name);
    if (f.required()) {
      required |= 1L << (fields.size() - 1);
    }
    order = fields.toArray(newArray(0));
    return f;
  }

  private static int slot(String name) {
    return (name.hashCode() * 0x9E3779B9) >>> (32 - 6);
  }

  /** The position of a field in the table, or -1. */
  private int find(String name) {
    for (int i = slot(name); ; i = (i + 1) & (SLOTS - 1)) {
      int at = slots[i] - 1;
      if (at < 0 || order[at].name().equals(name)) {
        return at;
      }
    }
  }

  /** A field's bit in the set of fields an object gave. */
  final long bit(Field<T, A> f) {
    int at = fields.indexOf(f);
    if (at < 0) {
      throw new IllegalArgumentException(f.name() + " is not a field of " + what);
    }
    return 1L << at;
  }

  /** Declares the optional {@code "attributes"} field: a map of strings, sorted by key. */
  final Field<T, A> attributesField(
      java.util.function.Function<T, java.util.Map<String, String>> get,
      java.util.function.BiConsumer<A, java.util.Map<String, String>> set) {
    return add(attributesOf(get, set));
  }

  /** The optional {@code "attributes"} field, made apart. */
  static <T, A> Field<T, A> attributesOf(
      java.util.function.Function<T, java.util.Map<String, String>> get,
      java.util.function.BiConsumer<A, java.util.Map<String, String>> set) {
    return Field.optional("attributes", (r, a) -> set.accept(a, r.attributes()),
        (g, n, x) -> TokenWriter.attributes(g, n, get.apply(x)));
  }

  /** A new accumulator for one object. */
  final A start(TokenReader r) {
    return start.apply(r);
  }

  /**
   * The entity from an accumulator, all required fields given.
   *
   * @throws OutcomeFormatException (through {@code r}) if the fields do not fit together
   */
  abstract T finish(TokenReader r, A a);

  /**
   * Reads one object, the parser on its first token.
   *
   * @param r the token reader
   * @return the entity
   */
  final T read(TokenReader r) {
    r.startObject();
    return rest(r, start(r), 0);
  }

  /**
   * Reads the rest of an object whose first fields the caller read (the document's header),
   * and builds the entity.
   *
   * @param r the token reader, inside the object
   * @param a the accumulator
   * @param given the bits of the fields the caller read
   * @return the entity
   */
  final T rest(TokenReader r, A a, long given) {
    TokenReader.Fields seen = r.fields();
    String name;
    while ((name = seen.next()) != null) {
      int at = find(name);
      if (at < 0) {
        r.unknown(name, what, names);
      } else {
        given |= 1L << at;
        order[at].reader().read(r, a);
      }
    }
    if ((given & required) != required) {
      for (int i = 0; i < order.length; i++) {
        if (order[i].required() && (given & (1L << i)) == 0) {
          throw r.missing(order[i].name(), what);
        }
      }
    }
    return finish(r, a);
  }

  /**
   * Writes one entity as an object, its fields in declaration order.
   *
   * @param g the generator
   * @param value the entity
   */
  final void write(JsonGenerator g, T value) {
    g.writeStartObject();
    writeFields(g, value);
    g.writeEndObject();
  }

  /**
   * Writes an entity's fields, in declaration order, through the table. The codecs of the
   * entities a large document holds millions of override it with one call per field, each
   * field a {@code static final} constant, so that every writer is inlined rather than all of
   * them called through this loop's one call site; {@code CodecWriteOrderTest} holds each
   * override to the bytes of this loop.
   *
   * @param g the generator, inside the entity's object
   * @param value the entity
   */
  void writeFields(JsonGenerator g, T value) {
    writeByTable(g, value);
  }

  /** Writes an entity's fields through the table, in declaration order. */
  final void writeByTable(JsonGenerator g, T value) {
    for (Field<T, A> f : order) {
      f.write(g, value);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T, A> Field<T, A>[] newArray(int size) {
    return (Field<T, A>[]) new Field<?, ?>[size];
  }

  /** The entity type. */
  final Class<T> type() {
    return type;
  }

  /** The entity as messages name it. */
  final String what() {
    return what;
  }

  /** The JSON Pointer of this codec's object in the shipped schema. */
  final String schema() {
    return schema;
  }

  /** The entity as messages name it, for test names. */
  @Override
  public String toString() {
    return what;
  }

  /** The fields, in declaration (and writing) order. */
  final List<Field<T, A>> fields() {
    return Collections.unmodifiableList(fields);
  }
}
