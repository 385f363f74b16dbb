package org.sharedoutcomes.json.deser;

import org.sharedoutcomes.json.internal.ModelReader;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.OutcomeModel;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Deserializes a whole Shared Outcomes document into an {@link OutcomeModel}, streaming.
 * Failures are {@link org.sharedoutcomes.json.OutcomeFormatException}s. Stateless and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ModelDeserializer extends StdDeserializer<OutcomeModel> {
  private final boolean ignoreUnknown;

  /**
   * The deserializer.
   *
   * @param ignoreUnknown whether to skip unknown fields instead of failing
   */
  public ModelDeserializer(boolean ignoreUnknown) {
    super(OutcomeModel.class);
    this.ignoreUnknown = ignoreUnknown;
  }

  /**
   * Reads the model.
   *
   * @param p the parser, on the document's first token
   * @param ctxt the context
   * @return the model
   */
  @Override
  public OutcomeModel deserialize(JsonParser p, DeserializationContext ctxt) {
    return new ModelReader(p, ignoreUnknown).readValue().model();
  }
}
