package org.sharedoutcomes.json.ser;

import org.sharedoutcomes.json.internal.ModelWriter;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.OutcomeModel;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Serializes a whole {@link OutcomeModel} as a Shared Outcomes document, streaming. Stateless
 * and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ModelSerializer extends StdSerializer<OutcomeModel> {
  /** The serializer. */
  public ModelSerializer() {
    super(OutcomeModel.class);
  }

  /**
   * Writes the model.
   *
   * @param value the model
   * @param g the generator
   * @param ctxt the context
   */
  @Override
  public void serialize(OutcomeModel value, JsonGenerator g, SerializationContext ctxt) {
    ModelWriter.writeModel(g, value, null);
  }
}
