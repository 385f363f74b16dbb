package org.sharedoutcomes.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.OutcomeModel;
import tools.jackson.core.JsonGenerator;

/**
 * Writes models and their parts in the Shared Outcomes JSON format, token by token, to a
 * {@link JsonGenerator}, through the same codecs that read them: no tree of the whole document
 * is built.
 *
 * <p>The output is canonical: entities in the model's canonical order, sets and attribute
 * maps sorted, empty optional parts left out, so equal models give identical bytes.
 *
 * <p>Stateless and thread-safe; a generator is not.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ModelWriter {
  private ModelWriter() {}

  /**
   * Writes a whole model as one document.
   *
   * @param g the generator
   * @param model the model
   * @param viewer the agency the document is written for, or null for everything
   */
  public static void writeModel(JsonGenerator g, OutcomeModel model, @Nullable AgencyId viewer) {
    DocumentCodec.INSTANCE.write(g, DocumentCodec.of(model, viewer));
  }

  /**
   * The entity types that are read and written on their own, as they stand inside a document
   * (for a Jackson module).
   *
   * @return the types, unmodifiable
   */
  public static List<Class<?>> entityTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (Codec<?, ?> c : Codecs.ENTITIES) {
      types.add(c.type());
    }
    return Collections.unmodifiableList(types);
  }

  /**
   * The writer of an entity type of {@link #entityTypes()}.
   *
   * @param <T> the type
   * @param type the type
   * @return writes one entity to a generator
   * @throws IllegalArgumentException if the type is not one of them
   */
  public static <T> BiConsumer<JsonGenerator, T> writer(Class<T> type) {
    Codec<T, ?> codec = Codecs.of(type);
    if (codec == null) {
      throw new IllegalArgumentException("not a model entity type: " + type.getName());
    }
    return codec::write;
  }

  /**
   * Writes a measurement series in the compact row form.
   *
   * @param g the generator
   * @param s the series
   */
  public static void writeSeries(JsonGenerator g, MeasurementSeries s) {
    SeriesCodec.INSTANCE.write(g, new SeriesCodec.Series(s.indicator(), s, null));
  }
}
