/**
 * Accountability checks: governance findings over a model, each with a stable code.
 *
 * <p>{@link org.sharedoutcomes.core.check.AccountabilityCheck} runs the rules; each
 * {@link org.sharedoutcomes.core.check.FindingCode} is bound to one
 * {@link org.sharedoutcomes.core.check.AccountabilityRule}, a small package-private class that
 * declares the code's metadata (code, severity, summary, what to do) beside its logic, and
 * {@link org.sharedoutcomes.core.check.AccountabilityRule#all()} lists them. {@code FindingCode}
 * is generated at compile time from the rule classes, so a new rule is a new class and its test;
 * {@code ./api-update} then rewrites the module README's table and the API dump.
 */
@NullMarked
package org.sharedoutcomes.core.check;

import org.jspecify.annotations.NullMarked;
