/** Implementation details of the JSON format; not exported. */
@NullMarked
package org.sharedoutcomes.json.internal;

import org.jspecify.annotations.NullMarked;
