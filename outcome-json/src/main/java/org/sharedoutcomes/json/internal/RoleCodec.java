package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.date;
import static org.sharedoutcomes.json.internal.TokenWriter.id;
import static org.sharedoutcomes.json.internal.TokenWriter.string;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.RoleTarget;

/**
 * The JSON form of a {@link RoleAssignment}: its target as {@code "commitment"} or
 * {@code "outcome"}, its holder as {@code "agency"} or {@code "person"}.
 */
final class RoleCodec extends Codec<RoleAssignment, RoleCodec.Acc> {
  static final RoleCodec INSTANCE = new RoleCodec();

  private final String commitment = "commitment";
  private final String outcome = "outcome";
  private final String agency = "agency";
  private final String person = "person";

  private RoleCodec() {
    super(RoleAssignment.class, "role", "/$defs/role", r -> new Acc());
    field(commitment, (r, a) -> a.target = target(r, a, r.ref(r.commitmentIds)),
        (g, n, x) -> {
          if (x.target() instanceof CommitmentId) {
            id(g, n, x.target());
          }
        });
    field(outcome, (r, a) -> a.target = target(r, a, r.ref(r.outcomeIds)),
        (g, n, x) -> {
          if (x.target() instanceof OutcomeId) {
            id(g, n, x.target());
          }
        });
    required("role", (r, a) -> a.role = r.roleValue(), (g, n, x) -> string(g, n, x.role().id()));
    field(agency, (r, a) -> a.party = party(r, a, r.ref(r.agencyIds)),
        (g, n, x) -> {
          if (x.party() instanceof AgencyId) {
            id(g, n, x.party());
          }
        });
    field(person, (r, a) -> a.party = party(r, a, r.ref(r.personIds)),
        (g, n, x) -> {
          if (x.party() instanceof PersonId) {
            id(g, n, x.party());
          }
        });
    field("from", (r, a) -> a.from = r.optionalDate(), (g, n, x) -> date(g, n, x.from()));
    field("to", (r, a) -> a.to = r.optionalDate(), (g, n, x) -> date(g, n, x.to()));
    attributesField(RoleAssignment::attributes, (a, v) -> a.attributes = v);
  }

  private RoleTarget target(TokenReader r, Acc a, RoleTarget next) {
    return r.only(a.target, next, commitment, outcome);
  }

  private PartyId party(TokenReader r, Acc a, PartyId next) {
    return r.only(a.party, next, agency, person);
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  RoleAssignment finish(TokenReader r, Acc a) {
    if (a.party == null) {
      throw r.missing(agency + "\" or \"" + person, what());
    }
    if (a.target == null) {
      throw r.missing(commitment + "\" or \"" + outcome, what());
    }
    // RoleAssignment.of covers party, role and target only
    return new RoleAssignment(a.party, a.role, a.target, a.from, a.to, a.attributes);
  }

  /** A role assignment's fields as read. */
  static final class Acc {
    @Nullable RoleTarget target;
    @Nullable Role role;
    @Nullable PartyId party;
    Optional<LocalDate> from = Optional.empty();
    Optional<LocalDate> to = Optional.empty();
    Map<String, String> attributes = Map.of();
  }
}
