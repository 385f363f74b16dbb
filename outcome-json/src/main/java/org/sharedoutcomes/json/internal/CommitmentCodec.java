package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.date;
import static org.sharedoutcomes.json.internal.TokenWriter.id;
import static org.sharedoutcomes.json.internal.TokenWriter.ids;
import static org.sharedoutcomes.json.internal.TokenWriter.list;
import static org.sharedoutcomes.json.internal.TokenWriter.name;
import static org.sharedoutcomes.json.internal.TokenWriter.object;
import static org.sharedoutcomes.json.internal.TokenWriter.string;
import static org.sharedoutcomes.json.internal.TokenWriter.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.CollaborationMode;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.Milestone;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Phase;
import org.sharedoutcomes.core.Priority;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON form of a {@link Commitment}. A document holds millions, so its fields are
 * constants read and written one call each ({@link #readField}, {@link #writeFields}), in
 * the order of the table.
 */
final class CommitmentCodec extends Codec<Commitment, CommitmentCodec.Acc> {
  private static final Field<Commitment, Acc> ID = Field.required("id",
      (r, a) -> a.id = r.define(r.commitmentIds), (g, n, x) -> id(g, n, x.id()));
  private static final Field<Commitment, Acc> TITLE = Field.required("title",
      (r, a) -> a.title = r.string(), (g, n, x) -> string(g, n, x.title()));
  private static final Field<Commitment, Acc> DESCRIPTION = Field.optional("description",
      (r, a) -> a.description = r.string(), (g, n, x) -> text(g, n, x.description()));
  private static final Field<Commitment, Acc> MADE_BY = Field.optional("madeBy",
      (r, a) -> a.madeBy = Optional.of(r.object(ChoiceCodec.PARTY)),
      (g, n, x) -> object(g, n, ChoiceCodec.PARTY, x.madeBy()));
  private static final Field<Commitment, Acc> MADE_ON = Field.optional("madeOn",
      (r, a) -> a.madeOn = r.optionalDate(), (g, n, x) -> date(g, n, x.madeOn()));
  private static final Field<Commitment, Acc> DUE = Field.optional("due",
      (r, a) -> a.due = r.optionalDate(), (g, n, x) -> date(g, n, x.due()));
  private static final Field<Commitment, Acc> OUTCOMES = Field.optional("outcomes",
      (r, a) -> a.outcomes = r.idSet(r.outcomeIds), (g, n, x) -> ids(g, n, x.outcomes()));
  private static final Field<Commitment, Acc> DEPENDS_ON = Field.optional("dependsOn",
      (r, a) -> a.dependsOn = r.idSet(r.commitmentIds), (g, n, x) -> ids(g, n, x.dependsOn()));
  private static final Field<Commitment, Acc> MILESTONES = Field.optional("milestones",
      (r, a) -> a.milestones = r.list(MilestoneCodec.INSTANCE),
      (g, n, x) -> list(g, n, MilestoneCodec.INSTANCE, x.milestones()));
  // absent when not reported (since 0.2: 0.1 wrote NOT_STARTED and MEDIUM for none)
  private static final Field<Commitment, Acc> STATUS = Field.optional("status",
      (r, a) -> a.status = r.optionalEnum(EnumTable.COMMITMENT_STATUS),
      (g, n, x) -> name(g, n, x.status()));
  private static final Field<Commitment, Acc> PRIORITY = Field.optional("priority",
      (r, a) -> a.priority = r.optionalEnum(EnumTable.PRIORITY),
      (g, n, x) -> name(g, n, x.priority()));
  private static final Field<Commitment, Acc> COLLABORATION_MODE = Field.optional(
      "collaborationMode",
      (r, a) -> a.collaborationMode = r.optionalEnum(EnumTable.COLLABORATION_MODE),
      (g, n, x) -> name(g, n, x.collaborationMode()));
  private static final Field<Commitment, Acc> PHASE = Field.optional("phase",
      (r, a) -> a.phase = r.optionalEnum(EnumTable.PHASE), (g, n, x) -> name(g, n, x.phase()));
  private static final Field<Commitment, Acc> RESPONSIBILITY_PROTOCOL = Field.optional(
      "responsibilityProtocol",
      (r, a) -> a.responsibilityProtocol = Optional.of(r.string()),
      (g, n, x) -> string(g, n, x.responsibilityProtocol()));
  private static final Field<Commitment, Acc> CONFLICT_PROTOCOL = Field.optional(
      "conflictProtocol", (r, a) -> a.conflictProtocol = Optional.of(r.string()),
      (g, n, x) -> string(g, n, x.conflictProtocol()));
  private static final Field<Commitment, Acc> ATTRIBUTES =
      Codec.attributesOf(Commitment::attributes, (a, v) -> a.attributes = v);

  static final CommitmentCodec INSTANCE = new CommitmentCodec();

  private CommitmentCodec() {
    super(Commitment.class, "commitment", "/$defs/commitment", r -> new Acc());
    add(ID, TITLE, DESCRIPTION, MADE_BY, MADE_ON, DUE, OUTCOMES, DEPENDS_ON, MILESTONES, STATUS,
        PRIORITY, COLLABORATION_MODE, PHASE, RESPONSIBILITY_PROTOCOL, CONFLICT_PROTOCOL,
        ATTRIBUTES);
    reuse(Acc::reset);
  }

  @Override
  void writeFields(JsonGenerator g, Commitment x) {
    ID.write(g, x);
    TITLE.write(g, x);
    DESCRIPTION.write(g, x);
    MADE_BY.write(g, x);
    MADE_ON.write(g, x);
    DUE.write(g, x);
    OUTCOMES.write(g, x);
    DEPENDS_ON.write(g, x);
    MILESTONES.write(g, x);
    STATUS.write(g, x);
    PRIORITY.write(g, x);
    COLLABORATION_MODE.write(g, x);
    PHASE.write(g, x);
    RESPONSIBILITY_PROTOCOL.write(g, x);
    CONFLICT_PROTOCOL.write(g, x);
    ATTRIBUTES.write(g, x);
  }

  @Override
  void readField(int at, TokenReader r, Acc a) {
    switch (at) {
      case 0 -> ID.read(r, a);
      case 1 -> TITLE.read(r, a);
      case 2 -> DESCRIPTION.read(r, a);
      case 3 -> MADE_BY.read(r, a);
      case 4 -> MADE_ON.read(r, a);
      case 5 -> DUE.read(r, a);
      case 6 -> OUTCOMES.read(r, a);
      case 7 -> DEPENDS_ON.read(r, a);
      case 8 -> MILESTONES.read(r, a);
      case 9 -> STATUS.read(r, a);
      case 10 -> PRIORITY.read(r, a);
      case 11 -> COLLABORATION_MODE.read(r, a);
      case 12 -> PHASE.read(r, a);
      case 13 -> RESPONSIBILITY_PROTOCOL.read(r, a);
      case 14 -> CONFLICT_PROTOCOL.read(r, a);
      default -> ATTRIBUTES.read(r, a);
    }
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  Commitment finish(TokenReader r, Acc a) {
    // Not Commitment.builder: its setters build a message prefix on every call and copy every
    // set and list once more, which costs a document of a million commitments measurably.
    // This is the one place the reader calls the canonical constructor of Commitment.
    return new Commitment(a.id, a.title, a.description, a.madeBy, a.madeOn, a.due, a.outcomes,
        a.dependsOn, a.milestones, a.status, a.priority, a.collaborationMode, a.phase,
        a.responsibilityProtocol, a.conflictProtocol, a.attributes);
  }

  /** A commitment's fields as read; one per token reader, reset before each commitment. */
  static final class Acc {
    @Nullable CommitmentId id;
    @Nullable String title;
    String description;
    Optional<PartyId> madeBy;
    Optional<LocalDate> madeOn;
    Optional<LocalDate> due;
    Set<OutcomeId> outcomes;
    Set<CommitmentId> dependsOn;
    List<Milestone> milestones;
    Optional<CommitmentStatus> status;
    Optional<Priority> priority;
    Optional<CollaborationMode> collaborationMode;
    Optional<Phase> phase;
    Optional<String> responsibilityProtocol;
    Optional<String> conflictProtocol;
    Map<String, String> attributes;

    Acc() {
      reset();
    }

    /** Every field to its initial value, as a new accumulator has it. */
    void reset() {
      id = null;
      title = null;
      description = "";
      madeBy = Optional.empty();
      madeOn = Optional.empty();
      due = Optional.empty();
      outcomes = Set.of();
      dependsOn = Set.of();
      milestones = List.of();
      status = Optional.empty();
      priority = Optional.empty();
      collaborationMode = Optional.empty();
      phase = Optional.empty();
      responsibilityProtocol = Optional.empty();
      conflictProtocol = Optional.empty();
      attributes = Map.of();
    }
  }
}
