/**
 * Runnable examples of the Shared Outcomes library, and the {@link
 * org.sharedoutcomes.examples.Report} program. Each example is a small program with a {@code
 * main} method and a {@code run(PrintStream)} method that writes what it shows, so a test can
 * read it. They use only the library's public API.
 */
@NullMarked
package org.sharedoutcomes.examples;

import org.jspecify.annotations.NullMarked;
