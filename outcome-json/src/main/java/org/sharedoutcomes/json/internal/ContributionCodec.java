package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.date;
import static org.sharedoutcomes.json.internal.TokenWriter.id;
import static org.sharedoutcomes.json.internal.TokenWriter.object;
import static org.sharedoutcomes.json.internal.TokenWriter.string;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.ContributionKind;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.RoleTarget;

/**
 * The JSON form of a {@link Contribution}: {@code {"party": {"agency": id}, "target":
 * {"commitment": id}, "kind", "amount", "unit"}}, with optional {@code "from"}, {@code "to"},
 * {@code "reporter"} and {@code "attributes"}. The amount is an exact decimal
 * ({@link TokenWriter#decimal}, {@link TokenReader#decimal}).
 */
final class ContributionCodec extends Codec<Contribution, ContributionCodec.Acc> {
  static final ContributionCodec INSTANCE = new ContributionCodec();

  private final Field<Contribution, Acc> from;
  private final Field<Contribution, Acc> to;

  private ContributionCodec() {
    super(Contribution.class, "contribution", "/$defs/contribution", r -> new Acc());
    required("party", (r, a) -> a.party = r.object(ChoiceCodec.PARTY),
        (g, n, x) -> object(g, n, ChoiceCodec.PARTY, x.party()));
    required("target", (r, a) -> a.target = r.object(ChoiceCodec.TARGET),
        (g, n, x) -> object(g, n, ChoiceCodec.TARGET, x.target()));
    required("kind", (r, a) -> a.kind = ContributionKind.of(r.string()),
        (g, n, x) -> string(g, n, x.kind().id()));
    required("amount", (r, a) -> a.amount = r.decimal("amount"),
        (g, n, x) -> TokenWriter.decimal(g, n, x.amount()));
    required("unit", (r, a) -> a.unit = r.string(), (g, n, x) -> string(g, n, x.unit()));
    from = field("from", (r, a) -> a.from = r.optionalDate(), (g, n, x) -> date(g, n, x.from()));
    to = field("to", (r, a) -> a.to = r.optionalDate(), (g, n, x) -> date(g, n, x.to()));
    field("reporter", (r, a) -> a.reporter = Optional.of(r.ref(r.agencyIds)),
        (g, n, x) -> id(g, n, x.reporter()));
    attributesField(Contribution::attributes, (a, v) -> a.attributes = v);
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  Contribution finish(TokenReader r, Acc a) {
    if (a.from.isPresent() && a.to.isPresent() && a.to.get().isBefore(a.from.get())) {
      throw r.fail("a contribution's \"" + to.name() + "\" (" + a.to.get() + ") is before its \""
          + from.name() + "\" (" + a.from.get() + ")");
    }
    // the canonical constructor checks the unit and the amount's digit limits; the model's
    // build() checks that the party, target and reporter exist
    return new Contribution(a.party, a.target, a.kind, a.amount, a.unit, a.from, a.to,
        a.reporter, a.attributes);
  }

  /** A contribution's fields as read. */
  static final class Acc {
    @Nullable PartyId party;
    @Nullable RoleTarget target;
    @Nullable ContributionKind kind;
    @Nullable BigDecimal amount;
    @Nullable String unit;
    Optional<LocalDate> from = Optional.empty();
    Optional<LocalDate> to = Optional.empty();
    Optional<AgencyId> reporter = Optional.empty();
    Map<String, String> attributes = Map.of();
  }
}
