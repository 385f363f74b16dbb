package org.sharedoutcomes.json;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.json.internal.Maps;

/**
 * A document as read: the model, and, for a document written for one viewer, the viewer and
 * what was withheld from it by the rule of {@link org.sharedoutcomes.core.access.Disclosure}
 * (the module's README has the table).
 *
 * <p>An indicator in {@link #withheld()} had measurements the viewer may not see; an indicator
 * with no measurements in the model and not in {@code withheld()} has none at all. Likewise
 * an indicator without a baseline or attributes that is not in {@link #withheldBaselines()}
 * or {@link #withheldAttributes()} has none.
 *
 * @param model the model
 * @param viewer the agency the document was written for, empty for a complete document
 * @param withheld for each indicator whose data was withheld, how many measurements were left
 *     out, by indicator id
 * @param withheldBaselines the indicators whose baseline was left out
 * @param withheldAttributes the indicators whose attributes were left out
 * @param withheldAgreements how many data-sharing agreements were left out (those the viewer
 *     is no party to)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record OutcomeDocument(
    OutcomeModel model, Optional<AgencyId> viewer, Map<IndicatorId, Integer> withheld,
    Set<IndicatorId> withheldBaselines, Set<IndicatorId> withheldAttributes,
    int withheldAgreements) {
  /**
   * Checks and copies.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code withheldAgreements} is negative
   */
  public OutcomeDocument {
    java.util.Objects.requireNonNull(model, "model must not be null");
    java.util.Objects.requireNonNull(viewer, "viewer must not be null (use Optional.empty())");
    withheld = Maps.sortedCopy(withheld, "withheld");
    withheldBaselines = java.util.Collections.unmodifiableSortedSet(
        new java.util.TreeSet<>(withheldBaselines));
    withheldAttributes = java.util.Collections.unmodifiableSortedSet(
        new java.util.TreeSet<>(withheldAttributes));
    if (withheldAgreements < 0) {
      throw new IllegalArgumentException(
          "withheldAgreements must not be negative, was " + withheldAgreements);
    }
  }

  /**
   * A document with only measurements withheld.
   *
   * @param model the model
   * @param viewer the viewer, empty for a complete document
   * @param withheld how many measurements of which indicators were left out
   */
  public OutcomeDocument(
      OutcomeModel model, Optional<AgencyId> viewer, Map<IndicatorId, Integer> withheld) {
    this(model, viewer, withheld, Set.of(), Set.of(), 0);
  }

  /**
   * Whether any data was withheld from this document.
   *
   * @return true if some measurements, baselines, attributes or agreements were left out
   */
  public boolean isRedacted() {
    return !withheld.isEmpty() || !withheldBaselines.isEmpty() || !withheldAttributes.isEmpty()
        || withheldAgreements > 0;
  }
}
