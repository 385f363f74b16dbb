package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.id;
import static org.sharedoutcomes.json.internal.TokenWriter.instant;
import static org.sharedoutcomes.json.internal.TokenWriter.object;
import static org.sharedoutcomes.json.internal.TokenWriter.string;
import static org.sharedoutcomes.json.internal.TokenWriter.text;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.ConflictId;
import org.sharedoutcomes.core.ConflictSubject;
import org.sharedoutcomes.core.PartyId;

/** The JSON form of a {@link Conflict}. */
final class ConflictCodec extends Codec<Conflict, ConflictCodec.Acc> {
  static final ConflictCodec INSTANCE = new ConflictCodec();

  private ConflictCodec() {
    super(Conflict.class, "conflict", "/$defs/conflict", r -> new Acc());
    required("id", (r, a) -> a.id = ConflictId.of(r.string()), (g, n, x) -> id(g, n, x.id()));
    required("subject", (r, a) -> a.subject = r.object(SubjectCodec.INSTANCE),
        (g, n, x) -> object(g, n, SubjectCodec.INSTANCE, x.subject()));
    required("parties", (r, a) -> a.parties = parties(r), (g, n, x) -> {
      g.writeName(n);
      TokenWriter.array(g, ChoiceCodec.PARTY, x.parties());
    });
    required("raisedBy", (r, a) -> a.raisedBy = r.object(ChoiceCodec.PARTY),
        (g, n, x) -> object(g, n, ChoiceCodec.PARTY, x.raisedBy()));
    required("raisedAt", (r, a) -> a.raisedAt = r.instant(),
        (g, n, x) -> instant(g, n, x.raisedAt()));
    field("description", (r, a) -> a.description = r.string(),
        (g, n, x) -> text(g, n, x.description()));
    field("protocol", (r, a) -> a.protocol = Optional.of(r.string()),
        (g, n, x) -> string(g, n, x.protocol()));
    attributesField(Conflict::attributes, (a, v) -> a.attributes = v);
  }

  private static Set<PartyId> parties(TokenReader r) {
    r.startArray();
    Set<PartyId> set = new LinkedHashSet<>();
    while (r.nextElement()) {
      if (!set.add(ChoiceCodec.PARTY.read(r))) {
        throw r.fail("a conflict lists the same party twice");
      }
    }
    return set;
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  Conflict finish(TokenReader r, Acc a) {
    return new Conflict(a.id, a.subject, a.parties, a.raisedBy, a.raisedAt, a.description,
        a.protocol, a.attributes);
  }

  /** A conflict's fields as read. */
  static final class Acc {
    @Nullable ConflictId id;
    @Nullable ConflictSubject subject;
    @Nullable Set<PartyId> parties;
    @Nullable PartyId raisedBy;
    @Nullable Instant raisedAt;
    String description = "";
    Optional<String> protocol = Optional.empty();
    Map<String, String> attributes = Map.of();
  }
}
