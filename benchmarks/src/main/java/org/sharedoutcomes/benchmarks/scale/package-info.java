/**
 * Scaling and memory benchmarks, and {@link org.sharedoutcomes.benchmarks.scale.RealisticModels},
 * the seeded generator of government-shaped models (sizes S, M, L) that every benchmark of this
 * module runs on.
 */
@NullMarked
package org.sharedoutcomes.benchmarks.scale;

import org.jspecify.annotations.NullMarked;
