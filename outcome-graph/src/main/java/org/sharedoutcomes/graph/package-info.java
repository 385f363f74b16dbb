/**
 * Accountability graphs of Shared Outcomes models, exposed as read-only JGraphT graphs.
 *
 * <p>Start with {@link org.sharedoutcomes.graph.AccountabilityGraph#of}. The analyses live in
 * topic sub-packages: {@code centrality}, {@code resilience}, {@code delivery},
 * {@code governance}; the exports in {@code export}.
 */
@NullMarked
package org.sharedoutcomes.graph;

import org.jspecify.annotations.NullMarked;
