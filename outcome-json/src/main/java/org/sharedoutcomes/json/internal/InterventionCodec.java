package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.date;
import static org.sharedoutcomes.json.internal.TokenWriter.id;
import static org.sharedoutcomes.json.internal.TokenWriter.name;
import static org.sharedoutcomes.json.internal.TokenWriter.text;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Intervention;
import org.sharedoutcomes.core.InterventionKind;

/** The JSON form of an {@link Intervention}. */
final class InterventionCodec extends Codec<Intervention, InterventionCodec.Acc> {
  static final InterventionCodec INSTANCE = new InterventionCodec();

  private InterventionCodec() {
    super(Intervention.class, "intervention", "/$defs/intervention", r -> new Acc());
    required("from", (r, a) -> a.from = r.ref(r.agencyIds), (g, n, x) -> id(g, n, x.from()));
    required("to", (r, a) -> a.to = r.ref(r.agencyIds), (g, n, x) -> id(g, n, x.to()));
    field("commitment", (r, a) -> a.commitment = Optional.of(r.ref(r.commitmentIds)),
        (g, n, x) -> id(g, n, x.commitment()));
    required("kind", (r, a) -> a.kind = r.enumValue(EnumTable.INTERVENTION_KIND),
        (g, n, x) -> name(g, n, x.kind()));
    required("date", (r, a) -> a.date = r.date(), (g, n, x) -> date(g, n, x.date()));
    field("note", (r, a) -> a.note = r.string(), (g, n, x) -> text(g, n, x.note()));
    attributesField(Intervention::attributes, (a, v) -> a.attributes = v);
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  Intervention finish(TokenReader r, Acc a) {
    return new Intervention(a.from, a.to, a.commitment, a.kind, a.date, a.note, a.attributes);
  }

  /** An intervention's fields as read. */
  static final class Acc {
    @Nullable AgencyId from;
    @Nullable AgencyId to;
    Optional<CommitmentId> commitment = Optional.empty();
    @Nullable InterventionKind kind;
    @Nullable LocalDate date;
    String note = "";
    Map<String, String> attributes = Map.of();
  }
}
