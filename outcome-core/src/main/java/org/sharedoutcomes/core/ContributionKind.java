package org.sharedoutcomes.core;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What a party puts into a commitment or an outcome: money, staff time, goods and services in
 * kind. Kinds are open, as {@link Role}s are: the built-in ones cover the usual inputs of
 * joined-up work (IATI's transaction and budget records among them), and integrators define
 * their own with {@link #of(String)}.
 *
 * <p>A kind id is an upper-case word: a letter, then letters, digits or underscores (for
 * example {@code "LOAN"}). Immutable and thread-safe.
 *
 * @param id the kind's id
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record ContributionKind(String id) implements Comparable<ContributionKind> {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** Money: grants, budget allocations, disbursements. */
  public static final ContributionKind FUNDING = new ContributionKind("FUNDING");
  /** Staff time, usually in full-time equivalents or person-days. */
  public static final ContributionKind STAFF = new ContributionKind("STAFF");
  /** Goods, premises, data or services given in kind. */
  public static final ContributionKind IN_KIND = new ContributionKind("IN_KIND");

  private static final List<ContributionKind> BUILT_INS = List.of(FUNDING, STAFF, IN_KIND);
  private static final Map<String, ContributionKind> BY_ID = BUILT_INS.stream()
      .collect(Collectors.toUnmodifiableMap(ContributionKind::id, Function.identity()));

  /**
   * Checks the id.
   *
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if {@code id} is not an upper-case word
   */
  public ContributionKind {
    if (id == null) {
      throw new NullPointerException("contribution kind id must not be null");
    }
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("contribution kind '" + id
          + "' must be an upper-case word of at most 64 characters: a letter, then letters,"
          + " digits or underscores");
    }
  }

  /**
   * The kind with the given id: a built-in one if the id is one of theirs, a custom one
   * otherwise.
   *
   * @param id the kind id
   * @return the kind
   */
  public static ContributionKind of(String id) {
    ContributionKind builtIn = id == null ? null : BY_ID.get(id);
    return builtIn != null ? builtIn : new ContributionKind(id);
  }

  /**
   * The built-in kinds.
   *
   * @return FUNDING, STAFF and IN_KIND, in that order
   */
  public static List<ContributionKind> builtIns() {
    return BUILT_INS;
  }

  /**
   * Whether this is one of the built-in kinds.
   *
   * @return true for a built-in kind
   */
  public boolean isBuiltIn() {
    return BY_ID.containsKey(id);
  }

  @Override
  public int compareTo(ContributionKind other) {
    return id.compareTo(other.id);
  }

  /** Returns the kind's id. */
  @Override
  public String toString() {
    return id;
  }
}
