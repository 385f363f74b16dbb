/**
 * The model of shared outcomes: agencies, persons, outcomes, commitments, roles, indicators,
 * measurements, assessments, interventions, data-sharing agreements and conflicts, held in an
 * immutable {@link org.sharedoutcomes.core.OutcomeModel}. Every type is immutable and
 * null-free: absent values are {@link java.util.Optional}.
 */
@NullMarked
package org.sharedoutcomes.core;

import org.jspecify.annotations.NullMarked;
