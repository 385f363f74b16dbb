/**
 * Delivery: chains from the centre to the front line, the order in which commitments can be
 * delivered, and the critical path.
 */
@NullMarked
package org.sharedoutcomes.graph.delivery;

import org.jspecify.annotations.NullMarked;
