package org.sharedoutcomes.json;

import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.json.internal.Maps;

/**
 * A document as read: the model, and, for a document written for one viewer, the viewer and
 * the indicators whose measurements were withheld from it.
 *
 * <p>An indicator in {@link #withheld()} had measurements the viewer may not see; an indicator
 * with no measurements in the model and not in {@code withheld()} has none at all.
 *
 * @param model the model
 * @param viewer the agency the document was written for, empty for a complete document
 * @param withheld for each indicator whose data was withheld, how many measurements were left
 *     out, by indicator id
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record OutcomeDocument(
    OutcomeModel model, Optional<AgencyId> viewer, Map<IndicatorId, Integer> withheld) {
  /**
   * Checks and copies.
   *
   * @throws NullPointerException if a component is null
   */
  public OutcomeDocument {
    java.util.Objects.requireNonNull(model, "model must not be null");
    java.util.Objects.requireNonNull(viewer, "viewer must not be null (use Optional.empty())");
    withheld = Maps.sortedCopy(withheld, "withheld");
  }

  /**
   * Whether any data was withheld from this document.
   *
   * @return true if some measurements were left out
   */
  public boolean isRedacted() {
    return !withheld.isEmpty();
  }
}
