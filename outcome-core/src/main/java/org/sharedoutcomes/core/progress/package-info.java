/**
 * Progress against plan: {@link org.sharedoutcomes.core.progress.Trajectory trajectories},
 * {@link org.sharedoutcomes.core.progress.IndicatorProgress indicator progress} at a date,
 * derived {@link org.sharedoutcomes.core.progress.CommitmentProgress commitment status} and
 * likelihood of delivery, {@link org.sharedoutcomes.core.progress.OutcomeProgress roll-ups} to
 * outcomes, {@link org.sharedoutcomes.core.progress.Disaggregation disaggregation}, the
 * incremental {@link org.sharedoutcomes.core.progress.ProgressTracker} and the per-agency
 * {@link org.sharedoutcomes.core.progress.Stocktake}.
 *
 * <p>Start with {@link org.sharedoutcomes.core.progress.ProgressTracker#of(
 * org.sharedoutcomes.core.OutcomeModel, java.time.LocalDate)}. The definitions (gap closed,
 * variance, status thresholds, roll-up rules) are in {@code outcome-core/docs/progress.md}.
 */
@NullMarked
package org.sharedoutcomes.core.progress;

import org.jspecify.annotations.NullMarked;
