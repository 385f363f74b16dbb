package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.id;
import static org.sharedoutcomes.json.internal.TokenWriter.string;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.PersonId;

/** The JSON form of a {@link Person}. */
final class PersonCodec extends Codec<Person, PersonCodec.Acc> {
  static final PersonCodec INSTANCE = new PersonCodec();

  private PersonCodec() {
    super(Person.class, "person", "/$defs/person", r -> new Acc());
    required("id", (r, a) -> a.id = r.define(r.personIds), (g, n, x) -> id(g, n, x.id()));
    required("name", (r, a) -> a.name = r.string(), (g, n, x) -> string(g, n, x.name()));
    required("agency", (r, a) -> a.agency = r.ref(r.agencyIds),
        (g, n, x) -> id(g, n, x.agency()));
    attributesField(Person::attributes, (a, v) -> a.attributes = v);
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  Person finish(TokenReader r, Acc a) {
    return new Person(a.id, a.name, a.agency, a.attributes);
  }

  /** A person's fields as read. */
  static final class Acc {
    @Nullable PersonId id;
    @Nullable String name;
    @Nullable AgencyId agency;
    Map<String, String> attributes = Map.of();
  }
}
