package org.sharedoutcomes.core.internal;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.OutcomeModel;

/**
 * Positions in a model's lists, for the sibling modules that number a model's elements by
 * them (the accountability graph): the look-ups the model's own id indexes already answer,
 * so a caller builds no hash table of its own and pays no second hashing of a million ids.
 *
 * <p>{@link OutcomeModel} registers the one implementation when its class is initialized
 * (the pattern of the JDK's shared secrets): this class cannot see the model's private fields,
 * and a public method on the model would be API. Not part of the API.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class ModelPositions {
  private static volatile @Nullable Access access;

  private ModelPositions() {}

  /** What the model answers; implemented once, by {@link OutcomeModel}. */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public interface Access {
    /**
     * The position of an id in the list of its kind.
     *
     * @param model the model
     * @param id the id
     * @return the position, or -1 if the model has no element with it (or its kind has no
     *     list of elements with positions: role assignments, interventions)
     */
    int indexOf(OutcomeModel model, EntityId id);

    /**
     * What the model's elements refer to, as positions.
     *
     * @param model the model
     * @return the references, kept from validation
     */
    References references(OutcomeModel model);
  }

  /**
   * Registers the implementation; once.
   *
   * @param a the implementation
   * @throws IllegalStateException if one is registered already
   */
  public static synchronized void register(Access a) {
    Objects.requireNonNull(a, "access must not be null");
    if (access != null) {
      throw new IllegalStateException("model positions are registered already");
    }
    access = a;
  }

  private static Access access() {
    Access a = access;
    if (a == null) {
      OutcomeModel.empty(); // initializes the model's class, which registers
      a = access;
      if (a == null) {
        throw new IllegalStateException("OutcomeModel did not register its positions");
      }
    }
    return a;
  }

  /**
   * The position of an id in the model's list of its kind.
   *
   * @param model the model
   * @param id the id
   * @return the position, or -1 if absent
   */
  public static int indexOf(OutcomeModel model, EntityId id) {
    return access().indexOf(model, id);
  }

  /**
   * What the model's elements refer to, as positions, kept from validation.
   *
   * @param model the model
   * @return the references; shared arrays, not to be modified
   */
  public static References references(OutcomeModel model) {
    return access().references(model);
  }
}
