package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.id;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.RoleTarget;

/**
 * The JSON form of a reference to an entity of one of two kinds, as an object of one field
 * named by the kind: a party, {@code {"agency": id}} or {@code {"person": id}}; a role target,
 * {@code {"commitment": id}} or {@code {"outcome": id}}.
 *
 * @param <T> the reference type (the two kinds' common interface)
 */
final class ChoiceCodec<T extends EntityId> extends Codec<T, ChoiceCodec.Acc<T>> {
  /** A party: an agency or a person. */
  static final ChoiceCodec<PartyId> PARTY = new ChoiceCodec<>(PartyId.class, "party",
      "/$defs/party", "agency", AgencyId.class, r -> r.agencyIds, "person", PersonId.class,
      r -> r.personIds);
  /** What a role or a contribution is on: a commitment or an outcome. */
  static final ChoiceCodec<RoleTarget> TARGET = new ChoiceCodec<>(RoleTarget.class,
      "role target", "/$defs/roleTarget", "commitment", CommitmentId.class,
      r -> r.commitmentIds, "outcome", OutcomeId.class, r -> r.outcomeIds);

  private final Field<T, Acc<T>> one;
  private final Field<T, Acc<T>> other;

  private <A extends T, B extends T> ChoiceCodec(Class<T> type, String what, String schema,
      String oneName, Class<A> oneType, Function<TokenReader, IdTable<A>> oneIds,
      String otherName, Class<B> otherType, Function<TokenReader, IdTable<B>> otherIds) {
    super(type, what, schema, r -> new Acc<>());
    one = choice(oneName, oneType, oneIds);
    other = choice(otherName, otherType, otherIds);
  }

  private <K extends T> Field<T, Acc<T>> choice(String name, Class<K> kind,
      Function<TokenReader, IdTable<K>> ids) {
    return field(name, (r, a) -> a.value = only(r, a, r.ref(ids.apply(r))), (g, n, x) -> {
      if (kind.isInstance(x)) {
        id(g, n, x);
      }
    });
  }

  private T only(TokenReader r, Acc<T> a, T next) {
    if (a.value != null) {
      throw r.fail("a " + what() + " is either {\"" + one.name() + "\": id} or {\""
          + other.name() + "\": id}, not both");
    }
    return next;
  }

  @Override
  T finish(TokenReader r, Acc<T> a) {
    T value = a.value;
    if (value == null) {
      throw r.missing(one.name() + "\" or \"" + other.name(), what());
    }
    return value;
  }

  /** The reference as read. */
  static final class Acc<T> {
    @Nullable T value;
  }
}
