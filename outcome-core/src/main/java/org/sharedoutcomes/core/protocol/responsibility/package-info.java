/**
 * Shared responsibility: the {@link
 * org.sharedoutcomes.core.protocol.responsibility.ResponsibilityProtocol} SPI that allocates
 * responsibility and credit for a commitment among its parties in exact shares summing to one,
 * its built-ins ({@code single-accountable}, {@code equal-shares}, {@code declared-shares},
 * {@code shapley}), {@link org.sharedoutcomes.core.protocol.responsibility.ShapleyValue} for
 * coalition games, and {@link org.sharedoutcomes.core.protocol.responsibility.CreditReport}
 * for an outcome or a whole model.
 */
@NullMarked
package org.sharedoutcomes.core.protocol.responsibility;

import org.jspecify.annotations.NullMarked;
