package org.sharedoutcomes.core;

import java.util.Map;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * An individual inside an agency who can hold a role, for example a public entrepreneur.
 * Immutable and thread-safe.
 *
 * @param id the person's id, unique among agencies and persons
 * @param name the name, not blank
 * @param agency the agency the person works in
 * @param attributes free string attributes for integrators, sorted by key
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Person(PersonId id, String name, AgencyId agency, Map<String, String> attributes) {
  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if the name is blank
   */
  public Person {
    Checks.notNull(id, "person id");
    Checks.text(name, "person '" + id + "' name");
    Checks.notNull(agency, "person '" + id + "' agency");
    attributes = Checks.attributes(attributes, "person '" + id + "' attributes");
  }

  /**
   * A person with no attributes.
   *
   * @param id the id
   * @param name the name
   * @param agency the id of the person's agency
   * @return the person
   */
  public static Person of(String id, String name, String agency) {
    return new Person(PersonId.of(id), name, AgencyId.of(agency), Map.of());
  }
}
