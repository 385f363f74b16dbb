/**
 * The bundled sample models: the report's default input and the examples' material, built in
 * plain Java so that no file is needed.
 */
@NullMarked
package org.sharedoutcomes.cli.sample;

import org.jspecify.annotations.NullMarked;
