package org.sharedoutcomes.core.progress;

import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.internal.Checks;

/**
 * A derived status that changed: of an indicator, commitment or outcome. Immutable and
 * thread-safe.
 *
 * @param subject the indicator, commitment or outcome
 * @param before its status before
 * @param after its status after
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StatusChange(EntityId subject, ProgressStatus before, ProgressStatus after) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public StatusChange {
    Checks.notNull(subject, "status change subject");
    // the context is built only if a check fails
    Supplier<String> where = () -> "status change of '" + subject + "' ";
    Checks.notNull(before, where, "before");
    Checks.notNull(after, where, "after");
  }
}
