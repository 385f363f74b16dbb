package org.sharedoutcomes.iati;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.iati.IatiCodes.Relation;

/**
 * One IATI activity mapped to model entities, as a stream of activities yields them. The
 * commitment's {@code dependsOn} is still empty: related activities are listed in
 * {@link #relations()} and resolved by {@link IatiImport} once every activity is known.
 * Immutable and thread-safe.
 *
 * @param identifier the iati-identifier, which is also the commitment's id
 * @param line the line where the activity starts
 * @param commitment the commitment
 * @param agencies the reporting and participating organisations, each once
 * @param roles the roles the participating organisations hold on the commitment
 * @param outcomes the results, in document order
 * @param indicators the results' indicators, in document order
 * @param measurements the indicators' actuals
 * @param contributions the transactions and budgets that are contributions to the commitment,
 *     in document order (transactions first)
 * @param relations the related activities, in document order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record IatiActivity(
    String identifier,
    int line,
    Commitment commitment,
    List<Agency> agencies,
    List<RoleAssignment> roles,
    List<Outcome> outcomes,
    List<Indicator> indicators,
    List<Measurement> measurements,
    List<Contribution> contributions,
    List<RelatedActivity> relations) {

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field or element is null
   */
  public IatiActivity {
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(commitment, "commitment");
    agencies = List.copyOf(agencies);
    roles = List.copyOf(roles);
    outcomes = List.copyOf(outcomes);
    indicators = List.copyOf(indicators);
    measurements = List.copyOf(measurements);
    contributions = List.copyOf(contributions);
    relations = List.copyOf(relations);
  }

  /**
   * A {@code related-activity} element.
   *
   * @param relation how the referenced activity relates to this one
   * @param ref the referenced activity's iati-identifier
   * @param line its line
   * @param path its path with positions
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record RelatedActivity(Relation relation, String ref, int line, String path) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public RelatedActivity {
      Objects.requireNonNull(relation, "relation");
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(path, "path");
    }
  }
}
