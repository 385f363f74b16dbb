package org.sharedoutcomes.core.internal;

import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A value computed on first use, once, safely under concurrent access (double-checked
 * locking on a volatile field). The algorithms of the library compute their results this way.
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
