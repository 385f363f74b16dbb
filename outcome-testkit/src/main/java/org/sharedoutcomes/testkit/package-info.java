/**
 * Seeded random generators of valid models, for property tests in this project and in
 * integrators' own test suites. Every generator is deterministic for a seed.
 */
@NullMarked
package org.sharedoutcomes.testkit;

import org.jspecify.annotations.NullMarked;
