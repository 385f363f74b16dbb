package org.sharedoutcomes.core;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A role a party holds on a commitment or an outcome. Roles are open: the built-in ones cover
 * RACI, IATI's organisation roles, delivery practice and the trio of roles of joined-up
 * services, and integrators define their own with {@link #of(String)}.
 *
 * <p>A role id is an upper-case word: a letter, then letters, digits or underscores (for
 * example {@code "SPONSOR"}). Immutable and thread-safe.
 *
 * @param id the role's id
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Role(String id) implements Comparable<Role> {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** RACI: answers for the result; exactly one per commitment. IATI OrganisationRole 2. */
  public static final Role ACCOUNTABLE = new Role("ACCOUNTABLE");
  /** RACI: does the work. */
  public static final Role RESPONSIBLE = new Role("RESPONSIBLE");
  /** RACI: is consulted. */
  public static final Role CONSULTED = new Role("CONSULTED");
  /** RACI: is kept informed. */
  public static final Role INFORMED = new Role("INFORMED");
  /** Leads the work among the contributors (OGP's lead institution). */
  public static final Role LEAD = new Role("LEAD");
  /** Contributes to the result (OGP's supporting institution). */
  public static final Role CONTRIBUTOR = new Role("CONTRIBUTOR");
  /** Funds the work. IATI OrganisationRole 1. */
  public static final Role FUNDER = new Role("FUNDER");
  /** Implements the work. IATI OrganisationRole 4. */
  public static final Role IMPLEMENTER = new Role("IMPLEMENTER");
  /** The centre's delivery unit, steward of delivery. */
  public static final Role DELIVERY_UNIT = new Role("DELIVERY_UNIT");
  /** A client or community that co-produces the result. */
  public static final Role CO_PRODUCER = new Role("CO_PRODUCER");
  /** The public entrepreneur who makes the collaboration happen. */
  public static final Role PUBLIC_ENTREPRENEUR = new Role("PUBLIC_ENTREPRENEUR");
  /** A senior sponsor who protects the public entrepreneur. */
  public static final Role GUARDIAN_ANGEL = new Role("GUARDIAN_ANGEL");
  /** A fellow traveller who supports the collaboration. */
  public static final Role FELLOW_TRAVELLER = new Role("FELLOW_TRAVELLER");

  private static final List<Role> BUILT_INS = List.of(ACCOUNTABLE, RESPONSIBLE, CONSULTED,
      INFORMED, LEAD, CONTRIBUTOR, FUNDER, IMPLEMENTER, DELIVERY_UNIT, CO_PRODUCER,
      PUBLIC_ENTREPRENEUR, GUARDIAN_ANGEL, FELLOW_TRAVELLER);
  private static final Map<String, Role> BY_ID =
      BUILT_INS.stream().collect(Collectors.toUnmodifiableMap(Role::id, Function.identity()));

  /**
   * Checks the id.
   *
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if {@code id} is not an upper-case word
   */
  public Role {
    if (id == null) {
      throw new NullPointerException("role id must not be null");
    }
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("role id '" + id
          + "' must be an upper-case word of at most 64 characters: a letter, then letters,"
          + " digits or underscores");
    }
  }

  /**
   * The role with the given id: a built-in one if the id is one of theirs, a custom one
   * otherwise.
   *
   * @param id the role id
   * @return the role
   */
  public static Role of(String id) {
    Role builtIn = id == null ? null : BY_ID.get(id);
    return builtIn != null ? builtIn : new Role(id);
  }

  /**
   * The built-in roles.
   *
   * @return the built-in roles, in declaration order
   */
  public static List<Role> builtIns() {
    return BUILT_INS;
  }

  /**
   * Whether this is one of the built-in roles.
   *
   * @return true for a built-in role
   */
  public boolean isBuiltIn() {
    return BY_ID.containsKey(id);
  }

  /**
   * Whether a party holding this role contributes to the work (responsible, lead, contributor,
   * funder, implementer or co-producer), as opposed to overseeing it or being kept informed.
   *
   * @return true for a contributing role
   */
  public boolean isContributing() {
    return equals(RESPONSIBLE) || equals(LEAD) || equals(CONTRIBUTOR) || equals(FUNDER)
        || equals(IMPLEMENTER) || equals(CO_PRODUCER);
  }

  @Override
  public int compareTo(Role other) {
    return id.compareTo(other.id);
  }

  /** Returns the role's id. */
  @Override
  public String toString() {
    return id;
  }
}
