package org.sharedoutcomes.json.ser;

import java.util.Objects;
import java.util.function.BiConsumer;
import org.apiguardian.api.API;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Serializes one model entity type (an agency, a commitment...) in the form it has inside a
 * Shared Outcomes document. Stateless and thread-safe.
 *
 * @param <T> the entity type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EntitySerializer<T> extends StdSerializer<T> {
  private final BiConsumer<JsonGenerator, T> writer;

  /**
   * A serializer for one type.
   *
   * @param type the entity type
   * @param writer writes one entity to a generator
   */
  public EntitySerializer(Class<T> type, BiConsumer<JsonGenerator, T> writer) {
    super(type);
    this.writer = Objects.requireNonNull(writer, "writer must not be null");
  }

  /**
   * Writes the entity.
   *
   * @param value the entity
   * @param g the generator
   * @param ctxt the context
   */
  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
    writer.accept(g, value);
  }
}
