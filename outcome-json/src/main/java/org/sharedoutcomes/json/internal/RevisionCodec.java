package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.date;
import static org.sharedoutcomes.json.internal.TokenWriter.string;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.OutcomeRevision;

/** The JSON form of an {@link OutcomeRevision}. */
final class RevisionCodec extends Codec<OutcomeRevision, RevisionCodec.Acc> {
  static final RevisionCodec INSTANCE = new RevisionCodec();

  private RevisionCodec() {
    super(OutcomeRevision.class, "revision", "/$defs/outcome/properties/revisions/items",
        r -> new Acc());
    required("statement", (r, a) -> a.statement = r.string(),
        (g, n, x) -> string(g, n, x.statement()));
    required("replacedOn", (r, a) -> a.replacedOn = r.date(),
        (g, n, x) -> date(g, n, x.replacedOn()));
    required("reason", (r, a) -> a.reason = r.string(), (g, n, x) -> string(g, n, x.reason()));
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  OutcomeRevision finish(TokenReader r, Acc a) {
    return new OutcomeRevision(a.statement, a.replacedOn, a.reason);
  }

  /** A revision's fields as read. */
  static final class Acc {
    @Nullable String statement;
    @Nullable LocalDate replacedOn;
    @Nullable String reason;
  }
}
