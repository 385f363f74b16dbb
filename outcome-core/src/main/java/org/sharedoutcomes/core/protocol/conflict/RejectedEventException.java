package org.sharedoutcomes.core.protocol.conflict;

import org.apiguardian.api.API;

/**
 * Thrown when a {@link ConflictProcess} does not accept an event now: the process it was
 * applied to is unchanged (it is immutable). The message says which rule the event broke.
 *
 * <p>A rejection reports a broken rule of the protocol, not a fault in the program, so the
 * exception carries no stack trace (which also keeps rejections cheap).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RejectedEventException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient ConflictEvent event;

  /**
   * Creates the exception.
   *
   * @param event the rejected event
   * @param reason why it was rejected, naming the rule
   */
  public RejectedEventException(ConflictEvent event, String reason) {
    super("rejected " + event.describe() + ": " + reason);
    this.event = event;
  }

  /**
   * Returns this exception without filling in a stack trace.
   *
   * @return this exception
   */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }

  /**
   * The rejected event.
   *
   * @return the event
   */
  public ConflictEvent event() {
    return event;
  }
}
