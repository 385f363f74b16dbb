/**
 * Runnable examples of the Shared Outcomes library (the report is the {@code outcome report}
 * command of outcome-cli). Each example is a small program with a {@code
 * main} method and a {@code run(PrintStream)} method that writes what it shows, so a test can
 * read it. They use only the library's public API.
 */
@NullMarked
package org.sharedoutcomes.examples;

import org.jspecify.annotations.NullMarked;
