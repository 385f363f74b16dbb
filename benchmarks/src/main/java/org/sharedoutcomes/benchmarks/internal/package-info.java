/** Helpers the benchmark packages share (not benchmarks themselves). */
@NullMarked
package org.sharedoutcomes.benchmarks.internal;

import org.jspecify.annotations.NullMarked;
