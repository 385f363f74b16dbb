/**
 * The pieces of the {@link org.sharedoutcomes.examples.Report}: an SVG trajectory chart per
 * indicator (the accountability graph itself is written by outcome-graph's GraphExport).
 */
@NullMarked
package org.sharedoutcomes.examples.report;

import org.jspecify.annotations.NullMarked;
