package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** What a {@link Conflict} is about. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SubjectKind {
  /** A commitment: its scope, timing or ownership. */
  COMMITMENT,
  /** An indicator: its definition, target or data. */
  INDICATOR,
  /** A resource: budget, staff or assets. */
  RESOURCE,
  /** Data sharing between parties. */
  DATA_SHARING,
  /** Attribution of credit for a result. */
  ATTRIBUTION,
  /** A role: who holds it. */
  ROLE
}
