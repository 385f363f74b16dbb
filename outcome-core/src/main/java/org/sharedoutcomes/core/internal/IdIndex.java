package org.sharedoutcomes.core.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Entities of one kind indexed by id, built once by {@code OutcomeModel.Builder.build()} for
 * both validation (duplicate ids, reference look-ups) and the model itself.
 *
 * <p>The entities are sorted by id (in O(n) when they already are, as documents and most
 * builders give them), so entities with the same id are adjacent: duplicates are found by
 * comparing neighbours, with no hash set of their own. The map holds the first entity of each
 * id, in id order.
 *
 * @param <K> the id type
 * @param <V> the entity type
 * @param map the entities by id, in id order (the first of each duplicated id)
 * @param duplicates each id used more than once, with how many times, in id order
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record IdIndex<K extends Comparable<? super K>, V>(
    IdMap<K, V> map, Map<K, Integer> duplicates) {

  /**
   * Indexes entities by id.
   *
   * @param <K> the id type
   * @param <V> the entity type
   * @param values the entities, in any order
   * @param id the id of an entity
   * @return the index
   */
  public static <K extends Comparable<? super K>, V> IdIndex<K, V> of(
      Collection<V> values, Function<V, K> id) {
    // one pass when the entities come sorted (documents and most builders give them so):
    // the check of the order, the duplicates and the keys together, no copy but the map's
    if (values instanceof List<V> list && list instanceof java.util.RandomAccess) {
      IdIndex<K, V> index = ofSorted(list, id);
      if (index != null) {
        return index;
      }
    }
    List<V> sorted = sorted(values, Comparator.comparing(id));
    ImmutableList.Builder<K> keys = ImmutableList.builderWithExpectedSize(sorted.size());
    ImmutableList.Builder<V> firsts = ImmutableList.builderWithExpectedSize(sorted.size());
    Map<K, Integer> duplicates = Map.of();
    @Nullable K previous = null;
    int run = 0;
    for (V v : sorted) {
      K k = id.apply(v);
      if (previous != null && previous.equals(k)) {
        run++;
        continue;
      }
      if (run > 1) {
        duplicates = counted(duplicates, previous, run);
      }
      keys.add(k);
      firsts.add(v);
      previous = k;
      run = 1;
    }
    if (run > 1) {
      duplicates = counted(duplicates, previous, run);
    }
    return new IdIndex<>(IdMap.of(keys.build(), firsts.build()), duplicates);
  }

  /**
   * {@link #of(Collection, Function)}, taking the ids and their hashes from the note of an
   * {@link IdTrack} when it covers the values (ids added one by one in strictly ascending
   * order): then no entity is read. The index is the same either way.
   *
   * @param <K> the id type
   * @param <V> the entity type
   * @param values the entities
   * @param id the id of an entity
   * @param track the note of the values' ids, or null
   * @return the index
   */
  @SuppressWarnings("unchecked")
  public static <K extends Comparable<? super K>, V> IdIndex<K, V> of(
      Collection<V> values, Function<V, K> id, @Nullable IdTrack track) {
    if (track == null || !track.covers(values) || values.isEmpty()) {
      return of(values, id);
    }
    int n = track.size();
    // the note's ids are the entities' own (value.id() as each was added): of type K
    ImmutableList<K> keys = (ImmutableList<K>) (ImmutableList<?>)
        ImmutableList.copyOf(java.util.Arrays.asList(track.ids()).subList(0, n));
    return new IdIndex<>(
        IdMap.ofHashed(keys, ImmutableList.copyOf(values), track.hashes()), Map.of());
  }

  /**
   * The index of entities that come sorted by id and unique, in one pass; null if they do not
   * (then they are sorted, and duplicates counted, the general way).
   */
  private static <K extends Comparable<? super K>, V> @Nullable IdIndex<K, V> ofSorted(
      List<V> values, Function<V, K> id) {
    int n = values.size();
    // the builders' arrays are exactly n long, so build() hands them over without a copy
    ImmutableList.Builder<K> keys = ImmutableList.builderWithExpectedSize(n);
    @Nullable K previous = null;
    for (int i = 0; i < n; i++) {
      K k = id.apply(values.get(i));
      if (previous != null && previous.compareTo(k) >= 0) {
        return null;
      }
      keys.add(k);
      previous = k;
    }
    return new IdIndex<>(IdMap.of(keys.build(), ImmutableList.copyOf(values)), Map.of());
  }

  private static <K> Map<K, Integer> counted(Map<K, Integer> into, @Nullable K id, int n) {
    Map<K, Integer> out = into.isEmpty() ? new TreeMap<>() : into;
    out.put(Checks.notNull(id, "id"), n);
    return out;
  }

  /**
   * The values in the order of a comparator: the given list itself when it is already sorted
   * (checked in O(n)), else a sorted copy (stable: equal elements keep their order).
   *
   * @param <T> the element type
   * @param values the values
   * @param order the order
   * @return the values, sorted; not to be modified
   */
  public static <T> List<T> sorted(Collection<T> values, Comparator<? super T> order) {
    if (values instanceof List<T> list && isSorted(list, order)) {
      return list;
    }
    List<T> copy = new ArrayList<>(values);
    copy.sort(order);
    return copy;
  }

  /**
   * The values in the order of a comparator, as an immutable list (sorted in O(n) when they
   * already are).
   *
   * @param <T> the element type
   * @param values the values
   * @param order the order
   * @return the sorted, immutable list
   */
  public static <T> ImmutableList<T> sortedCopy(Collection<T> values,
      Comparator<? super T> order) {
    return ImmutableList.copyOf(sorted(values, order));
  }

  private static <T> boolean isSorted(List<T> list, Comparator<? super T> order) {
    // random access lists only: the builder's lists are ArrayLists
    int n = list.size();
    if (!(list instanceof java.util.RandomAccess)) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      if (order.compare(list.get(i - 1), list.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }
}
