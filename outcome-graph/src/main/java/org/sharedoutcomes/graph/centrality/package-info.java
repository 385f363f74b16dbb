/**
 * Centrality of agency networks: Freeman degree centralization and betweenness (brokers).
 * Every analysis accepts any JGraphT graph and is fastest on the views of an
 * {@link org.sharedoutcomes.graph.AccountabilityGraph} or of
 * {@link org.sharedoutcomes.graph.GraphViews#readOnly}.
 */
@NullMarked
package org.sharedoutcomes.graph.centrality;

import org.jspecify.annotations.NullMarked;
