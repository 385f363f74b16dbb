/**
 * Accountability checks: governance findings over a model, each with a stable code.
 */
@NullMarked
package org.sharedoutcomes.core.check;

import org.jspecify.annotations.NullMarked;
