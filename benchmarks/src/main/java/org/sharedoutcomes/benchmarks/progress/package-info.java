/**
 * Benchmarks of {@link org.sharedoutcomes.core.progress.ProgressTracker}: a full recomputation
 * against a plain loop over the measurements, and one incremental update against the full
 * recomputation, side by side in one run.
 */
@NullMarked
package org.sharedoutcomes.benchmarks.progress;

import org.jspecify.annotations.NullMarked;
