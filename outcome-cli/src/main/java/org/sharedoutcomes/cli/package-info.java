/**
 * The {@code outcome} command line: {@link org.sharedoutcomes.cli.OutcomeCli} and its
 * subcommands {@code report}, {@code check}, {@code validate} and {@code export}.
 */
@NullMarked
package org.sharedoutcomes.cli;

import org.jspecify.annotations.NullMarked;
