package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.id;
import static org.sharedoutcomes.json.internal.TokenWriter.list;
import static org.sharedoutcomes.json.internal.TokenWriter.string;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.DataSharingAgreement;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.EntityKind;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.access.Disclosure;
import org.sharedoutcomes.json.FormatVersion;
import org.sharedoutcomes.json.OutcomeFormatException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * The JSON form of a whole document: the {@code "format"} header first, then for a viewer's
 * document the viewer and what was withheld from it, then one section per entity type, each
 * an array of that type's codec, empty sections left out.
 */
final class DocumentCodec extends Codec<DocumentCodec.Doc, DocumentCodec.Acc> {
  static final DocumentCodec INSTANCE = new DocumentCodec();

  /**
   * A document: the model, the viewer it is written for, and how many measurements of which
   * indicators were withheld from it; to write a viewer's document, also who sees what.
   */
  record Doc(OutcomeModel model, Optional<AgencyId> viewer, Map<IndicatorId, Integer> withheld,
      Set<IndicatorId> baselines, Set<IndicatorId> attributes, int agreements) {
    /** What was withheld, one entry per indicator, in indicator order. */
    Collection<WithheldCodec.Entry> entries() {
      Set<IndicatorId> ids = new TreeSet<>(withheld.keySet());
      ids.addAll(baselines);
      ids.addAll(attributes);
      List<WithheldCodec.Entry> out = new ArrayList<>(ids.size());
      for (IndicatorId i : ids) {
        out.add(new WithheldCodec.Entry(i, withheld.getOrDefault(i, 0), baselines.contains(i),
            attributes.contains(i)));
      }
      return out;
    }
  }

  private final Field<Doc, Acc> format;
  private final Field<Doc, Acc> withheld;
  private final Field<Doc, Acc> withheldAgreements;

  private DocumentCodec() {
    super(Doc.class, "document", "", r -> new Acc(r.model()));
    format = required("format", (r, a) -> {
      throw r.fail("the \"format\" header appears twice");
    }, (g, n, x) -> string(g, n, FormatVersion.current().header()));
    field("viewer", (r, a) -> a.viewer = Optional.of(r.ref(r.agencyIds)),
        (g, n, x) -> id(g, n, x.viewer()));
    withheld = field("withheld", (r, a) -> r.array(() -> {
      r.markWithheld();
      WithheldCodec.Entry e = WithheldCodec.INSTANCE.read(r);
      r.noteWithheld(e.indicator());
      if (a.withheldIds.put(e.indicator(), e) != null) {
        throw r.fail("indicator '" + TokenReader.abbreviate(e.indicator().value())
            + "' is named twice in \"withheld\"");
      }
    }), (g, n, x) -> {
      if (x.viewer().isPresent()) {
        g.writeName(n);
        TokenWriter.array(g, WithheldCodec.INSTANCE, x.entries());
      }
    });
    withheldAgreements = field("withheldAgreements", (r, a) -> {
      a.agreements = r.integer();
      a.agreementsAt = r.fail("");
      if (a.agreements < 1) {
        throw r.fail("\"withheldAgreements\" must be at least 1, was " + a.agreements);
      }
    }, (g, n, x) -> {
      if (x.agreements() > 0) {
        g.writeName(n);
        g.writeNumber(x.agreements());
      }
    });
    section("agencies", EntityKind.AGENCY, AgencyCodec.INSTANCE, Agency::id,
        OutcomeModel.Builder::agency, OutcomeModel::agencies);
    section("persons", EntityKind.PERSON, PersonCodec.INSTANCE, Person::id,
        OutcomeModel.Builder::person, OutcomeModel::persons);
    section("outcomes", EntityKind.OUTCOME, OutcomeCodec.INSTANCE, Outcome::id,
        OutcomeModel.Builder::outcome, OutcomeModel::outcomes);
    section("commitments", EntityKind.COMMITMENT, CommitmentCodec.INSTANCE, Commitment::id,
        OutcomeModel.Builder::commitment, OutcomeModel::commitments);
    section("roles", EntityKind.ROLE_ASSIGNMENT, RoleCodec.INSTANCE, OutcomeModel.Builder::role,
        OutcomeModel::roles);
    section("indicators", EntityKind.INDICATOR, IndicatorCodec.INSTANCE, Indicator::id,
        OutcomeModel.Builder::indicator, OutcomeModel::indicators);
    field("measurements", (r, a) -> r.array(() -> {
      r.mark(EntityKind.MEASUREMENT);
      r.note(EntityKind.MEASUREMENT, (Object) SeriesCodec.INSTANCE.read(r).indicator().value());
    }), DocumentCodec::writeMeasurements);
    section("assessments", EntityKind.ASSESSMENT, AssessmentCodec.INSTANCE,
        OutcomeModel.Builder::assessment, OutcomeModel::assessments);
    section("interventions", EntityKind.INTERVENTION, InterventionCodec.INSTANCE,
        OutcomeModel.Builder::intervention, OutcomeModel::interventions);
    section("agreements", EntityKind.AGREEMENT, AgreementCodec.INSTANCE,
        DataSharingAgreement::id, OutcomeModel.Builder::agreement, OutcomeModel::agreements);
    section("conflicts", EntityKind.CONFLICT, ConflictCodec.INSTANCE, Conflict::id,
        OutcomeModel.Builder::conflict, OutcomeModel::conflicts);
    section("contributions", EntityKind.CONTRIBUTION, ContributionCodec.INSTANCE,
        OutcomeModel.Builder::contribution, OutcomeModel::contributions);
  }

  /** A section of entities with ids, each located for messages. */
  private <E> void section(String name, EntityKind kind, Codec<E, ?> codec,
      Function<E, ? extends EntityId> id, BiConsumer<OutcomeModel.Builder, E> add,
      Function<OutcomeModel, ? extends Collection<E>> all) {
    field(name, (r, a) -> r.entities(kind, codec, id, e -> add.accept(a.model, e)),
        (g, n, x) -> list(g, n, codec, all.apply(x.model())));
  }

  /** A section of entities without ids, each located for messages. */
  private <E> void section(String name, EntityKind kind, Codec<E, ?> codec,
      BiConsumer<OutcomeModel.Builder, E> add,
      Function<OutcomeModel, ? extends Collection<E>> all) {
    field(name, (r, a) -> r.located(kind, codec, e -> add.accept(a.model, e)),
        (g, n, x) -> list(g, n, codec, all.apply(x.model())));
  }

  /**
   * Reads a whole document value, the parser on its first token.
   *
   * @param r the token reader
   * @return the document
   */
  Doc readDocument(TokenReader r) {
    r.expect(JsonToken.START_OBJECT, "a Shared Outcomes document (an object)");
    if (!format.name().equals(r.nextName())) {
      throw r.fail("a Shared Outcomes document must start with the \"" + format.name()
          + "\" header, such as \"" + format.name() + "\": \""
          + FormatVersion.current().header() + "\"");
    }
    r.version(r.string());
    return rest(r, start(r), bit(format));
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  Doc finish(TokenReader r, Acc a) {
    OutcomeModel model = a.model.build();
    for (IndicatorId i : a.withheldIds.keySet()) {
      if (model.indicator(i).isEmpty()) {
        throw r.withheldFailure(i, "indicator", "\"" + withheld.name() + "\" names indicator '"
            + TokenReader.abbreviate(i.value()) + "', which the document does not define");
      }
    }
    if (!a.withheldIds.isEmpty() && a.viewer.isEmpty()) {
      throw r.withheldFailure(a.withheldIds.keySet().iterator().next(), "indicator",
          "\"" + withheld.name() + "\" is only allowed with a \"viewer\"");
    }
    OutcomeFormatException at = a.agreementsAt;
    if (at != null && a.viewer.isEmpty()) {
      throw new OutcomeFormatException("\"" + withheldAgreements.name()
          + "\" is only allowed with a \"viewer\"", at.line(), at.column(), at.pointer());
    }
    Map<IndicatorId, Integer> rows = new TreeMap<>();
    Set<IndicatorId> baselines = new TreeSet<>();
    Set<IndicatorId> attributes = new TreeSet<>();
    for (WithheldCodec.Entry e : a.withheldIds.values()) {
      if (e.measurements() > 0) {
        rows.put(e.indicator(), e.measurements());
      }
      if (e.baseline()) {
        baselines.add(e.indicator());
      }
      if (e.attributes()) {
        attributes.add(e.indicator());
      }
    }
    return new Doc(model, a.viewer, rows, baselines, attributes, a.agreements);
  }

  /**
   * The document of a model for a viewer (null for everything): the viewer's view of the
   * model and what it leaves out, both by {@link Disclosure}, the one place the rule is.
   */
  static Doc of(OutcomeModel model, @Nullable AgencyId viewer) {
    if (viewer == null) {
      return new Doc(model, Optional.empty(), Map.of(), Set.of(), Set.of(), 0);
    }
    Disclosure d = Disclosure.of(model, viewer);
    return new Doc(d.view(), Optional.of(viewer), d.withheldMeasurements(),
        d.withheldBaselines(), d.withheldAttributes(), d.withheldAgreements());
  }

  private static void writeMeasurements(
      JsonGenerator g, tools.jackson.core.SerializableString name, Doc x) {
    OutcomeModel model = x.model();
    if (model.measurementCount() == 0) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (Indicator i : model.indicators()) {
      MeasurementSeries s = model.measurements(i.id());
      if (!s.isEmpty()) {
        SeriesCodec.INSTANCE.write(g, new SeriesCodec.Series(i.id(), s, null));
      }
    }
    g.writeEndArray();
  }

  /** A document as read. */
  static final class Acc {
    final OutcomeModel.Builder model;
    Optional<AgencyId> viewer = Optional.empty();
    final Map<IndicatorId, WithheldCodec.Entry> withheldIds = new TreeMap<>();
    int agreements;
    /** Where {@code "withheldAgreements"} was read (an error not thrown, for its place). */
    @Nullable OutcomeFormatException agreementsAt;

    Acc(OutcomeModel.Builder model) {
      this.model = model;
    }
  }
}
