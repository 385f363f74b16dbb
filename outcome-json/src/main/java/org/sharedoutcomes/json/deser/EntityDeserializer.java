package org.sharedoutcomes.json.deser;

import org.sharedoutcomes.json.internal.ModelReader;
import org.apiguardian.api.API;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Deserializes one model entity type from the form it has inside a Shared Outcomes document.
 * References to other entities are not checked (that needs the whole model). Failures are
 * {@link org.sharedoutcomes.json.OutcomeFormatException}s. Stateless and thread-safe.
 *
 * @param <T> the entity type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EntityDeserializer<T> extends StdDeserializer<T> {
  private final Class<T> type;
  private final boolean ignoreUnknown;

  /**
   * A deserializer for one type.
   *
   * @param type the entity type
   * @param ignoreUnknown whether to skip unknown fields instead of failing
   */
  public EntityDeserializer(Class<T> type, boolean ignoreUnknown) {
    super(type);
    this.type = type;
    this.ignoreUnknown = ignoreUnknown;
  }

  /**
   * Reads the entity.
   *
   * @param p the parser, on the entity's first token
   * @param ctxt the context
   * @return the entity
   */
  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    return new ModelReader(p, ignoreUnknown).readEntity(type);
  }
}
