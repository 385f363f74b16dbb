/**
 * Checks of the project's API conventions on compiled classes, for a module's own test suite:
 * every public type declares its stability with apiguardian's {@code @API}, every package is
 * JSpecify {@code @NullMarked}, no API signature exposes a library the module must not expose,
 * and no public method promises {@code @Nullable} results. Start with
 * {@link org.sharedoutcomes.testkit.conventions.ApiConventions#forPackagePrefix(String)}.
 */
@NullMarked
package org.sharedoutcomes.testkit.conventions;

import org.jspecify.annotations.NullMarked;
