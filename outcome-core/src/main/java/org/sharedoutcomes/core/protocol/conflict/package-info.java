/**
 * Conflict resolution: the {@link
 * org.sharedoutcomes.core.protocol.conflict.ConflictResolutionProtocol} SPI, a state machine
 * driven by {@link org.sharedoutcomes.core.protocol.conflict.ConflictEvent}s; the immutable
 * {@link org.sharedoutcomes.core.protocol.conflict.ConflictProcess} with its audit trail; the
 * built-ins ({@code negotiate-then-escalate}, {@code majority-vote}, {@code consensus},
 * {@code consent}, {@code lead-decides}, {@code arbitration}); the fairness
 * {@link org.sharedoutcomes.core.protocol.conflict.ProtocolAudit} and
 * {@link org.sharedoutcomes.core.protocol.conflict.ConflictStatistics}.
 */
@NullMarked
package org.sharedoutcomes.core.protocol.conflict;

import org.jspecify.annotations.NullMarked;
