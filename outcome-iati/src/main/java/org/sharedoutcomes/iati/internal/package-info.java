/** The reader's engine: the StAX scanner, the activity tree and the mapping. Not exported. */
@NullMarked
package org.sharedoutcomes.iati.internal;

import org.jspecify.annotations.NullMarked;
