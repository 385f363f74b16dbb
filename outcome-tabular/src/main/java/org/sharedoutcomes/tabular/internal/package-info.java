/**
 * Implementation of the tabular module: record splitting and cell decoding. Not exported;
 * not an API.
 */
@NullMarked
package org.sharedoutcomes.tabular.internal;

import org.jspecify.annotations.NullMarked;
