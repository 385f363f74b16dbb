/**
 * Governance of a network of agencies: the centre's share of edges and interventions over time,
 * and the Provan and Kenis governance form.
 */
@NullMarked
package org.sharedoutcomes.graph.governance;

import org.jspecify.annotations.NullMarked;
