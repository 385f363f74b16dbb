package org.sharedoutcomes.json;

import org.apiguardian.api.API;

/**
 * Options for reading and writing the Shared Outcomes JSON format; all are off by default.
 *
 * <p>Pass them to {@link OutcomeJson.Builder#enable(JsonOption...)} or to {@link
 * OutcomeModule#OutcomeModule(JsonOption...)}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum JsonOption {
  /**
   * Skip fields this version does not know instead of rejecting them (a lenient reader, for
   * documents with extensions). Off by default: an unknown field is usually a typo.
   */
  IGNORE_UNKNOWN_FIELDS
}
