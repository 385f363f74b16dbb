package org.sharedoutcomes.json;

import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.DataSharingAgreement;
import org.sharedoutcomes.core.DeliveryAssessment;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.Intervention;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.Milestone;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.OutcomeRevision;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.json.deser.EntityDeserializer;
import org.sharedoutcomes.json.deser.ModelDeserializer;
import org.sharedoutcomes.json.ser.EntitySerializer;
import org.sharedoutcomes.json.ser.ModelSerializer;
import org.sharedoutcomes.json.internal.ModelWriter;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson module for the Shared Outcomes model: {@link OutcomeModel} as a whole document,
 * and every entity type ({@link Agency}, {@link Person}, {@link Outcome}, {@link
 * OutcomeRevision}, {@link Commitment}, {@link Milestone}, {@link RoleAssignment}, {@link
 * Indicator}, {@link Target}, {@link MeasurementSeries} (write only), {@link
 * DeliveryAssessment}, {@link Intervention}, {@link DataSharingAgreement}, {@link Conflict}) in
 * the form it has inside a document.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new OutcomeModule()).build();
 * OutcomeModel model = mapper.readValue(json, OutcomeModel.class);
 * }</pre>
 *
 * <p>Found by {@link java.util.ServiceLoader} (module path and class path), so {@code
 * JsonMapper.builder().findAndAddModules()} registers it. For whole documents prefer {@link
 * OutcomeJson}, which also sets safe limits on its own mapper; this module never changes a
 * mapper's settings. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OutcomeModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The options this module was made with. */
  private final Set<JsonOption> options;

  /** A module with the default options (strict: unknown fields are rejected). */
  public OutcomeModule() {
    this(new JsonOption[0]);
  }

  /**
   * A module with options.
   *
   * @param options the options to enable
   */
  public OutcomeModule(JsonOption... options) {
    super("OutcomeModule", PackageVersion.VERSION);
    EnumSet<JsonOption> set = EnumSet.noneOf(JsonOption.class);
    for (JsonOption o : options) {
      set.add(java.util.Objects.requireNonNull(o, "option must not be null"));
    }
    this.options = java.util.Collections.unmodifiableSet(set);
    boolean lenient = set.contains(JsonOption.IGNORE_UNKNOWN_FIELDS);
    addSerializer(OutcomeModel.class, new ModelSerializer());
    addDeserializer(OutcomeModel.class, new ModelDeserializer(lenient));
    for (Class<?> type : ModelWriter.entityTypes()) {
      both(type, lenient);
    }
    addSerializer(MeasurementSeries.class,
        new EntitySerializer<>(MeasurementSeries.class, ModelWriter::writeSeries));
  }

  private <T> void both(Class<T> type, boolean lenient) {
    addSerializer(type, new EntitySerializer<>(type, ModelWriter.writer(type)));
    addDeserializer(type, new EntityDeserializer<>(type, lenient));
  }

  /**
   * The options this module was made with.
   *
   * @return an unmodifiable set
   */
  public Set<JsonOption> options() {
    return options;
  }

  /**
   * The registration id: modules with different options are different registrations.
   *
   * @return an id naming the options
   */
  @Override
  public Object getRegistrationId() {
    return "OutcomeModule" + options;
  }
}
