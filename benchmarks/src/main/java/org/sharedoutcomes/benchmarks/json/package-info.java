/**
 * JMH benchmarks of the JSON format: reading and writing a model of a million commitments,
 * side by side with Jackson's tree model and a bare token scan of the same bytes.
 */
@NullMarked
package org.sharedoutcomes.benchmarks.json;

import org.jspecify.annotations.NullMarked;
