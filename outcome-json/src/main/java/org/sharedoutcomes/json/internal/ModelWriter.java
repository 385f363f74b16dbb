package org.sharedoutcomes.json.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.DataSharingAgreement;
import org.sharedoutcomes.core.DeliveryAssessment;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Intervention;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.MeasurementStatus;
import org.sharedoutcomes.core.Milestone;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.OutcomeRevision;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TargetKind;
import org.sharedoutcomes.core.TrajectoryPoint;
import org.sharedoutcomes.core.access.DataAccess;
import org.sharedoutcomes.json.FormatVersion;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes models and their parts in the Shared Outcomes JSON format, token by token, to a
 * {@link JsonGenerator}: no tree of the whole document is built.
 *
 * <p>The output is canonical: entities in the model's canonical order, sets and attribute
 * maps sorted, empty optional parts left out, so equal models give identical bytes.
 *
 * <p>Stateless and thread-safe; a generator is not.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ModelWriter {
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString TITLE = new SerializedString("title");
  private static final SerializableString DESCRIPTION = new SerializedString("description");
  private static final SerializableString STATUS = new SerializedString("status");
  private static final SerializableString PRIORITY = new SerializedString("priority");
  private static final SerializableString ATTRIBUTES = new SerializedString("attributes");
  private static final SerializableString DUE = new SerializedString("due");
  private static final SerializableString MADE_ON = new SerializedString("madeOn");
  private static final SerializableString MADE_BY = new SerializedString("madeBy");
  private static final SerializableString OUTCOMES = new SerializedString("outcomes");
  private static final SerializableString DEPENDS_ON = new SerializedString("dependsOn");
  private static final SerializableString ROLE = new SerializedString("role");
  private static final SerializableString AGENCY = new SerializedString("agency");
  private static final SerializableString PERSON = new SerializedString("person");
  private static final SerializableString COMMITMENT = new SerializedString("commitment");
  private static final SerializableString OUTCOME = new SerializedString("outcome");

  private ModelWriter() {}

  /**
   * Writes a whole model as one document.
   *
   * @param g the generator
   * @param model the model
   * @param viewer the agency the document is written for, or null for everything
   */
  public static void writeModel(JsonGenerator g, OutcomeModel model, @Nullable AgencyId viewer) {
    g.writeStartObject();
    g.writeStringProperty("format", FormatVersion.current().header());
    Map<IndicatorId, Integer> withheld = new LinkedHashMap<>();
    DataAccess access = viewer == null ? null : DataAccess.of(model);
    if (viewer != null) {
      g.writeStringProperty("viewer", viewer.value());
      for (Indicator i : model.indicators()) {
        MeasurementSeries s = model.measurements(i.id());
        int hidden = s.size() - visibleRows(access, viewer, s);
        if (hidden > 0) {
          withheld.put(i.id(), hidden);
        }
      }
      g.writeName("withheld");
      g.writeStartArray();
      for (Map.Entry<IndicatorId, Integer> e : withheld.entrySet()) {
        g.writeStartObject();
        g.writeStringProperty("indicator", e.getKey().value());
        g.writeNumberProperty("measurements", e.getValue());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!model.agencies().isEmpty()) {
      g.writeName("agencies");
      g.writeStartArray();
      for (Agency a : model.agencies()) {
        writeAgency(g, a);
      }
      g.writeEndArray();
    }
    if (!model.persons().isEmpty()) {
      g.writeName("persons");
      g.writeStartArray();
      for (Person p : model.persons()) {
        writePerson(g, p);
      }
      g.writeEndArray();
    }
    if (!model.outcomes().isEmpty()) {
      g.writeName("outcomes");
      g.writeStartArray();
      for (Outcome o : model.outcomes()) {
        writeOutcome(g, o);
      }
      g.writeEndArray();
    }
    if (!model.commitments().isEmpty()) {
      g.writeName("commitments");
      g.writeStartArray();
      for (Commitment c : model.commitments()) {
        writeCommitment(g, c);
      }
      g.writeEndArray();
    }
    if (!model.roles().isEmpty()) {
      g.writeName("roles");
      g.writeStartArray();
      for (RoleAssignment r : model.roles()) {
        writeRole(g, r);
      }
      g.writeEndArray();
    }
    if (!model.indicators().isEmpty()) {
      g.writeName("indicators");
      g.writeStartArray();
      for (Indicator i : model.indicators()) {
        writeIndicator(g, i);
      }
      g.writeEndArray();
    }
    if (model.measurementCount() > 0) {
      boolean open = false;
      for (Indicator i : model.indicators()) {
        MeasurementSeries s = model.measurements(i.id());
        if (s.isEmpty() || (viewer != null && withheld.getOrDefault(i.id(), 0) == s.size())) {
          continue;
        }
        if (!open) {
          g.writeName("measurements");
          g.writeStartArray();
          open = true;
        }
        writeSeries(g, s, viewer == null || !withheld.containsKey(i.id()) ? null
            : row -> Objects.requireNonNull(access) // set whenever viewer is
                .canSee(viewer, s.indicator(), s.periodStart(row)));
      }
      if (open) {
        g.writeEndArray();
      }
    }
    if (!model.assessments().isEmpty()) {
      g.writeName("assessments");
      g.writeStartArray();
      for (DeliveryAssessment a : model.assessments()) {
        writeAssessment(g, a);
      }
      g.writeEndArray();
    }
    if (!model.interventions().isEmpty()) {
      g.writeName("interventions");
      g.writeStartArray();
      for (Intervention i : model.interventions()) {
        writeIntervention(g, i);
      }
      g.writeEndArray();
    }
    if (!model.agreements().isEmpty()) {
      g.writeName("agreements");
      g.writeStartArray();
      for (DataSharingAgreement a : model.agreements()) {
        writeAgreement(g, a);
      }
      g.writeEndArray();
    }
    if (!model.conflicts().isEmpty()) {
      g.writeName("conflicts");
      g.writeStartArray();
      for (Conflict c : model.conflicts()) {
        writeConflict(g, c);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static int visibleRows(@Nullable DataAccess access, AgencyId viewer,
      MeasurementSeries s) {
    if (s.isEmpty() || access == null || access.seesAll(viewer, s.indicator())) {
      return s.size();
    }
    if (!access.canSee(viewer, s.indicator())) {
      return 0;
    }
    int n = 0;
    for (int i = 0; i < s.size(); i++) {
      if (access.canSee(viewer, s.indicator(), s.periodStart(i))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Writes an agency.
   *
   * @param g the generator
   * @param a the agency
   */
  public static void writeAgency(JsonGenerator g, Agency a) {
    g.writeStartObject();
    g.writeName(ID);
    g.writeString(a.id().value());
    g.writeStringProperty("name", a.name());
    g.writeStringProperty("kind", a.kind().name());
    g.writeStringProperty("level", a.level().name());
    optionalString(g, "jurisdiction", a.jurisdiction());
    if (a.parent().isPresent()) {
      g.writeStringProperty("parent", a.parent().get().value());
    }
    attributes(g, ATTRIBUTES, a.attributes());
    g.writeEndObject();
  }

  /**
   * Writes a person.
   *
   * @param g the generator
   * @param p the person
   */
  public static void writePerson(JsonGenerator g, Person p) {
    g.writeStartObject();
    g.writeName(ID);
    g.writeString(p.id().value());
    g.writeStringProperty("name", p.name());
    g.writeName(AGENCY);
    g.writeString(p.agency().value());
    attributes(g, ATTRIBUTES, p.attributes());
    g.writeEndObject();
  }

  /**
   * Writes an outcome.
   *
   * @param g the generator
   * @param o the outcome
   */
  public static void writeOutcome(JsonGenerator g, Outcome o) {
    g.writeStartObject();
    g.writeName(ID);
    g.writeString(o.id().value());
    g.writeStringProperty("statement", o.statement());
    g.writeStringProperty("level", o.level().name());
    ids(g, "parents", o.parents());
    if (!o.revisions().isEmpty()) {
      g.writeName("revisions");
      g.writeStartArray();
      for (OutcomeRevision r : o.revisions()) {
        writeRevision(g, r);
      }
      g.writeEndArray();
    }
    attributes(g, ATTRIBUTES, o.attributes());
    g.writeEndObject();
  }

  /**
   * Writes an outcome revision.
   *
   * @param g the generator
   * @param r the revision
   */
  public static void writeRevision(JsonGenerator g, OutcomeRevision r) {
    g.writeStartObject();
    g.writeStringProperty("statement", r.statement());
    g.writeStringProperty("replacedOn", date(r.replacedOn()));
    g.writeStringProperty("reason", r.reason());
    g.writeEndObject();
  }

  /**
   * Writes a commitment.
   *
   * @param g the generator
   * @param c the commitment
   */
  public static void writeCommitment(JsonGenerator g, Commitment c) {
    g.writeStartObject();
    g.writeName(ID);
    g.writeString(c.id().value());
    g.writeName(TITLE);
    g.writeString(c.title());
    if (!c.description().isEmpty()) {
      g.writeName(DESCRIPTION);
      g.writeString(c.description());
    }
    if (c.madeBy().isPresent()) {
      g.writeName(MADE_BY);
      writeParty(g, c.madeBy().get());
    }
    if (c.madeOn().isPresent()) {
      g.writeName(MADE_ON);
      g.writeString(date(c.madeOn().get()));
    }
    if (c.due().isPresent()) {
      g.writeName(DUE);
      g.writeString(date(c.due().get()));
    }
    ids(g, OUTCOMES, c.outcomes());
    ids(g, DEPENDS_ON, c.dependsOn());
    if (!c.milestones().isEmpty()) {
      g.writeName("milestones");
      g.writeStartArray();
      for (Milestone m : c.milestones()) {
        writeMilestone(g, m);
      }
      g.writeEndArray();
    }
    g.writeName(STATUS);
    g.writeString(c.status().name());
    g.writeName(PRIORITY);
    g.writeString(c.priority().name());
    if (c.collaborationMode().isPresent()) {
      g.writeStringProperty("collaborationMode", c.collaborationMode().get().name());
    }
    if (c.phase().isPresent()) {
      g.writeStringProperty("phase", c.phase().get().name());
    }
    optionalString(g, "responsibilityProtocol", c.responsibilityProtocol());
    optionalString(g, "conflictProtocol", c.conflictProtocol());
    attributes(g, ATTRIBUTES, c.attributes());
    g.writeEndObject();
  }

  /**
   * Writes a milestone.
   *
   * @param g the generator
   * @param m the milestone
   */
  public static void writeMilestone(JsonGenerator g, Milestone m) {
    g.writeStartObject();
    g.writeStringProperty("name", m.name());
    g.writeStringProperty("due", date(m.due()));
    if (m.done().isPresent()) {
      g.writeStringProperty("done", date(m.done().get()));
    }
    g.writeEndObject();
  }

  /**
   * Writes a party reference: {@code {"agency": id}} or {@code {"person": id}}.
   *
   * @param g the generator
   * @param p the party
   */
  public static void writeParty(JsonGenerator g, PartyId p) {
    g.writeStartObject();
    g.writeName(p instanceof PersonId ? PERSON : AGENCY);
    g.writeString(p.value());
    g.writeEndObject();
  }

  /**
   * Writes a role assignment.
   *
   * @param g the generator
   * @param r the role assignment
   */
  public static void writeRole(JsonGenerator g, RoleAssignment r) {
    g.writeStartObject();
    g.writeName(r.target() instanceof CommitmentId ? COMMITMENT : OUTCOME);
    g.writeString(r.target().value());
    g.writeName(ROLE);
    g.writeString(r.role().id());
    g.writeName(r.party() instanceof PersonId ? PERSON : AGENCY);
    g.writeString(r.party().value());
    if (r.from().isPresent()) {
      g.writeStringProperty("from", date(r.from().get()));
    }
    if (r.to().isPresent()) {
      g.writeStringProperty("to", date(r.to().get()));
    }
    attributes(g, ATTRIBUTES, r.attributes());
    g.writeEndObject();
  }

  /**
   * Writes an indicator (its definition, not its measurements).
   *
   * @param g the generator
   * @param i the indicator
   */
  public static void writeIndicator(JsonGenerator g, Indicator i) {
    g.writeStartObject();
    g.writeName(ID);
    g.writeString(i.id().value());
    g.writeStringProperty("name", i.name());
    if (!i.unit().isEmpty()) {
      g.writeStringProperty("unit", i.unit());
    }
    g.writeStringProperty("measureType", i.measureType().name());
    g.writeStringProperty("direction", i.direction().name());
    if (i.baseline().isPresent()) {
      g.writeName("baseline");
      g.writeStartObject();
      g.writeNumberProperty("value", i.baseline().get().value());
      g.writeStringProperty("date", date(i.baseline().get().date()));
      g.writeEndObject();
    }
    if (!i.targets().isEmpty()) {
      g.writeName("targets");
      g.writeStartArray();
      for (Target t : i.targets()) {
        writeTarget(g, t);
      }
      g.writeEndArray();
    }
    g.writeStringProperty("interpolation", i.interpolation().name());
    if (!i.plannedPoints().isEmpty()) {
      g.writeName("plannedPoints");
      g.writeStartArray();
      for (TrajectoryPoint p : i.plannedPoints()) {
        g.writeStartObject();
        g.writeStringProperty("date", date(p.date()));
        g.writeNumberProperty("value", p.value());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeStringProperty("timeAggregation", i.timeAggregation().name());
    g.writeStringProperty("regionAggregation", i.regionAggregation().name());
    g.writeBooleanProperty("aggregable", i.aggregable());
    if (i.ratio().isPresent()) {
      g.writeName("ratio");
      g.writeStartObject();
      g.writeStringProperty("numerator", i.ratio().get().numerator().value());
      g.writeStringProperty("denominator", i.ratio().get().denominator().value());
      g.writeEndObject();
    }
    if (i.dataOwner().isPresent()) {
      g.writeStringProperty("dataOwner", i.dataOwner().get().value());
    }
    g.writeStringProperty("sensitivity", i.sensitivity().name());
    ids(g, "commitments", i.commitments());
    ids(g, OUTCOMES, i.outcomes());
    attributes(g, ATTRIBUTES, i.attributes());
    g.writeEndObject();
  }

  /**
   * Writes a target: {@code {"date", "kind", "value"}}, or {@code "low"} and {@code "high"}
   * for a range.
   *
   * @param g the generator
   * @param t the target
   */
  public static void writeTarget(JsonGenerator g, Target t) {
    g.writeStartObject();
    g.writeStringProperty("date", date(t.date()));
    g.writeStringProperty("kind", t.kind().name());
    if (t.kind() == TargetKind.RANGE) {
      g.writeNumberProperty("low", t.low());
      g.writeNumberProperty("high", t.high());
    } else {
      g.writeNumberProperty("value", t.low());
    }
    g.writeEndObject();
  }

  /**
   * Writes a measurement series in the compact row form: {@code {"indicator": id, "rows":
   * [[start, end, value, extras?], ...]}}, where the optional {@code extras} object holds
   * {@code reportedBy}, {@code reportedAt}, {@code dimensions} and {@code status} when they
   * differ from the defaults.
   *
   * @param g the generator
   * @param s the series
   * @param visible which rows to write, or null for all
   */
  public static void writeSeries(
      JsonGenerator g, MeasurementSeries s, java.util.function.@Nullable IntPredicate visible) {
    g.writeStartObject();
    g.writeStringProperty("indicator", s.indicator().value());
    g.writeName("rows");
    g.writeStartArray();
    for (int i = 0; i < s.size(); i++) {
      if (visible != null && !visible.test(i)) {
        continue;
      }
      g.writeStartArray();
      g.writeString(date(s.periodStart(i)));
      g.writeString(date(s.periodEnd(i)));
      g.writeNumber(s.value(i));
      Optional<AgencyId> by = s.reportedBy(i);
      Optional<java.time.Instant> at = s.reportedAt(i);
      Map<String, String> dims = s.dimensions(i);
      MeasurementStatus status = s.status(i);
      if (by.isPresent() || at.isPresent() || !dims.isEmpty()
          || status != MeasurementStatus.FINAL) {
        g.writeStartObject();
        if (by.isPresent()) {
          g.writeStringProperty("reportedBy", by.get().value());
        }
        if (at.isPresent()) {
          g.writeStringProperty("reportedAt", at.get().toString());
        }
        attributes(g, new SerializedString("dimensions"), dims);
        if (status != MeasurementStatus.FINAL) {
          g.writeStringProperty("status", status.name());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Writes a delivery assessment.
   *
   * @param g the generator
   * @param a the assessment
   */
  public static void writeAssessment(JsonGenerator g, DeliveryAssessment a) {
    g.writeStartObject();
    g.writeName(COMMITMENT);
    g.writeString(a.commitment().value());
    g.writeStringProperty("date", date(a.date()));
    g.writeStringProperty("rating", a.rating().name());
    if (a.assessor().isPresent()) {
      g.writeName("assessor");
      writeParty(g, a.assessor().get());
    }
    if (!a.rationale().isEmpty()) {
      g.writeStringProperty("rationale", a.rationale());
    }
    attributes(g, ATTRIBUTES, a.attributes());
    g.writeEndObject();
  }

  /**
   * Writes an intervention.
   *
   * @param g the generator
   * @param i the intervention
   */
  public static void writeIntervention(JsonGenerator g, Intervention i) {
    g.writeStartObject();
    g.writeStringProperty("from", i.from().value());
    g.writeStringProperty("to", i.to().value());
    if (i.commitment().isPresent()) {
      g.writeName(COMMITMENT);
      g.writeString(i.commitment().get().value());
    }
    g.writeStringProperty("kind", i.kind().name());
    g.writeStringProperty("date", date(i.date()));
    if (!i.note().isEmpty()) {
      g.writeStringProperty("note", i.note());
    }
    attributes(g, ATTRIBUTES, i.attributes());
    g.writeEndObject();
  }

  /**
   * Writes a data-sharing agreement.
   *
   * @param g the generator
   * @param a the agreement
   */
  public static void writeAgreement(JsonGenerator g, DataSharingAgreement a) {
    g.writeStartObject();
    g.writeName(ID);
    g.writeString(a.id().value());
    ids(g, "parties", a.parties());
    ids(g, "indicators", a.indicators());
    if (a.from().isPresent()) {
      g.writeStringProperty("from", date(a.from().get()));
    }
    if (a.to().isPresent()) {
      g.writeStringProperty("to", date(a.to().get()));
    }
    attributes(g, ATTRIBUTES, a.attributes());
    g.writeEndObject();
  }

  /**
   * Writes a conflict.
   *
   * @param g the generator
   * @param c the conflict
   */
  public static void writeConflict(JsonGenerator g, Conflict c) {
    g.writeStartObject();
    g.writeName(ID);
    g.writeString(c.id().value());
    g.writeName("subject");
    g.writeStartObject();
    g.writeStringProperty("kind", c.subject().kind().name());
    g.writeStringProperty("reference", c.subject().reference());
    g.writeEndObject();
    g.writeName("parties");
    g.writeStartArray();
    for (PartyId p : c.parties()) {
      writeParty(g, p);
    }
    g.writeEndArray();
    g.writeName("raisedBy");
    writeParty(g, c.raisedBy());
    g.writeStringProperty("raisedAt", c.raisedAt().toString());
    if (!c.description().isEmpty()) {
      g.writeStringProperty("description", c.description());
    }
    optionalString(g, "protocol", c.protocol());
    attributes(g, ATTRIBUTES, c.attributes());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- helpers

  private static String date(LocalDate d) {
    int y = d.getYear();
    if (y < 0 || y > 9999) {
      return d.toString();
    }
    char[] c = new char[10];
    c[0] = (char) ('0' + y / 1000);
    c[1] = (char) ('0' + y / 100 % 10);
    c[2] = (char) ('0' + y / 10 % 10);
    c[3] = (char) ('0' + y % 10);
    c[4] = '-';
    int m = d.getMonthValue();
    c[5] = (char) ('0' + m / 10);
    c[6] = (char) ('0' + m % 10);
    c[7] = '-';
    int day = d.getDayOfMonth();
    c[8] = (char) ('0' + day / 10);
    c[9] = (char) ('0' + day % 10);
    return new String(c);
  }

  private static void optionalString(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  private static void ids(JsonGenerator g, String name, Collection<? extends EntityId> ids) {
    if (!ids.isEmpty()) {
      ids(g, new SerializedString(name), ids);
    }
  }

  private static void ids(
      JsonGenerator g, SerializableString name, Collection<? extends EntityId> ids) {
    if (ids.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (EntityId id : ids) {
      g.writeString(id.value());
    }
    g.writeEndArray();
  }

  private static void attributes(
      JsonGenerator g, SerializableString name, Map<String, String> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartObject();
    for (Map.Entry<String, String> e : values.entrySet()) {
      g.writeStringProperty(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }
}
