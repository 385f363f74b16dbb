/**
 * The pieces of the {@link org.sharedoutcomes.examples.Report}: an SVG trajectory chart per
 * indicator and the accountability graph as DOT and Mermaid text.
 */
@NullMarked
package org.sharedoutcomes.examples.report;

import org.jspecify.annotations.NullMarked;
