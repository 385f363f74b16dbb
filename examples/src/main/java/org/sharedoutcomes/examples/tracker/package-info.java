/**
 * An integrator's adapter: {@link org.sharedoutcomes.examples.tracker.MandateTrackerCsv}
 * imports a CSV of commitments in the shape of public mandate-letter trackers.
 */
@NullMarked
package org.sharedoutcomes.examples.tracker;

import org.jspecify.annotations.NullMarked;
