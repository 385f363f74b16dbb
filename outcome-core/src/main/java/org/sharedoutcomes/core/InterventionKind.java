package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** The kind of an act of the centre towards an agency; the ratio of directive to supportive acts is a centralization signal. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum InterventionKind {
  /** Support: "Can we help?". */
  SUPPORT,
  /** Challenge: asking hard questions. */
  CHALLENGE,
  /** A directive: telling the agency what to do. */
  DIRECTIVE,
  /** Monitoring: asking for data or reports. */
  MONITORING
}
