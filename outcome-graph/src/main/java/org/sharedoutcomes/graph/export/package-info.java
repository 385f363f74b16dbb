/** Exports of accountability graphs: DOT, GraphML, JSON and Mermaid. */
@NullMarked
package org.sharedoutcomes.graph.export;

import org.jspecify.annotations.NullMarked;
