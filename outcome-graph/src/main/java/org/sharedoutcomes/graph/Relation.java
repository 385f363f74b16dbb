package org.sharedoutcomes.graph;

import org.apiguardian.api.API;

/**
 * The kinds of edge in an {@link AccountabilityGraph}. Each constant names the direction of its
 * edges: source, then target.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Relation {
  /** A party holds ACCOUNTABLE on a commitment or outcome (party → target). */
  ACCOUNTABLE_FOR,
  /** A party holds RESPONSIBLE on a commitment or outcome (party → target). */
  RESPONSIBLE_FOR,
  /**
   * A party holds another contributing role (LEAD, CONTRIBUTOR, FUNDER, IMPLEMENTER,
   * CO_PRODUCER) on a commitment or outcome (party → target).
   */
  CONTRIBUTES_TO,
  /** A commitment serves an outcome (commitment → outcome). */
  SERVES,
  /** An outcome contributes to a parent outcome (outcome → parent). */
  PART_OF,
  /** An agency reports to its parent agency or to the centre (agency → agency). */
  REPORTS_TO,
  /** A commitment depends on another (dependent → dependency). */
  DEPENDS_ON,
  /** A person works in an agency (person → agency). */
  MEMBER_OF;

  /**
   * The relation's name in lower case with hyphens, as used in exports
   * ({@code "accountable-for"}).
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
