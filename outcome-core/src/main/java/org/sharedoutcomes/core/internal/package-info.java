/**
 * Implementation details shared with the sibling modules; not part of the API.
 */
@NullMarked
package org.sharedoutcomes.core.internal;

import org.jspecify.annotations.NullMarked;
