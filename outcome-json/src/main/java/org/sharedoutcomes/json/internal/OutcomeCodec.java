package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.id;
import static org.sharedoutcomes.json.internal.TokenWriter.ids;
import static org.sharedoutcomes.json.internal.TokenWriter.list;
import static org.sharedoutcomes.json.internal.TokenWriter.name;
import static org.sharedoutcomes.json.internal.TokenWriter.string;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeRevision;

/** The JSON form of an {@link Outcome}. */
final class OutcomeCodec extends Codec<Outcome, OutcomeCodec.Acc> {
  static final OutcomeCodec INSTANCE = new OutcomeCodec();

  private OutcomeCodec() {
    super(Outcome.class, "outcome", "/$defs/outcome", r -> new Acc());
    required("id", (r, a) -> a.id = r.define(r.outcomeIds), (g, n, x) -> id(g, n, x.id()));
    required("statement", (r, a) -> a.statement = r.string(),
        (g, n, x) -> string(g, n, x.statement()));
    required("level", (r, a) -> a.level = r.enumValue(EnumTable.OUTCOME_LEVEL),
        (g, n, x) -> name(g, n, x.level()));
    field("parents", (r, a) -> a.parents = r.idSet(r.outcomeIds),
        (g, n, x) -> ids(g, n, x.parents()));
    field("revisions", (r, a) -> a.revisions = r.list(RevisionCodec.INSTANCE),
        (g, n, x) -> list(g, n, RevisionCodec.INSTANCE, x.revisions()));
    attributesField(Outcome::attributes, (a, v) -> a.attributes = v);
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  Outcome finish(TokenReader r, Acc a) {
    return new Outcome(a.id, a.statement, a.level, a.parents, a.revisions, a.attributes);
  }

  /** An outcome's fields as read. */
  static final class Acc {
    @Nullable OutcomeId id;
    @Nullable String statement;
    @Nullable OutcomeLevel level;
    Set<OutcomeId> parents = Set.of();
    List<OutcomeRevision> revisions = List.of();
    Map<String, String> attributes = Map.of();
  }
}
