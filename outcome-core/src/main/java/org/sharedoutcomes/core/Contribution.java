package org.sharedoutcomes.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.internal.SetOnce;
import org.sharedoutcomes.core.protocol.Fraction;

/**
 * What a party (an agency or a person) puts into a commitment or an outcome: an amount of a
 * unit or currency, of a kind (funding, staff, in kind...), optionally over a period and as
 * reported by an agency. Contributions are what credit and blame between agencies are usually
 * argued over, and what IATI transactions and budgets record; the {@code shapley}
 * responsibility protocol builds its {@code additive-contributions} game from them.
 *
 * <p><b>Units.</b> The unit is an ISO 4217 currency code ({@code "EUR"}, {@code "CAD"}; see
 * {@link #currency()}) or any other unit ({@code "FTE"}, {@code "person-days"}). Amounts are
 * added only within one unit, compared exactly: {@link #totalsByUnit(Collection)} gives one
 * total per unit and never converts between currencies.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder} or {@link #of}:
 *
 * <pre>{@code
 * Contribution c = Contribution.builder(AgencyId.of("esdc"), CommitmentId.of("ccb"),
 *         ContributionKind.FUNDING, new BigDecimal("2500000"), "CAD")
 *     .from(LocalDate.of(2025, 4, 1)).to(LocalDate.of(2026, 3, 31))
 *     .reporter(AgencyId.of("tbs"))
 *     .build();
 * }</pre>
 *
 * @param party who contributes
 * @param target the commitment or outcome contributed to
 * @param kind what kind of input it is
 * @param amount how much, not negative, without trailing zeros ({@code 2.50} is kept as
 *     {@code 2.5}), at most {@value Fraction#MAX_DIGITS} digits and an exponent within
 *     &plusmn;{@value Fraction#MAX_EXPONENT}
 * @param unit the currency code or unit of {@code amount}: not blank, at most 64 characters,
 *     no surrounding white space or control characters
 * @param from the first day of the period it covers, if bounded
 * @param to the last day of the period it covers, if bounded
 * @param reporter the agency that reported it, if recorded
 * @param attributes free string attributes for integrators, sorted by key
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Contribution(
    PartyId party,
    RoleTarget target,
    ContributionKind kind,
    BigDecimal amount,
    String unit,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<AgencyId> reporter,
    Map<String, String> attributes) {

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  /** The most characters of a unit: {@value}. */
  public static final int MAX_UNIT_LENGTH = 64;

  /**
   * The canonical order in a model: by target and party ({@link EntityId#ORDER}), kind, unit,
   * first day (an open start first), last day (an open end last), amount, reporter and
   * attributes, so that a model's list does not depend on the order contributions were added
   * in.
   */
  public static final Comparator<Contribution> ORDER = Comparator
      .comparing(Contribution::target, EntityId.ORDER)
      .thenComparing(Contribution::party, EntityId.ORDER)
      .thenComparing(Contribution::kind)
      .thenComparing(Contribution::unit)
      .thenComparing(c -> c.from().orElse(LocalDate.MIN))
      .thenComparing(c -> c.to().orElse(LocalDate.MAX))
      .thenComparing(Contribution::amount)
      .thenComparing(c -> c.reporter().map(AgencyId::value).orElse(""))
      .thenComparing(Contribution::attributes, Checks.ATTRIBUTE_ORDER);

  /**
   * Checks and copies the fields.
   *
   * <p><b>Not part of the stable API:</b> this canonical constructor gains a parameter whenever
   * the contribution gains a field. Create contributions with {@link #of} or {@link #builder},
   * or derive them with {@link #toBuilder()}.
   *
   * @throws NullPointerException if any field is null
   * @throws IllegalArgumentException if the amount is negative or beyond the digit limits, the
   *     unit is blank or too long, or {@code to} is before {@code from}
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public Contribution {
    Checks.notNull(party, "contribution party");
    Checks.notNull(target, "contribution target");
    Supplier<String> where = () -> "contribution of '" + party + "' to '" + target + "' ";
    Checks.notNull(kind, where, "kind");
    amount = checkAmount(amount, where);
    unit = checkUnit(unit, where);
    Checks.optional(from, where, "from");
    Checks.optional(to, where, "to");
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException(
          where.get() + "ends (" + to.get() + ") before it starts (" + from.get() + ")");
    }
    Checks.optional(reporter, where, "reporter");
    attributes = Checks.attributes(attributes, where, "attributes");
  }

  private static BigDecimal checkAmount(BigDecimal amount, Supplier<String> where) {
    Checks.notNull(amount, where, "amount");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException(where.get() + "amount is " + amount.toPlainString()
          + "; it must not be negative");
    }
    if (amount.signum() == 0) {
      return BigDecimal.ZERO;
    }
    try {
      Fraction.of(amount); // the digit and exponent limits of exact arithmetic
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where.get() + "amount: " + e.getMessage(), e);
    }
    return amount.stripTrailingZeros();
  }

  private static String checkUnit(String unit, Supplier<String> where) {
    Checks.notNull(unit, where, "unit");
    if (unit.length() > MAX_UNIT_LENGTH) {
      throw new IllegalArgumentException(where.get() + "unit '" + Checks.abbreviate(unit)
          + "' is longer than " + MAX_UNIT_LENGTH + " characters");
    }
    return Checks.id(unit, where, "unit");
  }

  /**
   * An open-ended contribution with no reporter and no attributes.
   *
   * @param party who contributes
   * @param target the commitment or outcome
   * @param kind the kind of input
   * @param amount how much, not negative
   * @param unit the currency code or unit
   * @return the contribution
   */
  public static Contribution of(PartyId party, RoleTarget target, ContributionKind kind,
      BigDecimal amount, String unit) {
    return new Contribution(party, target, kind, amount, unit, Optional.empty(),
        Optional.empty(), Optional.empty(), Map.of());
  }

  /**
   * A builder for a contribution, open-ended and with no reporter or attributes until set. The
   * given values count as set: their setters are for builders from {@link #toBuilder()}.
   *
   * @param party who contributes
   * @param target the commitment or outcome
   * @param kind the kind of input
   * @param amount how much, not negative
   * @param unit the currency code or unit
   * @return a new builder
   */
  public static Builder builder(PartyId party, RoleTarget target, ContributionKind kind,
      BigDecimal amount, String unit) {
    return new Builder(party, target, kind, amount, unit);
  }

  /**
   * A builder holding this contribution's fields, to derive a changed one: each single-valued
   * field may be replaced once; {@link Builder#attribute} adds to the attributes.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(party, target, kind, amount, unit);
    b.set = 0;
    b.from = from;
    b.to = to;
    b.reporter = reporter;
    b.attributes.putAll(attributes);
    return b;
  }

  /**
   * The currency, if the unit is an ISO 4217 currency code (three upper-case letters the JDK
   * knows, such as {@code "EUR"}).
   *
   * @return the currency, or empty for other units
   */
  public Optional<Currency> currency() {
    if (!CURRENCY.matcher(unit).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Currency.getInstance(unit));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The total amount per unit of some contributions: amounts are added only within one unit
   * (compared exactly, so {@code "EUR"} and {@code "eur"} are two units) and never across
   * currencies.
   *
   * @param contributions the contributions
   * @return the total of each unit, by unit; empty if there are none
   */
  public static SortedMap<String, BigDecimal> totalsByUnit(
      Collection<Contribution> contributions) {
    Checks.notNull(contributions, "contributions");
    TreeMap<String, BigDecimal> out = new TreeMap<>();
    for (Contribution c : contributions) {
      Checks.notNull(c, "contribution");
      out.merge(c.unit(), c.amount(), BigDecimal::add);
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * A builder of {@link Contribution}s. Not thread-safe; each setter checks its argument at
   * once.
   *
   * <p>A single-valued field (party, target, kind, amount, unit, from, to, reporter) is set at
   * most once: a second call of its setter throws {@link IllegalStateException} naming the
   * contribution and the field; the values given to {@link Contribution#builder} count as set.
   * A builder from {@link Contribution#toBuilder()} starts with the contribution's values, each
   * of which may be replaced once. {@link #attribute} adds.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private static final long PARTY = 1;
    private static final long TARGET = 1 << 1;
    private static final long KIND = 1 << 2;
    private static final long AMOUNT = 1 << 3;
    private static final long UNIT = 1 << 4;
    private static final long FROM = 1 << 5;
    private static final long TO = 1 << 6;
    private static final long REPORTER = 1 << 7;

    private final Supplier<String> where;
    private long set = PARTY | TARGET | KIND | AMOUNT | UNIT;
    private PartyId party;
    private RoleTarget target;
    private ContributionKind kind;
    private BigDecimal amount;
    private String unit;
    private Optional<LocalDate> from = Optional.empty();
    private Optional<LocalDate> to = Optional.empty();
    private Optional<AgencyId> reporter = Optional.empty();
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(PartyId party, RoleTarget target, ContributionKind kind, BigDecimal amount,
        String unit) {
      this.party = Checks.notNull(party, "contribution party");
      this.target = Checks.notNull(target, "contribution target");
      this.where = () -> "contribution of '" + this.party + "' to '" + this.target + "' ";
      this.kind = Checks.notNull(kind, where, "kind");
      this.amount = checkAmount(amount, where);
      this.unit = checkUnit(unit, where);
    }

    /** Marks a field set, after its value was checked: a setter that throws changes nothing. */
    private <T> T once(long bit, String field, T value) {
      set = SetOnce.mark(set, bit, where, field);
      return value;
    }

    /**
     * Replaces the party (once, in a builder from {@link Contribution#toBuilder()}).
     *
     * @param value who contributes
     * @return this builder
     * @throws IllegalStateException if the party is already set
     */
    public Builder party(PartyId value) {
      this.party = once(PARTY, "party", Checks.notNull(value, where, "party"));
      return this;
    }

    /**
     * Replaces the target (once, in a builder from {@link Contribution#toBuilder()}).
     *
     * @param value the commitment or outcome
     * @return this builder
     * @throws IllegalStateException if the target is already set
     */
    public Builder target(RoleTarget value) {
      this.target = once(TARGET, "target", Checks.notNull(value, where, "target"));
      return this;
    }

    /**
     * Replaces the kind (once, in a builder from {@link Contribution#toBuilder()}).
     *
     * @param value the kind
     * @return this builder
     * @throws IllegalStateException if the kind is already set
     */
    public Builder kind(ContributionKind value) {
      this.kind = once(KIND, "kind", Checks.notNull(value, where, "kind"));
      return this;
    }

    /**
     * Replaces the amount (once, in a builder from {@link Contribution#toBuilder()}).
     *
     * @param value how much, not negative
     * @return this builder
     * @throws IllegalStateException if the amount is already set
     */
    public Builder amount(BigDecimal value) {
      this.amount = once(AMOUNT, "amount", checkAmount(value, where));
      return this;
    }

    /**
     * Replaces the unit (once, in a builder from {@link Contribution#toBuilder()}).
     *
     * @param value the currency code or unit
     * @return this builder
     * @throws IllegalStateException if the unit is already set
     */
    public Builder unit(String value) {
      this.unit = once(UNIT, "unit", checkUnit(value, where));
      return this;
    }

    /**
     * Sets the first day of the period the contribution covers.
     *
     * @param value the first day
     * @return this builder
     * @throws IllegalStateException if {@code from} is already set
     */
    public Builder from(LocalDate value) {
      this.from = once(FROM, "from", Optional.of(Checks.notNull(value, where, "from")));
      return this;
    }

    /**
     * Sets the last day of the period the contribution covers.
     *
     * @param value the last day, not before the first
     * @return this builder
     * @throws IllegalStateException if {@code to} is already set
     */
    public Builder to(LocalDate value) {
      this.to = once(TO, "to", Optional.of(Checks.notNull(value, where, "to")));
      return this;
    }

    /**
     * Sets the agency that reported the contribution.
     *
     * @param value the reporting agency
     * @return this builder
     * @throws IllegalStateException if the reporter is already set
     */
    public Builder reporter(AgencyId value) {
      this.reporter = once(REPORTER, "reporter",
          Optional.of(Checks.notNull(value, where, "reporter")));
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
     * Builds the contribution.
     *
     * @return the contribution
     * @throws IllegalArgumentException if it ends before it starts
     */
    public Contribution build() {
      return new Contribution(party, target, kind, amount, unit, from, to, reporter,
          attributes);
    }
  }
}
