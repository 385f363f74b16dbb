/**
 * Benchmarks of outcome-graph: JMH benchmarks of the analyses on a large collaboration network,
 * and the driver of {@code benchmarks/scripts/graph_peers.py}, which cross-checks results and
 * speed against python3-igraph and python3-networkx.
 */
@NullMarked
package org.sharedoutcomes.benchmarks.graph;

import org.jspecify.annotations.NullMarked;
