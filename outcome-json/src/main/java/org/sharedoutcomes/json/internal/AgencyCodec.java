package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.id;
import static org.sharedoutcomes.json.internal.TokenWriter.name;
import static org.sharedoutcomes.json.internal.TokenWriter.string;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.GovernmentLevel;

/** The JSON form of an {@link Agency}. */
final class AgencyCodec extends Codec<Agency, AgencyCodec.Acc> {
  static final AgencyCodec INSTANCE = new AgencyCodec();

  private AgencyCodec() {
    super(Agency.class, "agency", "/$defs/agency", r -> new Acc());
    required("id", (r, a) -> a.id = r.define(r.agencyIds), (g, n, x) -> id(g, n, x.id()));
    required("name", (r, a) -> a.name = r.string(), (g, n, x) -> string(g, n, x.name()));
    required("kind", (r, a) -> a.kind = r.enumValue(EnumTable.AGENCY_KIND),
        (g, n, x) -> name(g, n, x.kind()));
    required("level", (r, a) -> a.level = r.enumValue(EnumTable.GOVERNMENT_LEVEL),
        (g, n, x) -> name(g, n, x.level()));
    field("jurisdiction", (r, a) -> a.jurisdiction = Optional.of(r.string()),
        (g, n, x) -> string(g, n, x.jurisdiction()));
    field("parent", (r, a) -> a.parent = Optional.of(r.ref(r.agencyIds)),
        (g, n, x) -> id(g, n, x.parent()));
    attributesField(Agency::attributes, (a, v) -> a.attributes = v);
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  Agency finish(TokenReader r, Acc a) {
    // Agency.of covers only the required fields; the canonical constructor takes them all
    return new Agency(a.id, a.name, a.kind, a.level, a.jurisdiction, a.parent, a.attributes);
  }

  /** An agency's fields as read. */
  static final class Acc {
    @Nullable AgencyId id;
    @Nullable String name;
    @Nullable AgencyKind kind;
    @Nullable GovernmentLevel level;
    Optional<String> jurisdiction = Optional.empty();
    Optional<AgencyId> parent = Optional.empty();
    Map<String, String> attributes = Map.of();
  }
}
