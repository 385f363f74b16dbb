/**
 * IATI at scale: a generator of seeded, realistic IATI 2.03 activity files of a given size
 * ({@link org.sharedoutcomes.benchmarks.iati.IatiFiles}), a streaming read of them with
 * {@code outcome-iati} in a child JVM of a small heap that proves nothing is lost
 * ({@link org.sharedoutcomes.benchmarks.iati.IatiRead}), and the JMH benchmark that runs it over
 * a 1 GiB file at {@code -Xmx256m} ({@link org.sharedoutcomes.benchmarks.iati.IatiReadBenchmark}).
 */
@NullMarked
package org.sharedoutcomes.benchmarks.iati;

import org.jspecify.annotations.NullMarked;
