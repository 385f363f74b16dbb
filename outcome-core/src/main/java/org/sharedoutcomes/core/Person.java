package org.sharedoutcomes.core;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.internal.SetOnce;

/**
 * An individual inside an agency who can hold a role, for example a public entrepreneur.
 * Immutable and thread-safe. Create with {@link #of(String, String, String)} or
 * {@link #builder(PersonId, String, AgencyId)}.
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
   * <p><b>Not part of the stable API:</b> this canonical constructor gains a parameter whenever
   * the person gains a field. Create persons with {@link #of(String, String, String)} or
   * {@link #builder(PersonId, String, AgencyId)}, or derive them with {@link #toBuilder()}.
   *
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if the name is blank
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
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

  /**
   * A builder for a person with the given id, name and agency, and no attributes until added.
   * The given values count as set: their setters are for builders from {@link #toBuilder()}.
   *
   * @param id the id
   * @param name the name
   * @param agency the person's agency
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static Builder builder(PersonId id, String name, AgencyId agency) {
    return new Builder(id, name, agency);
  }

  /**
   * A builder holding this person's fields, to derive a changed person: the name and agency may
   * each be replaced once; {@link Builder#attribute} adds to the attributes.
   *
   * @return a new builder
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Builder toBuilder() {
    Builder b = new Builder(id, name, agency);
    b.set = 0;
    b.attributes.putAll(attributes);
    return b;
  }

  /**
   * A builder of {@link Person}s. Not thread-safe; each setter checks its argument at once.
   *
   * <p>A single-valued field (name, agency) is set at most once: a second call of its setter
   * throws {@link IllegalStateException} naming the person and the field; the values given to
   * {@link Person#builder} count as set. A builder from {@link Person#toBuilder()} starts with
   * the person's values, each of which may be replaced once. {@link #attribute} adds.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private static final long NAME = 1;
    private static final long AGENCY = 1 << 1;

    private final PersonId id;
    private final Supplier<String> where;
    private long set = NAME | AGENCY;
    private String name;
    private AgencyId agency;
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(PersonId id, String name, AgencyId agency) {
      this.id = Checks.notNull(id, "person id");
      this.where = () -> "person '" + id + "' ";
      this.name = Checks.text(name, where, "name");
      this.agency = Checks.notNull(agency, where, "agency");
    }

    /** Marks a field set, after its value was checked: a setter that throws changes nothing. */
    private <T> T once(long bit, String field, T value) {
      set = SetOnce.mark(set, bit, where, field);
      return value;
    }

    /**
     * Replaces the name (once, in a builder from {@link Person#toBuilder()}).
     *
     * @param value the name, not blank
     * @return this builder
     * @throws IllegalStateException if the name is already set
     */
    public Builder name(String value) {
      this.name = once(NAME, "name", Checks.text(value, where, "name"));
      return this;
    }

    /**
     * Replaces the agency (once, in a builder from {@link Person#toBuilder()}).
     *
     * @param value the agency's id
     * @return this builder
     * @throws IllegalStateException if the agency is already set
     */
    public Builder agency(AgencyId value) {
      this.agency = once(AGENCY, "agency", Checks.notNull(value, where, "agency"));
      return this;
    }

    /**
     * Adds an attribute (replacing any with the same key).
     *
     * @param key the key, not blank
     * @param value the value
     * @return this builder
     */
    public Builder attribute(String key, String value) {
      attributes.put(Checks.text(key, where, "attribute key"),
          Checks.notNull(value, where.get() + "attribute '" + key + "'"));
      return this;
    }

    /**
     * Builds the person.
     *
     * @return the person
     */
    public Person build() {
      return new Person(id, name, agency, attributes);
    }
  }
}
