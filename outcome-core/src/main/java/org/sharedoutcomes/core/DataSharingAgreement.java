package org.sharedoutcomes.core;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * An agreement between named agencies to share the data of named indicators, for a time span:
 * the parties may see each other's measurements of those indicators whatever their
 * sensitivity. Immutable and thread-safe.
 *
 * @param id the agreement's id
 * @param parties the agencies that share, at least two, sorted by id
 * @param indicators the indicators whose data is shared, at least one, sorted by id
 * @param from the first day it applies, if bounded
 * @param to the last day it applies, if bounded
 * @param attributes free string attributes for integrators, sorted by key
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DataSharingAgreement(
    AgreementId id,
    Set<AgencyId> parties,
    Set<IndicatorId> indicators,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Map<String, String> attributes) {

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if any field or element is null
   * @throws IllegalArgumentException if there are fewer than two parties, no indicator, or the
   *     span ends before it starts
   */
  public DataSharingAgreement {
    Checks.notNull(id, "agreement id");
    String where = "agreement '" + id + "' ";
    parties = Checks.sortedSet(parties, where + "parties");
    if (parties.size() < 2) {
      throw new IllegalArgumentException(
          where + "parties must name at least two agencies, has " + parties.size());
    }
    indicators = Checks.sortedSet(indicators, where + "indicators");
    if (indicators.isEmpty()) {
      throw new IllegalArgumentException(where + "indicators must name at least one indicator");
    }
    Checks.optional(from, where + "from");
    Checks.optional(to, where + "to");
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException(
          where + "ends (" + to.get() + ") before it starts (" + from.get() + ")");
    }
    attributes = Checks.attributes(attributes, where + "attributes");
  }

  /**
   * An open-ended agreement with no attributes.
   *
   * @param id the id
   * @param parties the agencies
   * @param indicators the indicators
   * @return the agreement
   */
  public static DataSharingAgreement of(
      String id, Set<AgencyId> parties, Set<IndicatorId> indicators) {
    return new DataSharingAgreement(AgreementId.of(id), parties, indicators, Optional.empty(),
        Optional.empty(), Map.of());
  }

  /**
   * Whether the agreement lets an agency see an indicator's data on a date.
   *
   * @param agency the viewer
   * @param indicator the indicator
   * @param date the date
   * @return true if the agency is a party, the indicator is covered and the date is in span
   */
  public boolean covers(AgencyId agency, IndicatorId indicator, LocalDate date) {
    return parties.contains(agency) && indicators.contains(indicator)
        && from.map(f -> !date.isBefore(f)).orElse(true)
        && to.map(t -> !date.isAfter(t)).orElse(true);
  }
}
