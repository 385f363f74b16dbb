package org.sharedoutcomes.core.check;

import org.apiguardian.api.API;

/** How serious a {@link Finding} is. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Severity {
  /** Accountability is broken and must be fixed. */
  ERROR,
  /** A governance risk to look at. */
  WARNING,
  /** Worth knowing; may be fine. */
  INFO
}
