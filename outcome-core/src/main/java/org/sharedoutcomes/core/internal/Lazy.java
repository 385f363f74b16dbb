package org.sharedoutcomes.core.internal;

import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A value computed on first use, once, safely under concurrent access (double-checked
 * locking on a volatile field; the supplier is dropped once it has run).
 *
 * <p><b>The one compute-once idiom of the project.</b> Every result that is computed on first
 * use and then cached (an algorithm's result, a model's secondary indexes, a cached hash code)
 * is a {@code private final Lazy<...>} field, read only through {@link #get()}. Do not write
 * inline double-checked locking or a racy {@code if (x == null) x = compute()} on a field, and
 * do not set other fields as a side effect of the computation (they are not published by this
 * value's volatile write): when one computation yields several results, return them together
 * in one small record, as {@code Lazy<Result>}.
 *
 * @param <T> the value's type
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Lazy<T> implements Supplier<T> {
  private @Nullable Supplier<? extends T> compute;
  private volatile @Nullable T value;

  private Lazy(Supplier<? extends T> compute) {
    this.compute = compute;
  }

  /**
   * A lazy value.
   *
   * @param <T> the value's type
   * @param compute computes the value; called at most once, and must not return null
   * @return the lazy value
   */
  public static <T> Lazy<T> of(Supplier<? extends T> compute) {
    return new Lazy<>(Checks.notNull(compute, "compute"));
  }

  /**
   * The value, computing it on the first call.
   *
   * @return the value
   */
  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          Supplier<? extends T> c = compute;
          v = Checks.notNull(c == null ? null : c.get(), "lazily computed value");
          value = v;
          compute = null;
        }
      }
    }
    return v;
  }
}
