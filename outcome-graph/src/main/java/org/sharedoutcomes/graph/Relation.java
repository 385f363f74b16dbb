package org.sharedoutcomes.graph;

import org.apiguardian.api.API;

/** The kinds of edge in an accountability graph. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Relation {
  /** A party holds ACCOUNTABLE on a commitment or outcome. */
  ACCOUNTABLE_FOR,
  /** A party holds RESPONSIBLE on a commitment or outcome. */
  RESPONSIBLE_FOR,
  /** A party holds another contributing role on a commitment or outcome. */
  CONTRIBUTES_TO,
  /** A commitment serves an outcome. */
  SERVES,
  /** An outcome contributes to a parent outcome. */
  PART_OF,
  /** An agency reports to its parent agency or to the centre. */
  REPORTS_TO,
  /** A commitment depends on another. */
  DEPENDS_ON
}
