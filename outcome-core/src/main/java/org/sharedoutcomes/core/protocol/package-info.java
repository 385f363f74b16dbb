/**
 * Pluggable protocols: how responsibility and credit for a commitment are shared
 * ({@link org.sharedoutcomes.core.protocol.responsibility}) and how conflicts between parties
 * are resolved ({@link org.sharedoutcomes.core.protocol.conflict}). Protocols are found by id
 * through {@link java.util.ServiceLoader} or registered programmatically in a
 * {@link org.sharedoutcomes.core.protocol.ProtocolRegistry}; commitments and conflicts name
 * their protocols by id.
 */
@NullMarked
package org.sharedoutcomes.core.protocol;

import org.jspecify.annotations.NullMarked;
