package org.sharedoutcomes.testkit.conventions;

import org.apiguardian.api.API;

/**
 * The conventions {@link ApiConventions} checks; each {@link Violation} names the one it breaks.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Convention {
  /**
   * Every public type (top-level, or nested in public types only) carries
   * {@code @org.apiguardian.api.API}; with status {@code INTERNAL} exactly when its package is an
   * {@code internal} package (a package with an {@code internal} segment).
   */
  API_STATUS,
  /** Every package has a {@code package-info} annotated {@code @org.jspecify.annotations.NullMarked}. */
  NULL_MARKED_PACKAGE,
  /**
   * When the module has a {@code module-info}: every non-internal package is exported to all
   * modules, and no internal package is.
   */
  EXPORTED_PACKAGE,
  /**
   * No public or protected signature (supertype, field, constructor, method, type parameter
   * bound, thrown type, including type arguments) of a public type in a non-internal package
   * names a type from a forbidden package, such as Jackson's or JGraphT's in the core module.
   */
  FORBIDDEN_TYPE,
  /**
   * No public method of a public type in a non-internal package returns a JSpecify
   * {@code @Nullable} type, nor a collection, {@code Optional} or array of {@code @Nullable}
   * elements: absent values are {@code Optional}, collections hold no nulls.
   */
  NULLABLE_RESULT,
  /** Every class found can be loaded, and at least one class is found under the prefix. */
  SCANNABLE,
  /**
   * Checked only when asked for with {@link ApiConventions#requireBuilders(int, String...)}:
   * every public record of the named packages with more components than the limit can grow
   * without breaking its callers. It has a public static {@code builder(...)} method returning a
   * builder whose public {@code build()} returns the record, a public {@code toBuilder()}
   * returning the same builder type, and its canonical constructor (which a public record cannot
   * hide) is annotated {@code @API(status = INTERNAL)} to say it is not part of the stable API.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  GROWABLE_RECORD
}
