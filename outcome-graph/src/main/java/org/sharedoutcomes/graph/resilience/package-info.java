/**
 * Resilience of accountability networks: articulation points and bridges, what is left without
 * an accountable or responsible party when an agency fails, cycles, components and communities.
 */
@NullMarked
package org.sharedoutcomes.graph.resilience;

import org.jspecify.annotations.NullMarked;
