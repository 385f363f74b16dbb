package org.sharedoutcomes.iati;

import java.util.Objects;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.OutcomeModel;

/**
 * What a whole read gives: the model and, beside it, the report of what the model does not
 * hold. Immutable and thread-safe.
 *
 * @param model the model built from every activity that could be mapped
 * @param report the loss report
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record IatiResult(OutcomeModel model, LossReport report) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public IatiResult {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(report, "report");
  }
}
