/**
 * How reading and writing the JSON format scales with the size of the model (S, M, L of
 * {@link org.sharedoutcomes.benchmarks.scale.RealisticModels}).
 */
@NullMarked
package org.sharedoutcomes.benchmarks.jsonscale;

import org.jspecify.annotations.NullMarked;
