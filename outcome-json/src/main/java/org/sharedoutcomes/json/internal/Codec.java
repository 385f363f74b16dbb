package org.sharedoutcomes.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The JSON form of one entity type, read and written from one table of {@link Field}s, in
 * the way a Jackson module has one serializer and one deserializer per type. A subclass
 * declares its fields in its constructor, in the order they are written; it makes an
 * accumulator per object read and builds the entity from it.
 *
 * <p>The generic part here reads an object field by field: the parser matches each name
 * against the table's names where they lie in its input (Jackson's {@link
 * PropertyNameMatcher}, as its own bean deserializers do: no string per name), then the
 * field's reader runs; a field given twice, an unknown field (named with the known ones, from
 * the same table, unless reading leniently) and a missing required field are errors, each
 * located by the token layer. Immutable and thread-safe once built.
 *
 * @param <T> the entity type
 * @param <A> the accumulator type
 */
abstract class Codec<T, A> {
  private static final java.util.concurrent.atomic.AtomicInteger SLOTS =
      new java.util.concurrent.atomic.AtomicInteger();

  private final Class<T> type;
  private final String what;
  private final String schema;
  private final java.util.function.Function<TokenReader, A> start;
  /** This codec's place among the spare accumulators of a token reader. */
  private final int slot = SLOTS.getAndIncrement();
  /** Clears an accumulator for the next object; null when accumulators are not reused. */
  private java.util.function.@Nullable Consumer<A> reset;
  private final List<Field<T, A>> fields = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  /** The names, matched by the parser in its input. */
  private PropertyNameMatcher matcher = BinaryNameMatcher.construct(List.of());
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
    if (fields.size() == Long.SIZE) {
      throw new IllegalStateException(what + " has too many fields");
    }
    if (names.contains(name)) {
      throw new IllegalStateException(what + " declares \"" + name + "\" twice");
    }
    fields.add(f);
    names.add(name);
    if (f.required()) {
      required |= 1L << (fields.size() - 1);
    }
    order = fields.toArray(newArray(0));
    matcher = BinaryNameMatcher.construct(names);
    return f;
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
    java.util.function.Consumer<A> clear = reset;
    if (clear == null) {
      return rest(r, start(r), 0);
    }
    @SuppressWarnings("unchecked")
    A a = (A) r.takeSpare(slot);
    if (a == null) {
      a = start(r);
    } else {
      clear.accept(a);
    }
    T value = rest(r, a, 0);
    r.putSpare(slot, a); // not on failure: the next object gets a new one
    return value;
  }

  /**
   * Makes this codec reuse one accumulator per token reader, cleared before each object,
   * rather than make one per object (a document holds millions: the accumulators were a
   * quarter of the bytes a read allocated). Only for accumulators whose every field {@code
   * reset} sets, to the value a new one has: the accumulator's constructor calls the same
   * method, so the two cannot differ. An object read inside another of the same type (never
   * the case for the codecs that reuse) gets its own.
   *
   * @param reset sets every field of an accumulator to its initial value
   */
  final void reuse(java.util.function.Consumer<A> reset) {
    this.reset = reset;
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
    TokenReader.@Nullable Fields unknown = null;
    int at;
    while ((at = r.nextField(matcher)) != PropertyNameMatcher.MATCH_END_OBJECT) {
      if (at < 0) {
        unknown = r.unknown(unknown, what, names);
      } else {
        long bit = 1L << at;
        if ((given & bit) != 0) {
          throw r.duplicate(order[at].name());
        }
        given |= bit;
        if (r.byTable) {
          order[at].read(r, a);
        } else {
          readField(at, r, a);
        }
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
   * Reads the field at a position of the table (the parser on its name) into an accumulator,
   * through the table. The codecs of the entities a large document holds millions of override
   * it with a switch over their field constants, one call each, so that every reader is
   * inlined rather than all of them called through one call site; {@code CodecReadOrderTest}
   * holds each override to the table, reading every generated document both ways.
   *
   * @param at the field's position in the table
   * @param r the token reader
   * @param a the accumulator
   */
  void readField(int at, TokenReader r, A a) {
    order[at].read(r, a);
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
