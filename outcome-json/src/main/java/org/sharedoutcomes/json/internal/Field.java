package org.sharedoutcomes.json.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * One field of an entity's JSON form, declared once: its name, how it is read into the
 * codec's accumulator and how it is written from the entity. A codec's fields are its
 * whole JSON form: the reader's known fields, the writer's members and the schema's
 * properties (a test holds the schema to them).
 *
 * <p>A record, so that the JIT trusts its final fields: a field held in a {@code static final}
 * constant writes through its own writer, inlined, where a loop over a codec's fields calls
 * a hundred writers through one call site ({@link Codec#writeFields}).
 *
 * @param <T> the entity type
 * @param <A> the codec's accumulator type
 * @param name the field's name as it appears in JSON
 * @param serialized the name, encoded once
 * @param required whether every object must give it
 * @param reader reads it into an accumulator
 * @param writer writes it from an entity
 */
record Field<T, A>(String name, SerializableString serialized, boolean required,
    Reader<A> reader, Writer<T> writer) {
  /** Reads the field's value (the parser is on its name) into an accumulator. */
  @FunctionalInterface
  interface Reader<A> {
    void read(TokenReader r, A into);
  }

  /** Writes the field, name and value, from an entity, or nothing when it is absent. */
  @FunctionalInterface
  interface Writer<T> {
    void write(JsonGenerator g, SerializableString name, T from);
  }

  /** A field every object must give. */
  static <T, A> Field<T, A> required(String name, Reader<A> reader, Writer<T> writer) {
    return new Field<>(name, new SerializedString(name), true, reader, writer);
  }

  /** A field an object may leave out. */
  static <T, A> Field<T, A> optional(String name, Reader<A> reader, Writer<T> writer) {
    return new Field<>(name, new SerializedString(name), false, reader, writer);
  }

  /** Reads the field's value (the parser is on its name) into an accumulator. */
  void read(TokenReader r, A into) {
    reader.read(r, into);
  }

  /** Writes the field of an entity (nothing when it is absent). */
  void write(JsonGenerator g, T from) {
    writer.write(g, serialized, from);
  }
}
