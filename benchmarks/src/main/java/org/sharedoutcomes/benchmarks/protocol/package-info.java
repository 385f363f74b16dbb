/**
 * Benchmarks of the protocols: exact Shapley values for 20 parties (per coalition evaluated),
 * sampled Shapley values for 200 parties with 10^5 permutations, and the throughput of
 * {@link org.sharedoutcomes.core.protocol.conflict.ConflictProcess#apply}.
 */
@NullMarked
package org.sharedoutcomes.benchmarks.protocol;

import org.jspecify.annotations.NullMarked;
