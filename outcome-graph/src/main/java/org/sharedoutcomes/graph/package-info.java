/** Accountability graphs of Shared Outcomes models and their analyses, on JGraphT. */
@NullMarked
package org.sharedoutcomes.graph;

import org.jspecify.annotations.NullMarked;
