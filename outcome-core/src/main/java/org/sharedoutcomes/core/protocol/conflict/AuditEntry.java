package org.sharedoutcomes.core.protocol.conflict;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.internal.Checks;

/**
 * One accepted event in a conflict process's audit trail, with the stage it moved the process
 * from and to. Immutable and thread-safe.
 *
 * @param sequence the event's position in the trail, from 1
 * @param event the event (its time is the entry's time stamp)
 * @param stageBefore the stage before the event
 * @param stageAfter the stage after the event
 * @param escalationLevel the escalation level after the event
 * @param status the status after the event
 * @param deadline the deadline after the event, if open
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AuditEntry(
    int sequence,
    ConflictEvent event,
    String stageBefore,
    String stageAfter,
    int escalationLevel,
    ProcessStatus status,
    Optional<Instant> deadline) {

  /** Checks the fields. */
  public AuditEntry {
    if (sequence < 1) {
      throw new IllegalArgumentException("audit sequence is " + sequence + "; it starts at 1");
    }
    Checks.notNull(event, "audit event");
    Checks.text(stageBefore, "audit stageBefore");
    Checks.text(stageAfter, "audit stageAfter");
    Checks.notNull(status, "audit status");
    Checks.optional(deadline, "audit deadline");
  }

  /**
   * When the event happened.
   *
   * @return the event's time
   */
  public Instant at() {
    return event.at();
  }
}
