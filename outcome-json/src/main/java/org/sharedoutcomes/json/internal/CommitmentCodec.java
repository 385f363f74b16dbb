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

/** The JSON form of a {@link Commitment}. */
final class CommitmentCodec extends Codec<Commitment, CommitmentCodec.Acc> {
  static final CommitmentCodec INSTANCE = new CommitmentCodec();

  private CommitmentCodec() {
    super(Commitment.class, "commitment", "/$defs/commitment", r -> new Acc());
    required("id", (r, a) -> a.id = r.define(r.commitmentIds), (g, n, x) -> id(g, n, x.id()));
    required("title", (r, a) -> a.title = r.string(), (g, n, x) -> string(g, n, x.title()));
    field("description", (r, a) -> a.description = r.string(),
        (g, n, x) -> text(g, n, x.description()));
    field("madeBy", (r, a) -> a.madeBy = Optional.of(r.object(ChoiceCodec.PARTY)),
        (g, n, x) -> object(g, n, ChoiceCodec.PARTY, x.madeBy()));
    field("madeOn", (r, a) -> a.madeOn = r.optionalDate(), (g, n, x) -> date(g, n, x.madeOn()));
    field("due", (r, a) -> a.due = r.optionalDate(), (g, n, x) -> date(g, n, x.due()));
    field("outcomes", (r, a) -> a.outcomes = r.idSet(r.outcomeIds),
        (g, n, x) -> ids(g, n, x.outcomes()));
    field("dependsOn", (r, a) -> a.dependsOn = r.idSet(r.commitmentIds),
        (g, n, x) -> ids(g, n, x.dependsOn()));
    field("milestones", (r, a) -> a.milestones = r.list(MilestoneCodec.INSTANCE),
        (g, n, x) -> list(g, n, MilestoneCodec.INSTANCE, x.milestones()));
    // absent when not reported (since 0.2: 0.1 wrote NOT_STARTED and MEDIUM for none)
    field("status", (r, a) -> a.status = Optional.of(r.enumValue(CommitmentStatus.class)),
        (g, n, x) -> name(g, n, x.status()));
    field("priority", (r, a) -> a.priority = Optional.of(r.enumValue(Priority.class)),
        (g, n, x) -> name(g, n, x.priority()));
    field("collaborationMode",
        (r, a) -> a.collaborationMode = Optional.of(r.enumValue(CollaborationMode.class)),
        (g, n, x) -> name(g, n, x.collaborationMode()));
    field("phase", (r, a) -> a.phase = Optional.of(r.enumValue(Phase.class)),
        (g, n, x) -> name(g, n, x.phase()));
    field("responsibilityProtocol", (r, a) -> a.responsibilityProtocol = Optional.of(r.string()),
        (g, n, x) -> string(g, n, x.responsibilityProtocol()));
    field("conflictProtocol", (r, a) -> a.conflictProtocol = Optional.of(r.string()),
        (g, n, x) -> string(g, n, x.conflictProtocol()));
    attributesField(Commitment::attributes, (a, v) -> a.attributes = v);
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

  /** A commitment's fields as read. */
  static final class Acc {
    @Nullable CommitmentId id;
    @Nullable String title;
    String description = "";
    Optional<PartyId> madeBy = Optional.empty();
    Optional<LocalDate> madeOn = Optional.empty();
    Optional<LocalDate> due = Optional.empty();
    Set<OutcomeId> outcomes = Set.of();
    Set<CommitmentId> dependsOn = Set.of();
    List<Milestone> milestones = List.of();
    Optional<CommitmentStatus> status = Optional.empty();
    Optional<Priority> priority = Optional.empty();
    Optional<CollaborationMode> collaborationMode = Optional.empty();
    Optional<Phase> phase = Optional.empty();
    Optional<String> responsibilityProtocol = Optional.empty();
    Optional<String> conflictProtocol = Optional.empty();
    Map<String, String> attributes = Map.of();
  }
}
