package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.date;
import static org.sharedoutcomes.json.internal.TokenWriter.id;
import static org.sharedoutcomes.json.internal.TokenWriter.plain;

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
import tools.jackson.core.JsonGenerator;

/**
 * The JSON form of a {@link RoleAssignment}: its target as {@code "commitment"} or
 * {@code "outcome"}, its holder as {@code "agency"} or {@code "person"}.
 */
final class RoleCodec extends Codec<RoleAssignment, RoleCodec.Acc> {
  private static final String COMMITMENT_NAME = "commitment";
  private static final String OUTCOME_NAME = "outcome";
  private static final String AGENCY_NAME = "agency";
  private static final String PERSON_NAME = "person";
  private static final Field<RoleAssignment, Acc> COMMITMENT = Field.optional(COMMITMENT_NAME,
      (r, a) -> a.target = target(r, a, r.ref(r.commitmentIds)), (g, n, x) -> {
        if (x.target() instanceof CommitmentId) {
          id(g, n, x.target());
        }
      });
  private static final Field<RoleAssignment, Acc> OUTCOME = Field.optional(OUTCOME_NAME,
      (r, a) -> a.target = target(r, a, r.ref(r.outcomeIds)), (g, n, x) -> {
        if (x.target() instanceof OutcomeId) {
          id(g, n, x.target());
        }
      });
  private static final Field<RoleAssignment, Acc> ROLE = Field.required("role",
      (r, a) -> a.role = r.roleValue(), (g, n, x) -> plain(g, n, x.role().id()));
  private static final Field<RoleAssignment, Acc> AGENCY = Field.optional(AGENCY_NAME,
      (r, a) -> a.party = party(r, a, r.ref(r.agencyIds)), (g, n, x) -> {
        if (x.party() instanceof AgencyId) {
          id(g, n, x.party());
        }
      });
  private static final Field<RoleAssignment, Acc> PERSON = Field.optional(PERSON_NAME,
      (r, a) -> a.party = party(r, a, r.ref(r.personIds)), (g, n, x) -> {
        if (x.party() instanceof PersonId) {
          id(g, n, x.party());
        }
      });
  private static final Field<RoleAssignment, Acc> FROM = Field.optional("from",
      (r, a) -> a.from = r.optionalDate(), (g, n, x) -> date(g, n, x.from()));
  private static final Field<RoleAssignment, Acc> TO = Field.optional("to",
      (r, a) -> a.to = r.optionalDate(), (g, n, x) -> date(g, n, x.to()));
  private static final Field<RoleAssignment, Acc> ATTRIBUTES =
      Codec.attributesOf(RoleAssignment::attributes, (a, v) -> a.attributes = v);

  static final RoleCodec INSTANCE = new RoleCodec();

  private RoleCodec() {
    super(RoleAssignment.class, "role", "/$defs/role", r -> new Acc());
    add(COMMITMENT, OUTCOME, ROLE, AGENCY, PERSON, FROM, TO, ATTRIBUTES);
    reuse(Acc::reset);
  }

  /**
   * The fields in the table's order, one call each (a document holds millions of roles); of
   * the two target fields and the two party fields, only the one that writes is called.
   */
  @Override
  void writeFields(JsonGenerator g, RoleAssignment x) {
    if (x.target() instanceof CommitmentId) {
      COMMITMENT.write(g, x);
    } else {
      OUTCOME.write(g, x);
    }
    ROLE.write(g, x);
    if (x.party() instanceof AgencyId) {
      AGENCY.write(g, x);
    } else {
      PERSON.write(g, x);
    }
    FROM.write(g, x);
    TO.write(g, x);
    ATTRIBUTES.write(g, x);
  }

  /** The fields in the table's order, one call each. */
  @Override
  void readField(int at, TokenReader r, Acc a) {
    switch (at) {
      case 0 -> COMMITMENT.read(r, a);
      case 1 -> OUTCOME.read(r, a);
      case 2 -> ROLE.read(r, a);
      case 3 -> AGENCY.read(r, a);
      case 4 -> PERSON.read(r, a);
      case 5 -> FROM.read(r, a);
      case 6 -> TO.read(r, a);
      default -> ATTRIBUTES.read(r, a);
    }
  }

  private static RoleTarget target(TokenReader r, Acc a, RoleTarget next) {
    return r.only(a.target, next, COMMITMENT_NAME, OUTCOME_NAME);
  }

  private static PartyId party(TokenReader r, Acc a, PartyId next) {
    return r.only(a.party, next, AGENCY_NAME, PERSON_NAME);
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  RoleAssignment finish(TokenReader r, Acc a) {
    if (a.party == null) {
      throw r.missing(AGENCY_NAME + "\" or \"" + PERSON_NAME, what());
    }
    if (a.target == null) {
      throw r.missing(COMMITMENT_NAME + "\" or \"" + OUTCOME_NAME, what());
    }
    // RoleAssignment.of covers party, role and target only
    return new RoleAssignment(a.party, a.role, a.target, a.from, a.to, a.attributes);
  }

  /** A role assignment's fields as read; one per token reader, reset before each role. */
  static final class Acc {
    @Nullable RoleTarget target;
    @Nullable Role role;
    @Nullable PartyId party;
    Optional<LocalDate> from;
    Optional<LocalDate> to;
    Map<String, String> attributes;

    Acc() {
      reset();
    }

    /** Every field to its initial value, as a new accumulator has it. */
    void reset() {
      target = null;
      role = null;
      party = null;
      from = Optional.empty();
      to = Optional.empty();
      attributes = Map.of();
    }
  }
}
