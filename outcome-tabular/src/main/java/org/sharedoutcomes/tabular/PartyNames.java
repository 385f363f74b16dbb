package org.sharedoutcomes.tabular;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.GovernmentLevel;

/**
 * How the party names written in cells become agencies: normalisation, an alias table for typos
 * and variant spellings, and agencies known in advance.
 *
 * <p><b>Normalisation.</b> A name's {@link #key(String) key} is its Unicode NFKC form in lower
 * case, with every run of characters other than letters and digits read as one space and the
 * ends trimmed: {@code "Finance"}, {@code "finance"}, {@code " FINANCE "} and
 * {@code "Finance."} have the key {@code "finance"}, and {@code "Immigration, Refugees and
 * Citizenship Canada"} the key {@code "immigration refugees and citizenship canada"}. Names
 * with the same key are one party. A name with no letter or digit ({@code "???"}, {@code "-"})
 * has an empty key and names no party: the importer reports it as a row problem.
 *
 * <p><b>Aliases.</b> {@link Builder#alias(String, String)} maps a variant's key to a canonical
 * name's key ({@code alias("Minister of Finanse", "Finance")}), so typos and variants map to one
 * agency. Aliases are not followed in chains: an alias must point at a name that is not itself
 * an alias.
 *
 * <p><b>Agencies.</b> A name whose (alias-resolved) key belongs to an agency given to
 * {@link Builder#agency(Agency, String...)} is that agency. Any other name becomes a new agency
 * of the builder's kind and level (a national department by default) whose id is the key with
 * hyphens for spaces ({@code "immigration-refugees-and-citizenship-canada"}) and whose name is
 * the canonical name of its alias or, without one, the first spelling met (white space
 * collapsed).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class PartyNames {
  private static final PartyNames STANDARD = builder().build();

  private final Map<String, String> aliases;
  private final Map<String, String> aliasNames;
  private final Map<String, Agency> agencies;
  private final Map<AgencyId, Agency> agenciesById;
  private final AgencyKind kind;
  private final GovernmentLevel level;

  private PartyNames(Builder b) {
    this.aliases = Map.copyOf(b.aliases);
    this.aliasNames = Map.copyOf(b.aliasNames);
    this.agencies = Map.copyOf(b.agencies);
    Map<AgencyId, Agency> byId = new LinkedHashMap<>();
    b.agencies.values().forEach(a -> byId.put(a.id(), a));
    this.agenciesById = Map.copyOf(byId);
    this.kind = b.kind;
    this.level = b.level;
  }

  /**
   * Normalisation only: no aliases, no known agencies, new agencies national departments.
   *
   * @return the standard names
   */
  public static PartyNames standard() {
    return STANDARD;
  }

  /**
   * A builder for an alias table.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The normalised key of a name (see the class comment).
   *
   * @param name a name
   * @return the key; empty if the name has no letter or digit
   */
  public static String key(String name) {
    String n = Normalizer.normalize(Objects.requireNonNull(name, "name must not be null"),
        Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(n.length());
    boolean gap = false;
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.appendCodePoint(cp);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /**
   * The agency id a name stands for, after normalisation and aliases.
   *
   * @param name a name
   * @return the id; empty if the name has no letter or digit, or its id would be longer than
   *     ids may be
   */
  public Optional<AgencyId> idFor(String name) {
    return resolve(name).map(Agency::id);
  }

  /**
   * The agency a name stands for: a known agency, or a new one made from the name.
   *
   * @param name a name
   * @return the agency; empty if the name has no letter or digit, or its id would be longer
   *     than ids may be
   */
  public Optional<Agency> resolve(String name) {
    String key = key(name);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String display = collapse(name);
    String target = aliases.get(key);
    if (target != null) {
      key = target;
      display = java.util.Objects.requireNonNull(aliasNames.get(target));
    }
    Agency known = agencies.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    String id = key.replace(' ', '-');
    if (id.length() > 256) {
      return Optional.empty();
    }
    Agency byId = agenciesById.get(AgencyId.of(id));
    if (byId != null) {
      return Optional.of(byId);
    }
    return Optional.of(Agency.of(id, display, kind, level));
  }

  private static String collapse(String name) {
    return name.strip().replaceAll("\\s+", " ");
  }

  /** Builds {@link PartyNames}. Not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final Map<String, String> aliasNames = new LinkedHashMap<>();
    private final Map<String, Agency> agencies = new LinkedHashMap<>();
    private AgencyKind kind = AgencyKind.DEPARTMENT;
    private GovernmentLevel level = GovernmentLevel.NATIONAL;

    private Builder() {}

    private static String nonEmptyKey(String name, String what) {
      String k = key(name);
      if (k.isEmpty()) {
        throw new IllegalArgumentException(what + " '" + name + "' has no letter or digit");
      }
      return k;
    }

    /**
     * Maps a variant spelling (or typo) to a canonical name.
     *
     * @param variant the variant, for example {@code "Minister of Finanse"}
     * @param canonical the name it stands for, for example {@code "Finance"}
     * @return this builder
     * @throws IllegalArgumentException if either has no letter or digit, the canonical name is
     *     itself an alias, or the variant is already an alias of another name
     */
    public Builder alias(String variant, String canonical) {
      String v = nonEmptyKey(variant, "alias");
      String c = nonEmptyKey(canonical, "canonical name");
      if (aliases.containsKey(c)) {
        throw new IllegalArgumentException("canonical name '" + canonical
            + "' is itself an alias (of '" + aliases.get(c) + "'); aliases are not chained");
      }
      if (aliases.containsValue(v)) {
        throw new IllegalArgumentException("'" + variant + "' is the canonical name of other"
            + " aliases; aliases are not chained");
      }
      String previous = aliases.get(v);
      if (previous != null && !previous.equals(c)) {
        throw new IllegalArgumentException("alias '" + variant + "' already stands for '"
            + previous + "'");
      }
      if (v.equals(c)) {
        return this;
      }
      aliases.put(v, c);
      aliasNames.putIfAbsent(c, collapse(canonical));
      return this;
    }

    /**
     * An agency known in advance, named by its name and any other names given.
     *
     * @param agency the agency
     * @param otherNames more names for it
     * @return this builder
     * @throws IllegalArgumentException if a name has no letter or digit or already names
     *     another agency
     */
    public Builder agency(Agency agency, String... otherNames) {
      Objects.requireNonNull(agency, "agency must not be null");
      put(nonEmptyKey(agency.name(), "agency name"), agency);
      for (String n : otherNames) {
        put(nonEmptyKey(n, "agency name"), agency);
      }
      return this;
    }

    private void put(String key, Agency agency) {
      Agency previous = agencies.putIfAbsent(key, agency);
      if (previous != null && !previous.id().equals(agency.id())) {
        throw new IllegalArgumentException("name '" + key + "' already names agency '"
            + previous.id() + "'");
      }
    }

    /**
     * The kind of agencies made from names.
     *
     * @param value the kind (department by default)
     * @return this builder
     */
    public Builder kind(AgencyKind value) {
      kind = Objects.requireNonNull(value, "kind must not be null");
      return this;
    }

    /**
     * The level of government of agencies made from names.
     *
     * @param value the level (national by default)
     * @return this builder
     */
    public Builder level(GovernmentLevel value) {
      level = Objects.requireNonNull(value, "level must not be null");
      return this;
    }

    /**
     * Builds the names.
     *
     * @return the names
     */
    public PartyNames build() {
      return new PartyNames(this);
    }
  }
}
