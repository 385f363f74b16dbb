/** Compact array-based graph structures and kernels shared by the analyses; not exported. */
@NullMarked
package org.sharedoutcomes.graph.internal;

import org.jspecify.annotations.NullMarked;
