package org.sharedoutcomes.json.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.AgreementId;
import org.sharedoutcomes.core.Baseline;
import org.sharedoutcomes.core.CollaborationMode;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.ConflictId;
import org.sharedoutcomes.core.ConflictSubject;
import org.sharedoutcomes.core.DataSharingAgreement;
import org.sharedoutcomes.core.DeliveryAssessment;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.EntityKind;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Interpolation;
import org.sharedoutcomes.core.Intervention;
import org.sharedoutcomes.core.InterventionKind;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.MeasurementStatus;
import org.sharedoutcomes.core.Milestone;
import org.sharedoutcomes.core.ModelValidationException;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.OutcomeRevision;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.Phase;
import org.sharedoutcomes.core.Priority;
import org.sharedoutcomes.core.Problem;
import org.sharedoutcomes.core.Rating;
import org.sharedoutcomes.core.Ratio;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.RoleTarget;
import org.sharedoutcomes.core.Sensitivity;
import org.sharedoutcomes.core.SubjectKind;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TargetKind;
import org.sharedoutcomes.core.TrajectoryPoint;
import org.sharedoutcomes.json.FormatVersion;
import org.sharedoutcomes.json.OutcomeDocument;
import org.sharedoutcomes.json.OutcomeFormatException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Reads the Shared Outcomes JSON format token by token from a {@link JsonParser}: no tree of
 * the whole document is built, entities go straight into an {@link OutcomeModel.Builder}.
 *
 * <p>Every failure is an {@link OutcomeFormatException} naming the line, column and JSON
 * Pointer; validation failures of the model list every problem. I/O failures of the
 * underlying source are {@link java.io.UncheckedIOException}s.
 *
 * <p>Not thread-safe: one reader reads one document.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ModelReader {
  private static final String[] SECTIONS = {"agencies", "persons", "outcomes", "commitments",
      "roles", "indicators", "measurements", "assessments", "interventions", "agreements",
      "conflicts"};

  private final JsonParser p;
  private final boolean lenient;
  private final java.util.function.BooleanSupplier sourceFailed;
  /** Ids and lines of the entities with ids, per kind, in document order, for messages. */
  private final Map<EntityKind, Located> located = new EnumMap<>(EntityKind.class);
  private final Symbols<AgencyId> agencyIds = new Symbols<>(AgencyId::of);
  private final Symbols<PersonId> personIds = new Symbols<>(PersonId::of);
  private final Symbols<OutcomeId> outcomeIds = new Symbols<>(OutcomeId::of);
  private final Symbols<CommitmentId> commitmentIds = new Symbols<>(CommitmentId::of);
  private final Symbols<IndicatorId> indicatorIds = new Symbols<>(IndicatorId::of);
  private final DateCache dates = new DateCache();
  /** The field names seen in the object being read, one set per nesting depth. */
  private Fields[] fieldsByDepth = new Fields[8];

  /**
   * A reader over a parser. An I/O error other than an undecodable character is taken to
   * come from the source and surfaces as an {@link java.io.UncheckedIOException}.
   *
   * @param parser the parser, before the document or on its first token
   * @param ignoreUnknown whether to skip unknown fields instead of failing
   */
  public ModelReader(JsonParser parser, boolean ignoreUnknown) {
    this(parser, ignoreUnknown, () -> true);
  }

  /**
   * A reader over a parser whose source can tell whether it failed: an I/O error that the
   * source did not raise (a character encoding Jackson cannot decode) is then a format error.
   *
   * @param parser the parser, before the document or on its first token
   * @param ignoreUnknown whether to skip unknown fields instead of failing
   * @param sourceFailed whether the underlying source raised an I/O error
   */
  public ModelReader(JsonParser parser, boolean ignoreUnknown,
      java.util.function.BooleanSupplier sourceFailed) {
    this.p = parser;
    this.lenient = ignoreUnknown;
    this.sourceFailed = sourceFailed;
  }

  // ---------------------------------------------------------------- entry points

  /**
   * Reads a whole document, which must be all the parser holds.
   *
   * @return the document
   * @throws OutcomeFormatException if it is not a valid document
   */
  public OutcomeDocument readDocument() {
    return guard(() -> {
      if (p.currentToken() == null) {
        p.nextToken();
      }
      OutcomeDocument d = document();
      JsonToken after = p.nextToken();
      if (after != null) {
        throw fail("unexpected content after the end of the document: " + describe(after));
      }
      return d;
    });
  }

  /**
   * Reads one document value, leaving the parser on its closing token (for a Jackson
   * deserializer).
   *
   * @return the document
   * @throws OutcomeFormatException if it is not a valid document
   */
  public OutcomeDocument readValue() {
    return guard(() -> {
      if (p.currentToken() == null) {
        p.nextToken();
      }
      return document();
    });
  }

  /**
   * Reads one entity of a type, the parser being on its first token (for a Jackson
   * deserializer).
   *
   * @param <T> the type
   * @param type the entity type
   * @return the entity
   * @throws OutcomeFormatException if it is not valid
   * @throws IllegalArgumentException if the type is not a model type
   */
  public <T> T readEntity(Class<T> type) {
    return guard(() -> {
      if (p.currentToken() == null) {
        p.nextToken();
      }
      Object v;
      if (type == Agency.class) {
        v = agency();
      } else if (type == Person.class) {
        v = person();
      } else if (type == Outcome.class) {
        v = outcome();
      } else if (type == OutcomeRevision.class) {
        v = revision();
      } else if (type == Commitment.class) {
        v = commitment();
      } else if (type == Milestone.class) {
        v = milestone();
      } else if (type == RoleAssignment.class) {
        v = role();
      } else if (type == Indicator.class) {
        v = indicator();
      } else if (type == Target.class) {
        v = target();
      } else if (type == DeliveryAssessment.class) {
        v = assessment();
      } else if (type == Intervention.class) {
        v = intervention();
      } else if (type == DataSharingAgreement.class) {
        v = agreement();
      } else if (type == Conflict.class) {
        v = conflict();
      } else {
        throw new IllegalArgumentException("not a model entity type: " + type.getName());
      }
      return type.cast(v);
    });
  }

  private interface Body<T> {
    T run();
  }

  private <T> T guard(Body<T> body) {
    try {
      return body.run();
    } catch (OutcomeFormatException e) {
      throw e;
    } catch (ModelValidationException e) {
      throw validationFailure(e);
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof java.io.CharConversionException
          || !sourceFailed.getAsBoolean()) {
        TokenStreamLocation at = p.currentLocation();
        throw new OutcomeFormatException("the document is not valid " + encodingName() + ": "
            + Objects.requireNonNull(e.getCause()).getMessage(), // wraps an IOException
            at.getLineNr(), at.getColumnNr(), pointer());
      }
      throw new java.io.UncheckedIOException(e.getMessage(), e.getCause());
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String reason = e.getOriginalMessage();
      if (at == null) {
        at = p.currentLocation();
      }
      throw new OutcomeFormatException(
          reason == null ? "malformed JSON" : reason, at.getLineNr(), at.getColumnNr(),
          pointer());
    } catch (IllegalArgumentException | NullPointerException | DateTimeException
        | ArithmeticException e) {
      throw fail(e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  // ---------------------------------------------------------------- document

  private OutcomeDocument document() {
    expect(JsonToken.START_OBJECT, "a Shared Outcomes document (an object)");
    String first = p.nextName();
    if (!"format".equals(first)) {
      throw fail("a Shared Outcomes document must start with the \"format\" header, such as"
          + " \"format\": \"" + FormatVersion.current().header() + "\"");
    }
    version(string());
    OutcomeModel.Builder b = OutcomeModel.builder();
    Optional<AgencyId> viewer = Optional.empty();
    Map<IndicatorId, Integer> withheld = new TreeMap<>();
    Fields fields = fields();
    String name;
    while ((name = fields.next()) != null) {
      switch (name) {
        case "viewer" -> viewer = Optional.of(ref(agencyIds));
        case "withheld" -> array(() -> withheld(withheld));
        case "agencies" -> entities(EntityKind.AGENCY, this::agency, Agency::id, b::agency);
        case "persons" -> entities(EntityKind.PERSON, this::person, Person::id, b::person);
        case "outcomes" -> entities(EntityKind.OUTCOME, this::outcome, Outcome::id, b::outcome);
        case "commitments" -> entities(EntityKind.COMMITMENT,
            this::commitment, Commitment::id, b::commitment);
        case "roles" -> array(() -> b.role(role()));
        case "indicators" -> entities(EntityKind.INDICATOR,
            this::indicator, Indicator::id, b::indicator);
        case "measurements" -> array(() -> {
          mark(EntityKind.MEASUREMENT);
          note(EntityKind.MEASUREMENT, series(b).value());
        });
        case "assessments" -> array(() -> b.assessment(assessment()));
        case "interventions" -> array(() -> b.intervention(intervention()));
        case "agreements" -> entities(EntityKind.AGREEMENT,
            this::agreement, DataSharingAgreement::id, b::agreement);
        case "conflicts" -> entities(EntityKind.CONFLICT,
            this::conflict, Conflict::id, b::conflict);
        case "format" -> throw fail("the \"format\" header appears twice");
        default -> unknown(name, "document", SECTIONS);
      }
    }
    OutcomeModel model = b.build();
    for (IndicatorId i : withheld.keySet()) {
      if (model.indicator(i).isEmpty()) {
        throw new OutcomeFormatException("\"withheld\" names indicator '" + i.value()
            + "', which the document does not define", 0, 0, "/withheld");
      }
    }
    if (!withheld.isEmpty() && viewer.isEmpty()) {
      throw new OutcomeFormatException(
          "\"withheld\" is only allowed with a \"viewer\"", 0, 0, "/withheld");
    }
    return new OutcomeDocument(model, viewer, withheld);
  }

  private void version(String header) {
    if (!header.startsWith(FormatVersion.PREFIX)) {
      throw fail("the format header is \"" + abbreviate(header) + "\"; expected \""
          + FormatVersion.current().header() + "\"");
    }
    String digits = header.substring(FormatVersion.PREFIX.length());
    int n;
    try {
      n = digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)
          ? -1 : Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      n = -1;
    }
    if (n < 1) {
      throw fail("the format header is \"" + abbreviate(header) + "\"; expected \""
          + FormatVersion.current().header() + "\"");
    }
    if (n > FormatVersion.current().number()) {
      throw fail("the document has format version " + header + ", newer than "
          + FormatVersion.current().header() + ", the newest this library reads;"
          + " upgrade Shared Outcomes to read it");
    }
  }

  private void withheld(Map<IndicatorId, Integer> into) {
    startObject();
    IndicatorId indicator = null;
    int count = -1;
    Fields fields = fields();
    String name;
    while ((name = fields.next()) != null) {
      switch (name) {
        case "indicator" -> indicator = ref(indicatorIds);
        case "measurements" -> {
          count = integer();
          if (count < 1) {
            throw fail("\"measurements\" must be at least 1, was " + count);
          }
        }
        default -> unknown(name, "withheld entry", "indicator", "measurements");
      }
    }
    into.put(required(indicator, "indicator", "withheld entry"), count < 1
        ? required(null, "measurements", "withheld entry") : count);
  }

  // ---------------------------------------------------------------- entities

  private Agency agency() {
    startObject();
    AgencyId id = null;
    String name = null;
    AgencyKind kind = null;
    GovernmentLevel level = null;
    Optional<String> jurisdiction = Optional.empty();
    Optional<AgencyId> parent = Optional.empty();
    Map<String, String> attributes = Map.of();
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "id" -> id = define(agencyIds);
        case "name" -> name = string();
        case "kind" -> kind = enumValue(AgencyKind.class);
        case "level" -> level = enumValue(GovernmentLevel.class);
        case "jurisdiction" -> jurisdiction = Optional.of(string());
        case "parent" -> parent = Optional.of(ref(agencyIds));
        case "attributes" -> attributes = attributes();
        default -> unknown(f, "agency", "id", "name", "kind", "level", "jurisdiction", "parent",
            "attributes");
      }
    }
    String what = "agency";
    return new Agency(required(id, "id", what), required(name, "name", what),
        required(kind, "kind", what), required(level, "level", what), jurisdiction, parent,
        attributes);
  }

  private Person person() {
    startObject();
    PersonId id = null;
    String name = null;
    AgencyId agency = null;
    Map<String, String> attributes = Map.of();
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "id" -> id = define(personIds);
        case "name" -> name = string();
        case "agency" -> agency = ref(agencyIds);
        case "attributes" -> attributes = attributes();
        default -> unknown(f, "person", "id", "name", "agency", "attributes");
      }
    }
    String what = "person";
    return new Person(required(id, "id", what), required(name, "name", what),
        required(agency, "agency", what), attributes);
  }

  private Outcome outcome() {
    startObject();
    OutcomeId id = null;
    String statement = null;
    OutcomeLevel level = null;
    Set<OutcomeId> parents = Set.of();
    List<OutcomeRevision> revisions = List.of();
    Map<String, String> attributes = Map.of();
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "id" -> id = define(outcomeIds);
        case "statement" -> statement = string();
        case "level" -> level = enumValue(OutcomeLevel.class);
        case "parents" -> parents = idSet(outcomeIds);
        case "revisions" -> revisions = list(this::revision);
        case "attributes" -> attributes = attributes();
        default -> unknown(f, "outcome", "id", "statement", "level", "parents", "revisions",
            "attributes");
      }
    }
    String what = "outcome";
    return new Outcome(required(id, "id", what), required(statement, "statement", what),
        required(level, "level", what), parents, revisions, attributes);
  }

  private OutcomeRevision revision() {
    startObject();
    String statement = null;
    LocalDate on = null;
    String reason = null;
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "statement" -> statement = string();
        case "replacedOn" -> on = date();
        case "reason" -> reason = string();
        default -> unknown(f, "revision", "statement", "replacedOn", "reason");
      }
    }
    String what = "revision";
    return new OutcomeRevision(required(statement, "statement", what),
        required(on, "replacedOn", what), required(reason, "reason", what));
  }

  private Commitment commitment() {
    startObject();
    CommitmentId id = null;
    String title = null;
    String description = "";
    Optional<PartyId> madeBy = Optional.empty();
    Optional<LocalDate> madeOn = Optional.empty();
    Optional<LocalDate> due = Optional.empty();
    Set<OutcomeId> outcomes = Set.of();
    Set<CommitmentId> dependsOn = Set.of();
    List<Milestone> milestones = List.of();
    CommitmentStatus status = null;
    Priority priority = null;
    Optional<CollaborationMode> mode = Optional.empty();
    Optional<Phase> phase = Optional.empty();
    Optional<String> responsibility = Optional.empty();
    Optional<String> conflict = Optional.empty();
    Map<String, String> attributes = Map.of();
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "id" -> id = define(commitmentIds);
        case "title" -> title = string();
        case "description" -> description = string();
        case "madeBy" -> madeBy = Optional.of(fieldParty());
        case "madeOn" -> madeOn = optionalDate();
        case "due" -> due = optionalDate();
        case "outcomes" -> outcomes = idSet(outcomeIds);
        case "dependsOn" -> dependsOn = idSet(commitmentIds);
        case "milestones" -> milestones = list(this::milestone);
        case "status" -> status = enumValue(CommitmentStatus.class);
        case "priority" -> priority = enumValue(Priority.class);
        case "collaborationMode" -> mode = Optional.of(enumValue(CollaborationMode.class));
        case "phase" -> phase = Optional.of(enumValue(Phase.class));
        case "responsibilityProtocol" -> responsibility = Optional.of(string());
        case "conflictProtocol" -> conflict = Optional.of(string());
        case "attributes" -> attributes = attributes();
        default -> unknown(f, "commitment", "id", "title", "description", "madeBy", "madeOn",
            "due", "outcomes", "dependsOn", "milestones", "status", "priority",
            "collaborationMode", "phase", "responsibilityProtocol", "conflictProtocol",
            "attributes");
      }
    }
    String what = "commitment";
    return new Commitment(required(id, "id", what), required(title, "title", what),
        description, madeBy, madeOn, due, outcomes, dependsOn, milestones,
        required(status, "status", what), required(priority, "priority", what), mode, phase,
        responsibility, conflict, attributes);
  }

  private Milestone milestone() {
    startObject();
    String name = null;
    LocalDate due = null;
    Optional<LocalDate> done = Optional.empty();
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "name" -> name = string();
        case "due" -> due = date();
        case "done" -> done = optionalDate();
        default -> unknown(f, "milestone", "name", "due", "done");
      }
    }
    String what = "milestone";
    return new Milestone(required(name, "name", what), required(due, "due", what), done);
  }

  private PartyId fieldParty() {
    p.nextToken();
    return party();
  }

  private PartyId party() {
    startObject();
    PartyId party = null;
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      PartyId next = switch (f) {
        case "agency" -> ref(agencyIds);
        case "person" -> ref(personIds);
        default -> {
          unknown(f, "party", "agency", "person");
          yield null;
        }
      };
      if (next != null) {
        if (party != null) {
          throw fail("a party is either {\"agency\": id} or {\"person\": id}, not both");
        }
        party = next;
      }
    }
    return required(party, "agency\" or \"person", "party");
  }

  private RoleAssignment role() {
    startObject();
    PartyId party = null;
    RoleTarget target = null;
    Role role = null;
    Optional<LocalDate> from = Optional.empty();
    Optional<LocalDate> to = Optional.empty();
    Map<String, String> attributes = Map.of();
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "commitment" -> target = only(target, ref(commitmentIds), "commitment",
            "outcome");
        case "outcome" -> target = only(target, ref(outcomeIds), "commitment",
            "outcome");
        case "role" -> role = roleValue();
        case "agency" -> party = only(party, ref(agencyIds), "agency", "person");
        case "person" -> party = only(party, ref(personIds), "agency", "person");
        case "from" -> from = optionalDate();
        case "to" -> to = optionalDate();
        case "attributes" -> attributes = attributes();
        default -> unknown(f, "role", "commitment", "outcome", "role", "agency", "person",
            "from", "to", "attributes");
      }
    }
    String what = "role";
    return new RoleAssignment(required(party, "agency\" or \"person", what),
        required(role, "role", what), required(target, "commitment\" or \"outcome", what), from,
        to, attributes);
  }

  private <T> T only(@Nullable T previous, T next, String one, String other) {
    if (previous != null) {
      throw fail("give either \"" + one + "\" or \"" + other + "\", once");
    }
    return next;
  }

  private Indicator indicator() {
    startObject();
    IndicatorId id = null;
    String name = null;
    String unit = "";
    MeasureType measureType = null;
    Direction direction = null;
    Optional<Baseline> baseline = Optional.empty();
    List<Target> targets = List.of();
    Interpolation interpolation = null;
    List<TrajectoryPoint> points = List.of();
    Aggregation time = null;
    Aggregation region = null;
    Boolean aggregable = null;
    Optional<Ratio> ratio = Optional.empty();
    Optional<AgencyId> owner = Optional.empty();
    Sensitivity sensitivity = null;
    Set<CommitmentId> commitments = Set.of();
    Set<OutcomeId> outcomes = Set.of();
    Map<String, String> attributes = Map.of();
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "id" -> id = define(indicatorIds);
        case "name" -> name = string();
        case "unit" -> unit = string();
        case "measureType" -> measureType = enumValue(MeasureType.class);
        case "direction" -> direction = enumValue(Direction.class);
        case "baseline" -> baseline = Optional.of(baseline());
        case "targets" -> targets = list(this::target);
        case "interpolation" -> interpolation = enumValue(Interpolation.class);
        case "plannedPoints" -> points = list(this::point);
        case "timeAggregation" -> time = enumValue(Aggregation.class);
        case "regionAggregation" -> region = enumValue(Aggregation.class);
        case "aggregable" -> aggregable = bool();
        case "ratio" -> ratio = Optional.of(ratio());
        case "dataOwner" -> owner = Optional.of(ref(agencyIds));
        case "sensitivity" -> sensitivity = enumValue(Sensitivity.class);
        case "commitments" -> commitments = idSet(commitmentIds);
        case "outcomes" -> outcomes = idSet(outcomeIds);
        case "attributes" -> attributes = attributes();
        default -> unknown(f, "indicator", "id", "name", "unit", "measureType", "direction",
            "baseline", "targets", "interpolation", "plannedPoints", "timeAggregation",
            "regionAggregation", "aggregable", "ratio", "dataOwner", "sensitivity",
            "commitments", "outcomes", "attributes");
      }
    }
    String what = "indicator";
    return new Indicator(required(id, "id", what), required(name, "name", what), unit,
        required(measureType, "measureType", what), required(direction, "direction", what),
        baseline, targets, required(interpolation, "interpolation", what), points,
        required(time, "timeAggregation", what), required(region, "regionAggregation", what),
        required(aggregable, "aggregable", what), ratio, owner,
        required(sensitivity, "sensitivity", what), commitments, outcomes, attributes);
  }

  private Baseline baseline() {
    p.nextToken();
    startObject();
    Double value = null;
    LocalDate date = null;
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "value" -> value = number();
        case "date" -> date = date();
        default -> unknown(f, "baseline", "value", "date");
      }
    }
    return new Baseline(required(value, "value", "baseline"), required(date, "date", "baseline"));
  }

  private Target target() {
    startObject();
    LocalDate date = null;
    TargetKind kind = null;
    Double value = null;
    Double low = null;
    Double high = null;
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "date" -> date = date();
        case "kind" -> kind = enumValue(TargetKind.class);
        case "value" -> value = number();
        case "low" -> low = number();
        case "high" -> high = number();
        default -> unknown(f, "target", "date", "kind", "value", "low", "high");
      }
    }
    String what = "target";
    kind = required(kind, "kind", what);
    if (kind == TargetKind.RANGE) {
      if (value != null) {
        throw fail("a RANGE target has \"low\" and \"high\", not \"value\"");
      }
      return new Target(required(date, "date", what), kind, required(low, "low", what),
          required(high, "high", what));
    }
    if (low != null || high != null) {
      throw fail("a " + kind + " target has one \"value\", not \"low\" or \"high\"");
    }
    double v = required(value, "value", what);
    return new Target(required(date, "date", what), kind, v, v);
  }

  private TrajectoryPoint point() {
    startObject();
    LocalDate date = null;
    Double value = null;
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "date" -> date = date();
        case "value" -> value = number();
        default -> unknown(f, "planned point", "date", "value");
      }
    }
    return new TrajectoryPoint(required(date, "date", "planned point"),
        required(value, "value", "planned point"));
  }

  private Ratio ratio() {
    p.nextToken();
    startObject();
    IndicatorId num = null;
    IndicatorId den = null;
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "numerator" -> num = ref(indicatorIds);
        case "denominator" -> den = ref(indicatorIds);
        default -> unknown(f, "ratio", "numerator", "denominator");
      }
    }
    return new Ratio(required(num, "numerator", "ratio"), required(den, "denominator", "ratio"));
  }

  private IndicatorId series(OutcomeModel.Builder b) {
    startObject();
    IndicatorId indicator = null;
    boolean rows = false;
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "indicator" -> indicator = ref(indicatorIds);
        case "rows" -> {
          if (indicator == null) {
            throw fail("a measurement series must name its \"indicator\" before its \"rows\"");
          }
          rows = true;
          IndicatorId of = indicator;
          array(() -> row(b, of));
        }
        default -> unknown(f, "measurement series", "indicator", "rows");
      }
    }
    indicator = required(indicator, "indicator", "measurement series");
    if (!rows) {
      required(null, "rows", "measurement series");
    }
    return indicator;
  }

  private void row(OutcomeModel.Builder b, IndicatorId indicator) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw fail("a measurement row is an array [start, end, value] or"
          + " [start, end, value, {extras}], found " + describe(p.currentToken()));
    }
    LocalDate start = date();
    LocalDate end = date();
    double value = number();
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_ARRAY) {
      b.measurement(indicator, start, end, value);
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      throw fail("the fourth element of a measurement row must be an object of extras,"
          + " found " + describe(t));
    }
    Optional<AgencyId> by = Optional.empty();
    Optional<Instant> at = Optional.empty();
    Map<String, String> dims = Map.of();
    MeasurementStatus status = MeasurementStatus.FINAL;
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "reportedBy" -> by = Optional.of(ref(agencyIds));
        case "reportedAt" -> at = Optional.of(instant());
        case "dimensions" -> dims = attributes();
        case "status" -> status = enumValue(MeasurementStatus.class);
        default -> unknown(f, "measurement", "reportedBy", "reportedAt", "dimensions",
            "status");
      }
    }
    t = p.nextToken();
    if (t != JsonToken.END_ARRAY) {
      throw fail("a measurement row has at most four elements, found more");
    }
    b.measurement(new Measurement(indicator, start, end, value, by, at, dims, status));
  }

  private DeliveryAssessment assessment() {
    startObject();
    CommitmentId commitment = null;
    LocalDate date = null;
    Rating rating = null;
    Optional<PartyId> assessor = Optional.empty();
    String rationale = "";
    Map<String, String> attributes = Map.of();
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "commitment" -> commitment = ref(commitmentIds);
        case "date" -> date = date();
        case "rating" -> rating = enumValue(Rating.class);
        case "assessor" -> assessor = Optional.of(fieldParty());
        case "rationale" -> rationale = string();
        case "attributes" -> attributes = attributes();
        default -> unknown(f, "assessment", "commitment", "date", "rating", "assessor",
            "rationale", "attributes");
      }
    }
    String what = "assessment";
    return new DeliveryAssessment(required(commitment, "commitment", what),
        required(date, "date", what), required(rating, "rating", what), assessor, rationale,
        attributes);
  }

  private Intervention intervention() {
    startObject();
    AgencyId from = null;
    AgencyId to = null;
    Optional<CommitmentId> commitment = Optional.empty();
    InterventionKind kind = null;
    LocalDate date = null;
    String note = "";
    Map<String, String> attributes = Map.of();
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "from" -> from = ref(agencyIds);
        case "to" -> to = ref(agencyIds);
        case "commitment" -> commitment = Optional.of(ref(commitmentIds));
        case "kind" -> kind = enumValue(InterventionKind.class);
        case "date" -> date = date();
        case "note" -> note = string();
        case "attributes" -> attributes = attributes();
        default -> unknown(f, "intervention", "from", "to", "commitment", "kind", "date", "note",
            "attributes");
      }
    }
    String what = "intervention";
    return new Intervention(required(from, "from", what), required(to, "to", what), commitment,
        required(kind, "kind", what), required(date, "date", what), note, attributes);
  }

  private DataSharingAgreement agreement() {
    startObject();
    AgreementId id = null;
    Set<AgencyId> parties = null;
    Set<IndicatorId> indicators = null;
    Optional<LocalDate> from = Optional.empty();
    Optional<LocalDate> to = Optional.empty();
    Map<String, String> attributes = Map.of();
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "id" -> id = AgreementId.of(string());
        case "parties" -> parties = idSet(agencyIds);
        case "indicators" -> indicators = idSet(indicatorIds);
        case "from" -> from = optionalDate();
        case "to" -> to = optionalDate();
        case "attributes" -> attributes = attributes();
        default -> unknown(f, "agreement", "id", "parties", "indicators", "from", "to",
            "attributes");
      }
    }
    String what = "agreement";
    return new DataSharingAgreement(required(id, "id", what), required(parties, "parties", what),
        required(indicators, "indicators", what), from, to, attributes);
  }

  private Conflict conflict() {
    startObject();
    ConflictId id = null;
    ConflictSubject subject = null;
    Set<PartyId> parties = null;
    PartyId raisedBy = null;
    Instant raisedAt = null;
    String description = "";
    Optional<String> protocol = Optional.empty();
    Map<String, String> attributes = Map.of();
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "id" -> id = ConflictId.of(string());
        case "subject" -> subject = subject();
        case "parties" -> {
          startArray();
          Set<PartyId> set = new LinkedHashSet<>();
          while (nextElement()) {
            if (!set.add(party())) {
              throw fail("a conflict lists the same party twice");
            }
          }
          parties = set;
        }
        case "raisedBy" -> raisedBy = fieldParty();
        case "raisedAt" -> raisedAt = instant();
        case "description" -> description = string();
        case "protocol" -> protocol = Optional.of(string());
        case "attributes" -> attributes = attributes();
        default -> unknown(f, "conflict", "id", "subject", "parties", "raisedBy", "raisedAt",
            "description", "protocol", "attributes");
      }
    }
    String what = "conflict";
    return new Conflict(required(id, "id", what), required(subject, "subject", what),
        required(parties, "parties", what), required(raisedBy, "raisedBy", what),
        required(raisedAt, "raisedAt", what), description, protocol, attributes);
  }

  private ConflictSubject subject() {
    p.nextToken();
    startObject();
    SubjectKind kind = null;
    String reference = null;
    Fields fields = fields();
    String f;
    while ((f = fields.next()) != null) {
      switch (f) {
        case "kind" -> kind = enumValue(SubjectKind.class);
        case "reference" -> reference = string();
        default -> unknown(f, "subject", "kind", "reference");
      }
    }
    return new ConflictSubject(required(kind, "kind", "subject"),
        required(reference, "reference", "subject"));
  }

  // ---------------------------------------------------------------- values

  private String string() {
    String s = p.nextStringValue();
    if (s == null) {
      throw typeError("a string");
    }
    return s;
  }

  private double number() {
    JsonToken t = p.nextToken();
    if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
      throw typeError("a number");
    }
    double v = p.getDoubleValue();
    if (!Double.isFinite(v)) {
      throw fail("the number is too large for a double");
    }
    return v;
  }

  private int integer() {
    JsonToken t = p.nextToken();
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw typeError("a whole number");
    }
    return p.getIntValue();
  }

  private boolean bool() {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw typeError("true or false");
  }

  private LocalDate date() {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw typeError("a string");
    }
    int at = dateKey();
    return at >= 0 ? cachedDate(at) : parseDate();
  }

  private LocalDate cachedDate(int key) {
    try {
      return dates.date(key);
    } catch (DateTimeException e) {
      throw notADate(e);
    }
  }

  private OutcomeFormatException notADate(DateTimeException e) {
    return fail("\"" + abbreviate(p.getString()) + "\" is not a valid date: " + e.getMessage());
  }

  private Optional<LocalDate> optionalDate() {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw typeError("a string");
    }
    int at = dateKey();
    if (at < 0) {
      return Optional.of(parseDate());
    }
    try {
      return dates.optional(at);
    } catch (DateTimeException e) {
      throw notADate(e);
    }
  }

  /**
   * The current string as a {@link DateCache} key if it has the shape yyyy-mm-dd, read in the
   * parser's buffer (no string); -1 otherwise.
   */
  private int dateKey() {
    if (p.getStringLength() != 10) {
      return -1;
    }
    char[] c = p.getStringCharacters();
    int o = p.getStringOffset();
    if (c[o + 4] != '-' || c[o + 7] != '-') {
      return -1;
    }
    int y = digits(c, o, 4);
    int m = digits(c, o + 5, 2);
    int d = digits(c, o + 8, 2);
    if (y < 0 || m < 0 || d < 0) {
      return -1;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31) {
      try {
        LocalDate.of(y, m, d); // throws the DateTimeException that names the bad field
      } catch (DateTimeException e) {
        throw notADate(e);
      }
    }
    return DateCache.key(y, m, d);
  }

  /** The current string as an ISO-8601 date in any other shape, such as +10000-01-01. */
  private LocalDate parseDate() {
    String s = p.getString();
    try {
      return LocalDate.parse(s);
    } catch (DateTimeException e) {
      throw fail("\"" + abbreviate(s) + "\" is not an ISO-8601 date (yyyy-mm-dd)");
    }
  }

  private static int digits(char[] c, int from, int count) {
    int n = 0;
    for (int i = from; i < from + count; i++) {
      char ch = c[i];
      if (ch < '0' || ch > '9') {
        return -1;
      }
      n = n * 10 + (ch - '0');
    }
    return n;
  }

  private Instant instant() {
    String s = string();
    try {
      return Instant.parse(s);
    } catch (DateTimeException e) {
      throw fail("\"" + abbreviate(s) + "\" is not an ISO-8601 instant"
          + " (such as 2026-11-23T09:30:00Z)");
    }
  }

  private <E extends Enum<E>> E enumValue(Class<E> type) {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw typeError("a string");
    }
    // match the constant's name in the parser's buffer: no string per value
    @SuppressWarnings("unchecked")
    E e = (E) ENUMS.get(type).find(p.getStringCharacters(), p.getStringOffset(),
        p.getStringLength());
    if (e != null) {
      return e;
    }
    String s = p.getString();
    throw fail("\"" + abbreviate(s) + "\" is not a " + type.getSimpleName() + "; expected one of "
        + java.util.Arrays.toString(type.getEnumConstants()));
  }

  /** A role, the built-in ones matched in the parser's buffer without a string. */
  private Role roleValue() {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw typeError("a string");
    }
    Role r = BUILT_IN_ROLES.find(p.getStringCharacters(), p.getStringOffset(),
        p.getStringLength());
    return r != null ? r : Role.of(p.getString());
  }

  private <T extends EntityId & Comparable<? super T>> Set<T> idSet(Symbols<T> ids) {
    startArray();
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_ARRAY) {
      return Set.of();
    }
    if (t != JsonToken.VALUE_STRING) {
      throw typeError("an id (a string)");
    }
    T first = current(ids);
    if ((t = p.nextToken()) == JsonToken.END_ARRAY) {
      return Set.of(first); // the common case: no tree set to build and copy
    }
    Set<T> set = new java.util.TreeSet<>();
    set.add(first);
    do {
      if (t != JsonToken.VALUE_STRING) {
        throw typeError("an id (a string)");
      }
      if (!set.add(current(ids))) {
        throw fail("'" + abbreviate(p.getString()) + "' appears twice");
      }
    } while ((t = p.nextToken()) != JsonToken.END_ARRAY);
    return set;
  }

  /** Reads an entity's own id and remembers it, so that references to it reuse it. */
  private <T extends EntityId> T define(Symbols<T> ids) {
    T id = ids.of.apply(string());
    ids.add(id);
    return id;
  }

  /** Reads a reference: an id read before is reused, with no string or id of its own. */
  private <T extends EntityId> T ref(Symbols<T> ids) {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw typeError("a string");
    }
    return current(ids);
  }

  /** The id the current string token names. */
  private <T extends EntityId> T current(Symbols<T> ids) {
    T known = ids.find(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
    return known != null ? known : ids.of.apply(p.getString());
  }

  private Map<String, String> attributes() {
    p.nextToken();
    startObject();
    Map<String, String> map = new TreeMap<>();
    String key;
    while ((key = p.nextName()) != null) {
      if (map.put(key, string()) != null) {
        throw fail("duplicate key \"" + abbreviate(key) + "\": a key may appear once");
      }
    }
    return map;
  }

  // ---------------------------------------------------------------- structure

  private void expect(JsonToken token, String what) {
    if (p.currentToken() != token) {
      throw fail("expected " + what + ", found " + describe(p.currentToken()));
    }
  }

  private void startObject() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail("expected an object, found " + describe(p.currentToken()));
    }
  }

  /** Reads an array of values into a list. */
  private <T> List<T> list(java.util.function.Supplier<T> element) {
    List<T> out = new ArrayList<>();
    array(() -> out.add(element.get()));
    return out;
  }

  /** Reads an array, running {@code element} once per element. */
  private void array(Runnable element) {
    startArray();
    while (nextElement()) {
      element.run();
    }
  }

  /**
   * Reads an array of entities with ids, marking where each starts (for error positions) and
   * noting its id (for duplicate and reference reports) before handing it to {@code add}.
   */
  private <T> void entities(EntityKind kind, java.util.function.Supplier<T> read,
      java.util.function.Function<T, ? extends EntityId> id,
      java.util.function.Consumer<T> add) {
    array(() -> {
      mark(kind);
      T value = read.get();
      note(kind, id.apply(value).value());
      add.accept(value);
    });
  }

  private void startArray() {
    if (p.nextToken() != JsonToken.START_ARRAY) {
      throw typeError("an array");
    }
  }

  /** Moves to the next array element; false at the end of the array. */
  private boolean nextElement() {
    return p.nextToken() != JsonToken.END_ARRAY;
  }

  private <T> T required(@Nullable T value, String field, String what) {
    if (value == null) {
      throw fail(what + " is missing the required field \"" + field + "\"");
    }
    return value;
  }

  private void unknown(String field, String where, String... known) {
    if (lenient) {
      p.nextToken();
      p.skipChildren();
      return;
    }
    throw fail("unknown field \"" + abbreviate(field) + "\" in " + where + "; known fields: "
        + String.join(", ", known)
        + " (read with JsonOption.IGNORE_UNKNOWN_FIELDS to skip unknown fields)");
  }

  private OutcomeFormatException typeError(String expected) {
    return fail("expected " + expected + ", found " + describe(p.currentToken()));
  }

  private static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case END_OBJECT -> "the end of an object";
      case END_ARRAY -> "the end of an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case PROPERTY_NAME -> "a field name";
      default -> t.name();
    };
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  private static String encodingName() {
    return "Unicode text (UTF-8, UTF-16 or UTF-32)";
  }

  private String pointer() {
    try {
      return p.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private OutcomeFormatException fail(String reason) {
    TokenStreamLocation at = p.currentTokenLocation();
    return new OutcomeFormatException(reason, at.getLineNr(), at.getColumnNr(), pointer());
  }

  // ---------------------------------------------------------------- fields, ids, dates

  /**
   * The field names of the object the parser has just entered: the reader checks for a field
   * given twice itself, with one small reused array per depth, rather than asking Jackson to,
   * which builds a hash set per object of three or more fields (millions per document).
   */
  private Fields fields() {
    int depth = p.streamReadContext().getNestingDepth();
    if (depth >= fieldsByDepth.length) {
      fieldsByDepth = java.util.Arrays.copyOf(fieldsByDepth,
          Math.max(depth + 1, fieldsByDepth.length * 2));
    }
    Fields f = fieldsByDepth[depth];
    if (f == null) {
      f = new Fields();
      fieldsByDepth[depth] = f;
    }
    f.size = 0;
    return f;
  }

  /** The names read so far in one object. */
  private final class Fields {
    String[] names = new String[20];
    int size;

    /** The next field name, or null at the end of the object; fails on a repeated name. */
    @Nullable String next() {
      String name = p.nextName();
      if (name == null) {
        return null;
      }
      for (int i = 0; i < size; i++) {
        String seen = names[i];
        if (seen == name || seen.equals(name)) { // names are usually canonical instances
          throw fail("duplicate field \"" + abbreviate(name)
              + "\": a field may appear once in an object");
        }
      }
      if (size == names.length) {
        names = java.util.Arrays.copyOf(names, size * 2);
      }
      names[size++] = name;
      return name;
    }
  }

  /** The hash {@link String#hashCode()} gives the same characters. */
  private static int textHash(char[] chars, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + chars[i];
    }
    return h;
  }

  /**
   * Values found by the characters of a string token in the parser's buffer, with no string
   * made: an open-addressing table of names to values (for enum constants and roles).
   */
  private static final class Table<T> {
    String[] names = new String[64];
    Object[] values = new Object[64];
    int shift = 32 - 6;
    int size;

    /** Adds a value under a name, unless the name is there already. */
    void put(String name, T value) {
      if (size * 2 >= names.length) {
        grow();
      }
      int mask = names.length - 1;
      for (int i = slot(name.hashCode()); ; i = (i + 1) & mask) {
        String n = names[i];
        if (n == null) {
          names[i] = name;
          values[i] = value;
          size++;
          return;
        }
        if (n.equals(name)) {
          return;
        }
      }
    }

    /** The value named by the characters, or null. */
    @SuppressWarnings("unchecked")
    @Nullable T find(char[] chars, int offset, int length) {
      int mask = names.length - 1;
      for (int i = slot(textHash(chars, offset, offset + length)); ; i = (i + 1) & mask) {
        String n = names[i];
        if (n == null) {
          return null;
        }
        if (n.length() == length && same(n, chars, offset)) {
          return (T) values[i];
        }
      }
    }

    private static boolean same(String n, char[] chars, int offset) {
      for (int i = 0; i < n.length(); i++) {
        if (n.charAt(i) != chars[offset + i]) {
          return false;
        }
      }
      return true;
    }

    /** Fibonacci hashing: names differing in their last digits spread over the table. */
    private int slot(int h) {
      return (h * 0x9E3779B9) >>> shift;
    }

    @SuppressWarnings("unchecked")
    private void grow() {
      String[] oldNames = names;
      Object[] oldValues = values;
      names = new String[oldNames.length * 2];
      values = new Object[oldNames.length * 2];
      shift--;
      size = 0;
      for (int i = 0; i < oldNames.length; i++) {
        if (oldNames[i] != null) {
          put(oldNames[i], (T) oldValues[i]);
        }
      }
    }
  }

  /**
   * The ids of one kind read so far, so that a reference to an entity read before reuses its
   * id: no string, no id, no second check of the text.
   *
   * <p>References mostly come in the order the entities were defined (a canonical document
   * sorts roles by target, and entities by id), so the id after the last one found is tried
   * first, then the first id; only a reference out of order looks in a hash index, which is
   * built when first needed. A sequential guess touches memory next to the last look-up, where
   * a hash probe of a million ids misses the cache.
   */
  private static final class Symbols<T extends EntityId> {
    final java.util.function.Function<String, T> of;
    private EntityId[] order = new EntityId[64];
    private int count;
    private int cursor;
    /**
     * The ids' texts one after the other, the k-th from {@code starts[k]} to
     * {@code starts[k + 1]}: compared where they lie in a row, not through each id's string.
     */
    private char[] text = new char[1024];
    private int[] starts = new int[65];
    /** Positions + 1 in {@link #order}, by Fibonacci hash of the text; 0 is empty. */
    private int[] slots = new int[0];
    private int[] hashes = new int[0];
    private int shift;
    private int indexed;

    Symbols(java.util.function.Function<String, T> of) {
      this.of = of;
    }

    /** Remembers a defined id (a duplicate too: equal ids are interchangeable). */
    void add(T id) {
      if (count == order.length) {
        order = java.util.Arrays.copyOf(order, count * 2);
        starts = java.util.Arrays.copyOf(starts, count * 2 + 1);
      }
      String v = id.value();
      int end = starts[count] + v.length();
      if (end > text.length) {
        text = java.util.Arrays.copyOf(text, Math.max(end, text.length * 2));
      }
      v.getChars(0, v.length(), text, starts[count]);
      order[count++] = id;
      starts[count] = end;
    }

    /** The id whose text is the characters, or null if none was defined. */
    @SuppressWarnings("unchecked")
    @Nullable T find(char[] chars, int offset, int length) {
      int c = cursor;
      if (c < count && matches(c, chars, offset, length)) {
        return (T) order[c];
      }
      if (c + 1 < count && matches(c + 1, chars, offset, length)) {
        cursor = c + 1;
        return (T) order[c + 1];
      }
      if (count > 0 && matches(0, chars, offset, length)) {
        cursor = 0;
        return (T) order[0];
      }
      int at = lookUp(chars, offset, length);
      if (at < 0) {
        return null;
      }
      cursor = at;
      return (T) order[at];
    }

    private boolean matches(int k, char[] chars, int offset, int length) {
      int from = starts[k];
      return starts[k + 1] - from == length
          && java.util.Arrays.equals(text, from, from + length, chars, offset, offset + length);
    }

    private int lookUp(char[] chars, int offset, int length) {
      if (indexed < count) {
        index();
      }
      if (slots.length == 0) {
        return -1;
      }
      int h = textHash(chars, offset, offset + length);
      int mask = slots.length - 1;
      for (int i = (h * 0x9E3779B9) >>> shift; ; i = (i + 1) & mask) {
        int at = slots[i] - 1;
        if (at < 0) {
          return -1;
        }
        if (hashes[i] == h && matches(at, chars, offset, length)) {
          return at;
        }
      }
    }

    /** Adds the ids defined since the last look-up to the hash index (at most half full). */
    private void index() {
      if (count * 2 > slots.length) {
        int bits = Math.max(6, 33 - Integer.numberOfLeadingZeros(count * 2 - 1));
        slots = new int[1 << bits];
        hashes = new int[1 << bits];
        shift = 32 - bits;
        indexed = 0;
      }
      int mask = slots.length - 1;
      for (; indexed < count; indexed++) {
        int h = textHash(text, starts[indexed], starts[indexed + 1]);
        int i = (h * 0x9E3779B9) >>> shift;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = indexed + 1;
        hashes[i] = h;
      }
    }
  }

  /** Each enum's constants by name. */
  private static final ClassValue<Table<?>> ENUMS = new ClassValue<>() {
    @Override
    protected Table<?> computeValue(Class<?> type) {
      Table<Object> t = new Table<>();
      for (Object e : type.getEnumConstants()) {
        t.put(((Enum<?>) e).name(), e);
      }
      return t;
    }
  };

  /** The built-in roles by id. */
  private static final Table<Role> BUILT_IN_ROLES = new Table<>();

  static {
    for (Role r : Role.builtIns()) {
      BUILT_IN_ROLES.put(r.id(), r);
    }
  }

  /**
   * Dates read so far, so that a document's many equal dates share one {@link LocalDate} (and
   * one {@link Optional} of it): a direct-mapped cache keyed by year, month and day, which
   * holds about sixteen consecutive years without collisions.
   */
  private static final class DateCache {
    private static final int SIZE = 1 << 13;
    private final int[] keys = new int[SIZE];
    private final @Nullable LocalDate[] dates = new LocalDate[SIZE];
    private final @Nullable Optional<LocalDate>[] optionals = newOptionals();

    @SuppressWarnings("unchecked")
    private static Optional<LocalDate>[] newOptionals() {
      return (Optional<LocalDate>[]) new Optional<?>[SIZE];
    }

    /**
     * The key of a date given as a year of at most four digits, a month 1 to 12 and a day 1
     * to 31 (not yet checked to be a real date).
     */
    static int key(int year, int month, int day) {
      return (year << 9) | (month << 5) | day;
    }

    /**
     * The date of a key.
     *
     * @throws DateTimeException if it is not a real date, such as February 30
     */
    LocalDate date(int key) {
      int slot = slot(key);
      LocalDate d = dates[slot];
      if (d != null && keys[slot] == key) {
        return d;
      }
      d = LocalDate.of(key >>> 9, (key >>> 5) & 0xF, key & 0x1F);
      keys[slot] = key;
      dates[slot] = d;
      optionals[slot] = null;
      return d;
    }

    Optional<LocalDate> optional(int key) {
      LocalDate d = date(key);
      int slot = slot(key);
      Optional<LocalDate> o = optionals[slot];
      if (o == null) {
        o = Optional.of(d);
        optionals[slot] = o;
      }
      return o;
    }

    private static int slot(int key) {
      // consecutive days of consecutive months and years fill consecutive slots
      return ((key >>> 9) * 372 + ((key >>> 5) & 0xF) * 31 + (key & 0x1F)) & (SIZE - 1);
    }
  }

  // ---------------------------------------------------------------- locating problems

  /** The ids and start positions of one kind's entities, in document order. */
  private static final class Located {
    final String section;
    final ArrayList<String> ids = new ArrayList<>();
    java.util.@Nullable HashMap<String, Integer> index;
    int[] lines = new int[16];
    int[] columns = new int[16];
    int pendingLine;
    int pendingColumn;

    Located(String section) {
      this.section = section;
    }
  }

  private void mark(EntityKind kind) {
    Located l = located.computeIfAbsent(kind, k -> new Located(section(k)));
    TokenStreamLocation at = p.currentTokenLocation();
    l.pendingLine = at.getLineNr();
    l.pendingColumn = at.getColumnNr();
  }

  private void note(EntityKind kind, String id) {
    Located l = Objects.requireNonNull(located.get(kind)); // mark(kind) came first
    int n = l.ids.size();
    if (n == l.lines.length) {
      l.lines = java.util.Arrays.copyOf(l.lines, n * 2);
      l.columns = java.util.Arrays.copyOf(l.columns, n * 2);
    }
    l.lines[n] = l.pendingLine;
    l.columns[n] = l.pendingColumn;
    l.ids.add(id);
  }

  private static String section(EntityKind kind) {
    return switch (kind) {
      case AGENCY -> "agencies";
      case PERSON -> "persons";
      case OUTCOME -> "outcomes";
      case COMMITMENT -> "commitments";
      case INDICATOR -> "indicators";
      case AGREEMENT -> "agreements";
      case CONFLICT -> "conflicts";
      case MEASUREMENT -> "measurements";
      case ROLE_ASSIGNMENT -> "roles";
      case ASSESSMENT -> "assessments";
      case INTERVENTION -> "interventions";
    };
  }

  private static int indexOf(Located l, String id) {
    if (l.index == null) {
      l.index = new java.util.HashMap<>();
      for (int i = l.ids.size() - 1; i >= 0; i--) {
        l.index.put(l.ids.get(i), i);
      }
    }
    return l.index.getOrDefault(id, -1);
  }

  private OutcomeFormatException validationFailure(ModelValidationException e) {
    List<Problem> problems = e.problems();
    StringBuilder sb = new StringBuilder("the document describes an invalid model, with ")
        .append(problems.size()).append(problems.size() == 1 ? " problem:" : " problems:");
    int firstLine = 0;
    int firstColumn = 0;
    String firstPointer = "";
    boolean first = true;
    for (Problem problem : problems) {
      sb.append("\n  - ").append(problem);
      Located l = located.get(problem.kind());
      int index = l == null || problem.id().isEmpty() ? -1 : indexOf(l, problem.id().get());
      String pointer = index < 0 || l == null ? "/" + section(problem.kind())
          : "/" + l.section + "/" + index;
      int line = index < 0 || l == null ? 0 : l.lines[index];
      int column = index < 0 || l == null ? 0 : l.columns[index];
      sb.append(" (at '").append(pointer).append('\'');
      if (line > 0) {
        sb.append(", line ").append(line);
      }
      sb.append(')');
      if (first) {
        firstLine = line;
        firstColumn = column;
        firstPointer = pointer;
        first = false;
      }
    }
    return new OutcomeFormatException(sb.toString(), firstLine, firstColumn, firstPointer,
        problems);
  }
}
