package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.id;

import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.PersonId;

/** The JSON form of a party: {@code {"agency": id}} or {@code {"person": id}}. */
final class PartyCodec extends Codec<PartyId, PartyCodec.Acc> {
  static final PartyCodec INSTANCE = new PartyCodec();

  private final Field<PartyId, Acc> agency;
  private final Field<PartyId, Acc> person;

  private PartyCodec() {
    super(PartyId.class, "party", "/$defs/party", r -> new Acc());
    agency = field("agency", (r, a) -> a.party = one(r, a, r.ref(r.agencyIds)),
        (g, n, x) -> {
          if (x instanceof AgencyId) {
            id(g, n, x);
          }
        });
    person = field("person", (r, a) -> a.party = one(r, a, r.ref(r.personIds)),
        (g, n, x) -> {
          if (x instanceof PersonId) {
            id(g, n, x);
          }
        });
  }

  private static PartyId one(TokenReader r, Acc a, PartyId next) {
    if (a.party != null) {
      throw r.fail("a party is either {\"agency\": id} or {\"person\": id}, not both");
    }
    return next;
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  PartyId finish(TokenReader r, Acc a) {
    if (a.party == null) {
      throw r.missing(agency.name() + "\" or \"" + person.name(), what());
    }
    return a.party;
  }

  /** The party as read. */
  static final class Acc {
    @Nullable PartyId party;
  }
}
