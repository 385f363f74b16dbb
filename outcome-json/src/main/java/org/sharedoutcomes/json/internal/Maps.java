package org.sharedoutcomes.json.internal;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/** Small copying helpers. Stateless and thread-safe. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Maps {
  private Maps() {}

  /**
   * An unmodifiable copy sorted by key, without null keys or values.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param values the map
   * @param field its name, for messages
   * @return the copy
   */
  public static <K extends Comparable<? super K>, V> Map<K, V> sortedCopy(
      Map<K, V> values, String field) {
    Objects.requireNonNull(values, () -> field + " must not be null");
    TreeMap<K, V> copy = new TreeMap<>();
    values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, () -> field + " key"),
        Objects.requireNonNull(v, () -> field + " value")));
    return Collections.unmodifiableMap(copy);
  }
}
