package org.sharedoutcomes.core.internal;

import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.EntityId;

/**
 * The ids of one entity list of a model builder, noted as each entity is added: whether they
 * came in strictly ascending order, and each id's hash. When they did, {@code build()} indexes
 * the list from these arrays ({@link IdIndex#of(java.util.Collection,
 * java.util.function.Function, IdTrack)}) without reading the entities again: a freshly
 * constructed model lies scattered among the garbage its construction made, and each entity,
 * id, string and byte array read again at {@code build()} is a cache miss, where at
 * {@link #added} the id was just made and is in the cache.
 *
 * <p>The note holds only while the list grew by {@link #added} alone: a list whose size
 * differs from the ids noted (entities added by {@code addAll}, or removed) is indexed the
 * usual way, and so is every list after {@link #forget()}. The builder's lists are mutated
 * only by the builder's own methods, which call one or the other; none replaces an element in
 * place.
 *
 * <p><b>Not part of the stable API.</b> Not thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class IdTrack {
  private final List<?> list;
  private EntityId[] ids = new EntityId[16];
  private int[] hashes = new int[16];
  /** How many ids are noted; -1 once the note no longer describes the list. */
  private int size;
  private boolean ascending = true;

  /**
   * Notes the ids of the given list, which must be empty.
   *
   * @param list the builder's list
   */
  public IdTrack(List<?> list) {
    this.list = list;
    this.size = list.isEmpty() ? 0 : -1;
  }

  /**
   * Notes the id of the entity just appended to the list.
   *
   * @param id its id
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void added(EntityId id) {
    int n = size;
    if (n < 0) {
      return;
    }
    if (n + 1 != list.size()) {
      size = -1; // the list changed some other way: this note no longer holds
      return;
    }
    if (n == ids.length) {
      ids = Arrays.copyOf(ids, n * 2);
      hashes = Arrays.copyOf(hashes, n * 2);
    }
    if (ascending && n > 0 && ((Comparable) ids[n - 1]).compareTo(id) >= 0) {
      ascending = false; // out of order or a duplicate: build() sorts and counts as before
    }
    ids[n] = id;
    hashes[n] = id.value().hashCode(); // IdMap's unseeded hash of an id
    size = n + 1;
  }

  /** Drops the note: the list is indexed the usual way from now on. */
  public void forget() {
    size = -1;
  }

  /**
   * Whether the note describes the given list as it is now, with its ids in strictly
   * ascending order.
   *
   * @param values the list about to be indexed
   * @return true if {@link #ids()} and {@link #hashes()} may stand for it
   */
  public boolean covers(java.util.Collection<?> values) {
    return values == list && ascending && size >= 0 && size == list.size();
  }

  /**
   * The ids noted, in list order (the array may be longer than the list).
   *
   * @return the ids
   */
  EntityId[] ids() {
    return ids;
  }

  /**
   * The ids' hashes, as {@link IdMap} computes them unseeded (the array may be longer).
   *
   * @return the hashes
   */
  int[] hashes() {
    return hashes;
  }

  /**
   * How many ids are noted.
   *
   * @return the count
   */
  int size() {
    return size;
  }
}
