/**
 * Accountability checks: governance findings over a model, each with a stable code.
 *
 * <p>{@link org.sharedoutcomes.core.check.AccountabilityCheck} runs the rules; each
 * {@link org.sharedoutcomes.core.check.FindingCode} is bound to one
 * {@link org.sharedoutcomes.core.check.AccountabilityRule}, a small package-private class that
 * declares the code's metadata (code, severity, summary, what to do) beside its logic, and
 * {@link org.sharedoutcomes.core.check.AccountabilityRule#all()} lists them. A new rule is a
 * new class, a new constant at the end of {@code FindingCode}, a test and a row in the module
 * README's table (tested against the metadata).
 */
@NullMarked
package org.sharedoutcomes.core.check;

import org.jspecify.annotations.NullMarked;
