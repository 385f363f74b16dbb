package org.sharedoutcomes.core.internal;

import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The rule of the model's builders that a single-valued field is set at most once: each builder
 * keeps the fields it has set as bits of a {@code long}, and a second set of the same field fails
 * with an {@link IllegalStateException} naming the entity and the field (as Caffeine's builder
 * does), so that a value given twice never silently replaces the first.
 *
 * <p>Not part of the public API: the package is exported only to the sibling modules.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class SetOnce {
  private SetOnce() {}

  /**
   * Marks a field as set.
   *
   * @param set the bits of the fields set so far
   * @param bit the field's bit
   * @param where the entity, such as {@code "indicator 'rate' "}, built only on failure
   * @param field the field's name, such as {@code "baseline"}
   * @return {@code set} with {@code bit}
   * @throws IllegalStateException if the field was set already, with a message such as
   *     {@code "indicator 'rate' baseline is already set"}
   */
  public static long mark(long set, long bit, Supplier<String> where, String field) {
    if ((set & bit) != 0) {
      throw new IllegalStateException(where.get() + field + " is already set");
    }
    return set | bit;
  }
}
