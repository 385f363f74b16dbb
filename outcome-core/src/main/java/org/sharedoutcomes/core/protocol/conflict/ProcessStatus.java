package org.sharedoutcomes.core.protocol.conflict;

import org.apiguardian.api.API;

/** Where a {@link ConflictProcess} stands. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ProcessStatus {
  /** Still running: events are accepted. */
  OPEN,
  /** Ended in a decision. */
  DECIDED,
  /** Ended by withdrawal. */
  WITHDRAWN;

  /**
   * Whether the process has ended.
   *
   * @return true unless open
   */
  public boolean isClosed() {
    return this != OPEN;
  }
}
