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
 * @param <T> the entity type
 * @param <A> the codec's accumulator type
 */
final class Field<T, A> {
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

  final String name;
  final SerializableString serialized;
  final boolean required;
  /** This field's bit in the set of fields an object gave. */
  final long bit;
  final Reader<A> reader;
  final Writer<T> writer;

  Field(String name, boolean required, int index, Reader<A> reader, Writer<T> writer) {
    this.name = name;
    this.serialized = new SerializedString(name);
    this.required = required;
    this.bit = 1L << index;
    this.reader = reader;
    this.writer = writer;
  }

  /**
   * The field's name.
   *
   * @return the name as it appears in JSON
   */
  String name() {
    return name;
  }
}
